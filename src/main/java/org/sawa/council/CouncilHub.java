package org.sawa.council;

import java.util.List;
import org.sawa.territory.Territory;
import org.sawa.territory.TerritoryHub;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A territory's page leads to its council, with how many sessions it has recorded. */
@Component
class CouncilHub implements TerritoryHub {

	private final Councils councils;

	private final JdbcClient jdbc;

	CouncilHub(Councils councils, JdbcClient jdbc) {
		this.councils = councils;
		this.jdbc = jdbc;
	}

	@Override
	public List<Link> links(Territory territory) {
		return councils.byCode(territory.code())
			.filter(c -> c.territoryId() == territory.id())
			.map(c -> List
				.of(Link.counted("council.hub.council", "/councils/" + c.code(), "council.hub.sessions", jdbc.sql("""
						SELECT count(*) FROM council_session s JOIN council_mandate m ON m.id = s.mandate_id
						WHERE m.council_id = :c""").param("c", c.id()).query(Long.class).single())))
			.orElse(List.of());
	}

	@Override
	public int order() {
		return 10;
	}

}
