package org.sawa.lens;

import java.util.List;
import org.sawa.territory.Level;
import org.sawa.territory.Territory;
import org.sawa.territory.TerritoryHub;
import org.springframework.stereotype.Component;

/** A territory's page leads to who takes part there, by sex, age, disability and area. */
@Component
class LensHub implements TerritoryHub {

	@Override
	public List<Link> links(Territory territory) {
		return territory.level() == Level.COUNTRY ? List.of()
				: List.of(Link.of("who.link", "/territories/" + territory.code() + "/who-takes-part"));
	}

	@Override
	public int order() {
		return 70;
	}

}
