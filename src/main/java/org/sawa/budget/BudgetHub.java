package org.sawa.budget;

import java.util.List;
import org.sawa.territory.Territory;
import org.sawa.territory.TerritoryHub;
import org.springframework.stereotype.Component;

/** A collectivity's page leads to its latest published citizen budget. */
@Component
class BudgetHub implements TerritoryHub {

	private final Budgets budgets;

	BudgetHub(Budgets budgets) {
		this.budgets = budgets;
	}

	@Override
	public List<Link> links(Territory territory) {
		return budgets.published(territory.id())
			.stream()
			.findFirst()
			.map(b -> List.of(Link.of("budget.hub.citizen", "/budgets/" + territory.code() + "/" + b.year())))
			.orElse(List.of());
	}

	@Override
	public int order() {
		return 40;
	}

}
