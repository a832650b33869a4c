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

	private final InfoBodies bodies;

	private final JdbcClient jdbc;

	InfoRequestHub(InfoBodies bodies, JdbcClient jdbc) {
		this.bodies = bodies;
		this.jdbc = jdbc;
	}

	@Override
	public List<Link> links(Territory territory) {
		return bodies.ofTerritory(territory.id())
			.map(body -> List
				.of(Link.counted("info.hub.body", "/information/bodies/" + body.code(), "info.hub.requests",
						jdbc.sql("SELECT count(*) FROM info_request WHERE body_id = :b")
							.param("b", body.id())
							.query(Long.class)
							.single()),
						Link.of("info.hub.ask", "/information/new?body=" + body.code())))
			.orElse(List.of());
	}

	@Override
	public int order() {
		return 30;
	}

}
