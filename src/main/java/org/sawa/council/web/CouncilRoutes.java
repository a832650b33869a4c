package org.sawa.council.web;

import java.util.List;
import org.sawa.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach this module's routes (any route not declared here is refused). */
@Configuration(proxyBeanMethods = false)
class CouncilRoutes {

	@Bean
	AccessRules councilAccessRules() {
		return AccessRules.of("council")
			.anyoneReads("/councils", "/councils/*", "/councils/*/popolo.json", "/councils/*/sessions/*",
					"/councils/memos/*", "/councils/*/bodies/*")
			.signedIn("/councils/*/manage", "/councils/*/manage/**", "/councils/*/sessions/new",
					"/councils/*/memos/new", "/councils/memos/*/*", "/councils/*/bodies/*/*",
					"/councils/*/sessions/*/correct", "/councils/*/members/*/correct",
					"/councils/*/committees/*/correct", "/councils/*/bodies/*/members/*/correct")
			.roles(List.of("ADMIN"), "/admin/council-quotas");
	}

}
