package org.sawa.commitment;

import java.util.List;
import org.sawa.territory.Territory;
import org.sawa.territory.TerritoryHub;
import org.springframework.stereotype.Component;

/** A territory's page leads to the commitments of its action plans, when it has any. */
@Component
class CommitmentHub implements TerritoryHub {

	private final ActionPlans plans;

	CommitmentHub(ActionPlans plans) {
		this.plans = plans;
	}

	@Override
	public List<Link> links(Territory territory) {
		long commitments = plans.plans()
			.stream()
			.filter(p -> p.territoryId() == territory.id())
			.mapToLong(p -> plans.commitments(p.id()).size())
			.sum();
		return commitments == 0 ? List.of() : List.of(Link.counted("commitment.hub.commitments",
				"/commitments?territory=" + territory.code(), "commitment.hub.count", commitments));
	}

	@Override
	public int order() {
		return 40;
	}

}
