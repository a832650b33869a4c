package org.sawa.inclusion;

import java.util.List;
import org.sawa.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach this module's routes (any route not declared here is refused). */
@Configuration(proxyBeanMethods = false)
class InclusionRoutes {

	@Bean
	AccessRules inclusionAccessRules() {
		return AccessRules.of("inclusion")
			.anyoneReads("/territories/*/indicators", "/territories/*/indicators/*", "/territories/*/who-takes-part",
					"/api/v1/indicators", "/api/v1/indicators/**")
			.roles(List.of("PROGRAMME_OFFICER", "ADMIN"), "/officer/**");
	}

}
