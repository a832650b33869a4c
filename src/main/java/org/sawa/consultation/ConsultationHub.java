package org.sawa.consultation;

import java.util.List;
import org.sawa.territory.Territory;
import org.sawa.territory.TerritoryHub;
import org.springframework.stereotype.Component;

/**
 * A territory's page leads to the consultations that concern it (its council's and those
 * of the territories containing it), when there are any.
 */
@Component
class ConsultationHub implements TerritoryHub {

	private final Processes processes;

	ConsultationHub(Processes processes) {
		this.processes = processes;
	}

	@Override
	public List<Link> links(Territory territory) {
		long count = processes.countConcerning(territory);
		return count == 0 ? List.of() : List.of(Link.counted("consultation.hub.link",
				"/consultations?territory=" + territory.code(), "consultation.hub.count", count));
	}

	@Override
	public int order() {
		return 25;
	}

}
