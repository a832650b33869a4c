package org.sawa.indicator;

import java.util.List;
import org.sawa.territory.Level;
import org.sawa.territory.Territory;
import org.sawa.territory.TerritoryHub;
import org.springframework.stereotype.Component;

/** A territory's page leads to its indicator dashboard. */
@Component
class IndicatorHub implements TerritoryHub {

	@Override
	public List<Link> links(Territory territory) {
		return territory.level() == Level.COUNTRY ? List.of()
				: List.of(Link.of("dashboard.link", "/territories/" + territory.code() + "/indicators"));
	}

	@Override
	public int order() {
		return 60;
	}

}
