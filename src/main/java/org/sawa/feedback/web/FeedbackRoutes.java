package org.sawa.feedback.web;

import java.util.List;
import org.sawa.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach this module's routes (any route not declared here is refused). */
@Configuration(proxyBeanMethods = false)
class FeedbackRoutes {

	@Bean
	AccessRules feedbackAccessRules() {
		return AccessRules.of("feedback")
			.anyoneReads("/feedback", "/feedback/reports/*", "/feedback/reports/*/photos/*", "/feedback/statistics",
					"/feedback/statistics.csv", "/feedback/statistics.json", "/api/v1/feedback/**", "/open311/v2/**")
			// a report is made, and followed through its link, without an account too
			.anyone("/feedback/new", "/feedback/reports/*/details", "/feedback/reports/*/rate",
					"/feedback/reports/*/reopen")
			.signedIn("/feedback/queue", "/feedback/typed", "/feedback/reports/*/staff/*",
					"/feedback/reports/*/moderate/*")
			.roles(List.of("ADMIN"), "/admin/feedback", "/admin/feedback/**");
	}

}
