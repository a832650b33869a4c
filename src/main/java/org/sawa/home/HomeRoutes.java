package org.sawa.home;

import org.sawa.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach this module's routes (any route not declared here is refused). */
@Configuration(proxyBeanMethods = false)
class HomeRoutes {

	@Bean
	AccessRules homeAccessRules() {
		return AccessRules.of("home").anyoneReads("/", "/go");
	}

}
