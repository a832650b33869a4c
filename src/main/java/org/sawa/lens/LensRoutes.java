package org.sawa.lens;

import org.sawa.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach this module's routes (any route not declared here is refused). */
@Configuration(proxyBeanMethods = false)
class LensRoutes {

	@Bean
	AccessRules lensAccessRules() {
		return AccessRules.of("lens").anyoneReads("/territories/*/who-takes-part", "/territories/*/who-takes-part/*");
	}

}
