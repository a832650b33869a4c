package org.sawa.search.web;

import org.sawa.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach this module's routes: anyone searches. */
@Configuration(proxyBeanMethods = false)
class SearchRoutes {

	@Bean
	AccessRules searchAccessRules() {
		return AccessRules.of("search").anyoneReads("/search");
	}

}
