package org.sawa.council;

import java.util.List;
import org.sawa.search.Hit;
import org.sawa.search.SearchQuery;
import org.sawa.search.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Memos and opinions to councils found by their title, summary and the change they led
 * to. Their language is not recorded: pages let the browser find each text's direction.
 */
@Component
class MemoSearch implements SearchSource {

	private final JdbcClient jdbc;

	MemoSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "memo";
	}

	@Override
	public List<Hit> search(SearchQuery query) {
		return query.bind(jdbc.sql("""
				SELECT m.reference, m.title, m.summary, m.submitted_on, ts_rank(m.search, sawa_query(:q)) AS rank
				FROM council_memo m JOIN council c ON c.id = m.council_id
				WHERE m.search @@ sawa_query(:q) AND (NOT :narrowed OR c.territory_id = ANY(:places))
				ORDER BY rank DESC, m.id DESC LIMIT :limit"""))
			.query((rs, n) -> new Hit(kind(), rs.getString("title"), null, Hit.excerpt(rs.getString("summary")), null,
					"/councils/memos/" + rs.getString("reference"), rs.getDouble("rank"),
					rs.getObject("submitted_on", java.time.LocalDate.class)))
			.list();
	}

}
