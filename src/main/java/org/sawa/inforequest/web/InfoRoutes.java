package org.sawa.inforequest.web;

import java.util.List;
import org.sawa.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach this module's routes (any route not declared here is refused). */
@Configuration(proxyBeanMethods = false)
class InfoRoutes {

	@Bean
	AccessRules infoAccessRules() {
		return AccessRules.of("inforequest")
			.anyoneReads("/information", "/information/form-*.pdf", "/information/archive", "/information/archive/**",
					"/information/bodies", "/information/bodies/*")
			.anyone("/information/confirm-address/*")
			.signedIn("/information/new", "/information/paper", "/information/queue", "/information/requests/**",
					"/information/bodies/*/register", "/information/bodies/*/correct")
			.roles(List.of("ADMIN"), "/admin/information/**");
	}

}
