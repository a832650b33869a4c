package org.sawa.budget.web;

import java.util.List;
import org.sawa.account.SawaUser;
import org.sawa.budget.Budgets;
import org.sawa.web.StaffMenu;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Staff who may import a collectivity's budget find the budgets page in the menu. */
@Component
class BudgetMenu implements StaffMenu {

	private final Budgets budgets;

	BudgetMenu(Budgets budgets) {
		this.budgets = budgets;
	}

	@Override
	public List<Link> links(Authentication signedIn) {
		if (signedIn.getPrincipal() instanceof SawaUser user && budgets.managesAny(user.id())) {
			return List.of(new Link("nav.budgetsManage", "/budgets/manage"));
		}
		return List.of();
	}

}
