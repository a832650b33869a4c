package org.sawa.commitment.web;

import org.sawa.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach this module's routes (any route not declared here is refused). */
@Configuration(proxyBeanMethods = false)
class CommitmentRoutes {

	@Bean
	AccessRules commitmentAccessRules() {
		return AccessRules.of("commitment")
			.anyoneReads("/commitments", "/commitments/*", "/commitments/evidence/*", "/commitments/plans/*.csv",
					"/commitments/plans/*.json")
			.signedIn("/commitments/import", "/commitments/plans/new", "/commitments/plans/*/commitments/new",
					"/commitments/*/milestones/*", "/commitments/*/milestones/*/owner", "/commitments/*/assess",
					"/commitments/*/comments", "/commitments/*/correct", "/commitments/plans/*/correct",
					"/commitments/*/texts");
	}

}
