package org.sawa.event.web;

import org.sawa.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach this module's routes (any route not declared here is refused). */
@Configuration(proxyBeanMethods = false)
class EventRoutes {

	@Bean
	AccessRules eventAccessRules() {
		return AccessRules.of("event")
			.signedIn("/events/new", "/events/*/texts", "/events/*/register", "/events/*/unregister",
					"/events/*/cancel", "/events/*/minutes", "/events/*/partners", "/events/*/prototypes",
					"/events/*/attendance", "/events/*/attendance/**")
			.anyoneReads("/events", "/events/*", "/events/*/calendar.ics", "/events/feed/*");
	}

}
