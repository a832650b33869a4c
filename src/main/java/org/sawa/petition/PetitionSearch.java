package org.sawa.petition;

import java.util.List;
import org.sawa.search.Hit;
import org.sawa.search.SearchQuery;
import org.sawa.search.SearchSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Petitions found by their title, text and request (drafts are not public). */
@Component
class PetitionSearch implements SearchSource {

	private final JdbcClient jdbc;

	PetitionSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "petition";
	}

	@Override
	public List<Hit> search(SearchQuery query) {
		return query.bind(jdbc.sql("""
				SELECT reference, title, language, body, ts_rank(search, sawa_query(:q)) AS rank,
				       (coalesce(opened_at, created_at) AT TIME ZONE 'Africa/Casablanca')::date AS day
				FROM petition
				WHERE status <> 'draft' AND search @@ sawa_query(:q)
				  AND (NOT :narrowed OR territory_id = ANY(:places))
				ORDER BY rank DESC, id DESC LIMIT :limit"""))
			.query((rs, n) -> new Hit(kind(), rs.getString("title"), rs.getString("language"),
					Hit.excerpt(rs.getString("body")), rs.getString("language"),
					"/petitions/" + rs.getString("reference"), rs.getDouble("rank"),
					rs.getObject("day", java.time.LocalDate.class)))
			.list();
	}

}
