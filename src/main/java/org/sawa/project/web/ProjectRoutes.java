package org.sawa.project.web;

import org.sawa.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach this module's routes (any route not declared here is refused). */
@Configuration(proxyBeanMethods = false)
class ProjectRoutes {

	@Bean
	AccessRules projectAccessRules() {
		return AccessRules.of("project")
			.anyoneReads("/projects", "/projects/*", "/projects/*/files/*", "/projects/iati/*",
					"/projects/template.csv")
			.signedIn("/projects/new", "/projects/manage", "/projects/manage/iati", "/projects/manage/pb/*",
					"/projects/manage/csv", "/projects/manage/*.csv", "/projects/*/edit", "/projects/*/progress",
					"/projects/*/jobs", "/projects/*/texts", "/projects/*/files", "/projects/*/files/*/remove");
	}

}
