package org.sawa.inforequest;

import java.util.List;
import org.sawa.search.Hit;
import org.sawa.search.SearchQuery;
import org.sawa.search.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answered requests an officer published in the archive, found by their subject, the
 * request and the answer as published (never the requester's identity).
 */
@Component
class ArchiveSearch implements SearchSource {

	private final JdbcClient jdbc;

	ArchiveSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "request";
	}

	@Override
	public List<Hit> search(SearchQuery query) {
		return query.bind(jdbc.sql("""
				SELECT r.reference, r.subject, r.language, coalesce(r.public_answer, r.public_description, '') AS line,
				       r.received_on, ts_rank(r.search, sawa_query(:q)) AS rank
				FROM info_request r JOIN info_body b ON b.id = r.body_id
				WHERE r.published_at IS NOT NULL AND r.search @@ sawa_query(:q)
				  AND (NOT :narrowed OR b.territory_id = ANY(:places))
				ORDER BY rank DESC, r.id DESC LIMIT :limit"""))
			.query((rs, n) -> new Hit(kind(), rs.getString("subject"), rs.getString("language"),
					Hit.excerpt(rs.getString("line")), rs.getString("language"),
					"/information/archive/" + rs.getString("reference"), rs.getDouble("rank"),
					rs.getObject("received_on", java.time.LocalDate.class)))
			.list();
	}

}
