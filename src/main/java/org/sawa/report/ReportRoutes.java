package org.sawa.report;

import org.sawa.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach this module's routes (any route not declared here is refused). */
@Configuration(proxyBeanMethods = false)
class ReportRoutes {

	@Bean
	AccessRules reportAccessRules() {
		return AccessRules.of("report")
			.anyoneReads("/reports", "/reports/*/*", "/reports/versions/*", "/reports/versions/*/report-*.pdf")
			.signedIn("/reports/prepare", "/reports/*/*/manage", "/reports/*/*/generate",
					"/reports/versions/*/publish");
	}

}
