package org.sawa.feedback;

import java.util.List;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.territory.TerritoryHub;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A territory's page leads to its reports, to how its bodies answer them, and to
 * reporting a problem there (the commune already chosen).
 */
@Component
class FeedbackHub implements TerritoryHub {

	private final JdbcClient jdbc;

	private final Territories territories;

	FeedbackHub(JdbcClient jdbc, Territories territories) {
		this.jdbc = jdbc;
		this.territories = territories;
	}

	@Override
	public List<Link> links(Territory territory) {
		if (territory.level() == Level.COUNTRY) {
			return List.of();
		}
		long count = jdbc.sql("SELECT count(*) FROM feedback_report WHERE territory_id IN (:t) AND NOT hidden")
			.param("t", territories.subtree(territory.id()))
			.query(Long.class)
			.single();
		String report = territory.level() == Level.COMMUNE ? "/feedback/new?commune=" + territory.code()
				: "/feedback/new";
		return List.of(
				Link.counted("feedback.hub.reports", "/feedback?territory=" + territory.code(), "feedback.hub.count",
						count),
				Link.of("feedback.hub.statistics", "/feedback/statistics?territory=" + territory.code()),
				Link.of("feedback.hub.report", report));
	}

	@Override
	public int order() {
		return 35;
	}

}
