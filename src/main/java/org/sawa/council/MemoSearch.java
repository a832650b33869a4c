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
		// found by its own texts or by a version in another language, ranked by the
		// better
		return query.bind(jdbc.sql("""
				WITH found AS (
				  SELECT id AS memo, ts_rank(search, sawa_query(:q)) AS rank FROM council_memo
				  WHERE search @@ sawa_query(:q)
				  UNION ALL
				  SELECT subject_id, ts_rank(search, sawa_query(:q)) FROM council_text
				  WHERE subject = 'memo' AND search @@ sawa_query(:q)),
				best AS (SELECT memo, max(rank) AS rank FROM found GROUP BY memo)
				SELECT m.reference, m.title, m.summary, m.language, m.submitted_on, b.rank
				FROM best b JOIN council_memo m ON m.id = b.memo JOIN council c ON c.id = m.council_id
				WHERE NOT :narrowed OR c.territory_id = ANY(:places)
				ORDER BY b.rank DESC, m.id DESC LIMIT :limit"""))
			.query((rs, n) -> new Hit(kind(), rs.getString("title"), rs.getString("language"),
					Hit.excerpt(rs.getString("summary")), rs.getString("language"),
					"/councils/memos/" + rs.getString("reference"), rs.getDouble("rank"),
					rs.getObject("submitted_on", java.time.LocalDate.class)))
			.list();
	}

}
