package org.sawa.event;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.territory.TerritoryHub;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A territory's page leads to its calendar of events when any are to come. */
@Component
class EventHub implements TerritoryHub {

	private final JdbcClient jdbc;

	private final Territories territories;

	private final Clock clock;

	EventHub(JdbcClient jdbc, Territories territories, Clock clock) {
		this.jdbc = jdbc;
		this.territories = territories;
		this.clock = clock;
	}

	@Override
	public List<Link> links(Territory territory) {
		long count = jdbc.sql("""
				SELECT count(*) FROM event_event
				WHERE (territory_id = ANY(:t) OR commune_id = ANY(:t)) AND ends_at > :now AND cancelled_at IS NULL""")
			.param("t", territories.subtree(territory.id()).toArray(Long[]::new))
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		return count == 0 ? List.of() : List
			.of(Link.counted("event.hub.link", "/events?territory=" + territory.code(), "event.hub.count", count));
	}

	@Override
	public int order() {
		return 27;
	}

}
