package org.sawa.territory.web;

import java.util.List;
import org.sawa.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach this module's routes (any route not declared here is refused). */
@Configuration(proxyBeanMethods = false)
class TerritoryRoutes {

	@Bean
	AccessRules territoryAccessRules() {
		return AccessRules.of("territory")
			.anyoneReads("/territories", "/territories/*")
			.roles(List.of("ADMIN"), "/admin/territories/**");
	}

}
