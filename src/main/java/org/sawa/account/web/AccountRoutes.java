package org.sawa.account.web;

import java.util.List;
import org.sawa.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach this module's routes (any route not declared here is refused). */
@Configuration(proxyBeanMethods = false)
class AccountRoutes {

	@Bean
	AccessRules accountAccessRules() {
		return AccessRules.of("account")
			.anyone("/login", "/signup", "/signup/sent", "/confirm", "/password/forgot", "/password/sent",
					"/password/reset")
			.anyoneReads("/organisations", "/organisations/*")
			.signedIn("/me", "/me/**", "/organisations/new", "/organisations/*/members")
			.roles(List.of("ADMIN"), "/admin/roles", "/admin/roles/**");
	}

}
