package org.sawa.petition;

import java.util.ArrayList;
import java.util.List;
import org.sawa.territory.Level;
import org.sawa.territory.Territory;
import org.sawa.territory.TerritoryHub;
import org.springframework.stereotype.Component;

/**
 * A territory's page leads to the petitions to its councils (and those below it) and to
 * starting one.
 */
@Component
class PetitionHub implements TerritoryHub {

	private final Petitions petitions;

	PetitionHub(Petitions petitions) {
		this.petitions = petitions;
	}

	@Override
	public List<Link> links(Territory territory) {
		if (territory.level() == Level.COUNTRY) {
			return List.of();
		}
		List<Link> links = new ArrayList<>();
		links.add(Link.counted("petition.hub.petitions", "/petitions?territory=" + territory.code(),
				"petition.hub.count", petitions.countPublished(territory)));
		links.add(Link.of("petition.hub.start", "/petitions/new"));
		return links;
	}

	@Override
	public int order() {
		return 20;
	}

}
