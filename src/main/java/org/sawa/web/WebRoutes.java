package org.sawa.web;

import java.util.List;
import org.sawa.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach this module's routes (any route not declared here is refused). */
@Configuration(proxyBeanMethods = false)
class WebRoutes {

	@Bean
	AccessRules webAccessRules() {
		return AccessRules.of("web")
			// the error page, static files (content-hashed assets, the htmx webjar), the
			// privacy notice and the API description
			.anyone("/error", "/too-large")
			.anyoneReads("/assets/**", "/webjars/**", "/about/**", "/api/v1/openapi.yaml")
			.roles(List.of("ADMIN"), "/admin");
	}

}
