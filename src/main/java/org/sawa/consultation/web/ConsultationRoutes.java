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
			.signedIn("/consultations/new", "/consultations/*/texts", "/consultations/*/proposals/new",
					"/consultations/*/proposals/*/endorse", "/consultations/*/proposals/*/comments",
					"/consultations/*/proposals/*/answer", "/consultations/report/**", "/moderation", "/moderation/**",
					"/consultations/*/documents/new", "/consultations/*/documents/*/ask",
					"/consultations/*/documents/*/alternatives", "/consultations/*/documents/*/alternatives/*",
					"/consultations/*/documents/*/texts", "/consultations/*/gatherings/new",
					"/consultations/*/gatherings/*/proposals", "/consultations/*/gatherings/*/associations",
					"/consultations/*/survey/questions", "/consultations/*/survey/answers")
			.anyoneReads("/consultations", "/consultations/*", "/consultations/*/proposals",
					"/consultations/*/proposals/*", "/consultations/*/documents/*",
					"/consultations/*/documents/*/braille-*.brf", "/consultations/*/documents/*/files/*",
					"/consultations/*/gatherings/*", "/consultations/*/synthesis", "/consultations/*/heard",
					"/consultations/*/survey", "/consultations/*/survey/results", "/consultations/*/heard-*.pdf");
	}

}
