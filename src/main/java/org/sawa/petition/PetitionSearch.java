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
		// found by its own texts or by a version in another language, ranked by the
		// better
		return query.bind(jdbc.sql("""
				WITH found AS (
				  SELECT id AS petition, ts_rank(search, sawa_query(:q)) AS rank FROM petition
				  WHERE search @@ sawa_query(:q)
				  UNION ALL
				  SELECT subject_id, ts_rank(search, sawa_query(:q)) FROM petition_text
				  WHERE search @@ sawa_query(:q)),
				best AS (SELECT petition, max(rank) AS rank FROM found GROUP BY petition)
				SELECT p.reference, p.title, p.language, p.body, b.rank,
				       (coalesce(p.opened_at, p.created_at) AT TIME ZONE 'Africa/Casablanca')::date AS day
				FROM best b JOIN petition p ON p.id = b.petition
				WHERE p.status <> 'draft' AND (NOT :narrowed OR p.territory_id = ANY(:places))
				ORDER BY b.rank DESC, p.id DESC LIMIT :limit"""))
			.query((rs, n) -> new Hit(kind(), rs.getString("title"), rs.getString("language"),
					Hit.excerpt(rs.getString("body")), rs.getString("language"),
					"/petitions/" + rs.getString("reference"), rs.getDouble("rank"),
					rs.getObject("day", java.time.LocalDate.class)))
			.list();
	}

}
