package org.sawa.petition.web;

import java.util.List;
import org.sawa.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach this module's routes (any route not declared here is refused). */
@Configuration(proxyBeanMethods = false)
class PetitionRoutes {

	@Bean
	AccessRules petitionAccessRules() {
		return AccessRules.of("petition")
			.anyoneReads("/petitions", "/petitions/*", "/petitions/*/documents/*", "/petitions/*/sheet-*.pdf")
			.signedIn("/petitions/new", "/petitions/*/sign", "/petitions/*/withdraw", "/petitions/*/open",
					"/petitions/*/deposit", "/petitions/*/decide", "/petitions/*/deliberate", "/petitions/*/answer",
					"/petitions/*/sheets/**", "/petitions/*/texts")
			.roles(List.of("ADMIN"), "/admin/petition-rules");
	}

}
