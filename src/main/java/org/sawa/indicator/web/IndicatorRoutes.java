package org.sawa.indicator.web;

import java.util.List;
import org.sawa.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach this module's routes (any route not declared here is refused). */
@Configuration(proxyBeanMethods = false)
class IndicatorRoutes {

	@Bean
	AccessRules indicatorAccessRules() {
		return AccessRules.of("indicator")
			.anyoneReads("/territories/*/indicators", "/territories/*/indicators/*", "/api/v1/indicators",
					"/api/v1/indicators/**")
			.roles(List.of("PROGRAMME_OFFICER", "ADMIN"), "/officer/**");
	}

}
