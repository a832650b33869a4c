package org.sawa.audit;

import java.util.List;
import org.sawa.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach this module's routes (any route not declared here is refused). */
@Configuration(proxyBeanMethods = false)
class AuditRoutes {

	@Bean
	AccessRules auditAccessRules() {
		return AccessRules.of("audit").roles(List.of("ADMIN"), "/admin/audit");
	}

}
