package org.sawa.inforequest;

import java.util.List;
import org.sawa.territory.Territory;
import org.sawa.territory.TerritoryHub;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A territory's page leads to its information body (its register of requests and how it
 * answers) and to asking it for information, the body already chosen.
 */
@Component
class InfoRequestHub implements TerritoryHub {

	private final JdbcClient jdbc;

	InfoRequestHub(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Link> links(Territory territory) {
		return jdbc.sql("""
				SELECT b.code, (SELECT count(*) FROM info_request r WHERE r.body_id = b.id)
				FROM info_body b WHERE b.territory_id = :t AND b.parent_id IS NULL ORDER BY b.id LIMIT 1""")
			.param("t", territory.id())
			.query((rs,
					n) -> List.of(
							Link.counted("info.hub.body", "/information/bodies/" + rs.getString(1), "info.hub.requests",
									rs.getLong(2)),
							Link.of("info.hub.ask", "/information/new?body=" + rs.getString(1))))
			.optional()
			.orElse(List.of());
	}

	@Override
	public int order() {
		return 30;
	}

}
