package org.sawa.capacity.web;

import org.sawa.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach this module's routes (any route not declared here is refused). */
@Configuration(proxyBeanMethods = false)
class CapacityRoutes {

	@Bean
	AccessRules capacityAccessRules() {
		return AccessRules.of("capacity")
			.anyoneReads("/capacity", "/capacity/*", "/capacity/*/impact/*")
			.signedIn("/capacity/new", "/capacity/coaching", "/capacity/*/manage", "/capacity/*/manage/**",
					"/capacity/*/activities/**", "/capacity/*/plans/**", "/capacity/*/participants/*/correct",
					"/capacity/*/texts");
	}

}
