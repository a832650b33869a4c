package org.sawa.consultation.web;

import org.sawa.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach this module's routes (any route not declared here is refused). */
@Configuration(proxyBeanMethods = false)
class ConsultationRoutes {

	@Bean
	AccessRules consultationAccessRules() {
		return AccessRules.of("consultation")
			.anyoneReads("/consultations", "/consultations/*")
			.signedIn("/consultations/new", "/consultations/*/texts");
	}

}
