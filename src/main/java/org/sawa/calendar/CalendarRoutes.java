package org.sawa.calendar;

import java.util.List;
import org.sawa.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach this module's routes (any route not declared here is refused). */
@Configuration(proxyBeanMethods = false)
class CalendarRoutes {

	@Bean
	AccessRules calendarAccessRules() {
		return AccessRules.of("calendar").roles(List.of("ADMIN"), "/admin/holidays", "/admin/holidays/**");
	}

}
