package org.sawa.budget;

import java.util.List;
import org.sawa.territory.Territory;
import org.sawa.territory.TerritoryHub;
import org.springframework.stereotype.Component;

/**
 * A collectivity's page leads to its latest published citizen budget and its latest
 * participatory budget.
 */
@Component
class BudgetHub implements TerritoryHub {

	private final Budgets budgets;

	private final ParticipatoryBudgets processes;

	BudgetHub(Budgets budgets, ParticipatoryBudgets processes) {
		this.budgets = budgets;
		this.processes = processes;
	}

	@Override
	public List<Link> links(Territory territory) {
		List<Link> links = new java.util.ArrayList<>();
		budgets.published(territory.id())
			.stream()
			.findFirst()
			.ifPresent(b -> links.add(Link.of("budget.hub.citizen", "/budgets/" + territory.code() + "/" + b.year())));
		processes.latest(territory.id())
			.ifPresent(p -> links.add(Link.described("budget.hub.participatory", "/participatory-budgets/" + p.code(),
					"budget.pb.now." + processes.phase(p).code(), p.title())));
		return links;
	}

	@Override
	public int order() {
		return 40;
	}

}
