package org.sawa.budget.web;

import java.util.List;
import org.sawa.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach this module's routes (any route not declared here is refused). */
@Configuration(proxyBeanMethods = false)
class BudgetRoutes {

	@Bean
	AccessRules budgetAccessRules() {
		return AccessRules.of("budget")
			.anyoneReads("/budgets", "/budgets/template.csv", "/budgets/*/*", "/budgets/*/*/budget.csv",
					"/budgets/*/*/lines.csv", "/budgets/*/*/datapackage.json", "/budgets/*/*/leaflet-*.pdf",
					"/api/v1/budgets", "/api/v1/budgets/**", "/participatory-budgets/*",
					"/participatory-budgets/*/proposals/*", "/participatory-budgets/*/results",
					"/participatory-budgets/*/winners.json", "/participatory-budgets/*/winners.csv")
			.signedIn("/budgets/manage", "/budgets/manage/**", "/participatory-budgets/new",
					"/participatory-budgets/*/manage", "/participatory-budgets/*/texts",
					"/participatory-budgets/*/propose", "/participatory-budgets/*/vote",
					"/participatory-budgets/*/proposals/*/support", "/participatory-budgets/*/proposals/*/review",
					"/participatory-budgets/*/reviews/publish", "/participatory-budgets/*/paper",
					"/participatory-budgets/*/results/publish")
			.roles(List.of("ADMIN"), "/admin/budget-glossary");
	}

}
