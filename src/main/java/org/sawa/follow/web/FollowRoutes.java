package org.sawa.follow.web;

import org.sawa.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may reach this module's routes (any route not declared here is refused). */
@Configuration(proxyBeanMethods = false)
class FollowRoutes {

	@Bean
	AccessRules followAccessRules() {
		return AccessRules.of("follow")
			.signedIn("/follow", "/unfollow", "/me/follows")
			// a mail's signed link, used without signing in
			.anyone("/follow/stop/*/*", "/follow/stop-all/*/*");
	}

}
