package org.sawa.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CSP = String.join("; ", "default-src 'self'", "script-src 'self'", "style-src 'self'",
			"img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'",
			"form-action 'self'", "frame-ancestors 'none'");

	@Bean
	SecurityFilterChain web(HttpSecurity http, RateLimiter rateLimiter, RouteRules routes, UndeclaredRoutes undeclared,
			@Value("${sawa.security.rate-limit.login-per-15min}") int loginPerAccount,
			@Value("${sawa.security.rate-limit.login-per-address-15min}") int loginPerAddress,
			@Value("${sawa.security.rate-limit.login-per-account-everywhere-15min}") int loginPerAccountEverywhere)
			throws Exception {
		// each request is decided by the first rule its path matches, among the rules its
		// first segment can reach (RouteRules); a route served by a controller that no
		// module declared is refused, any other address falls through to "not found"
		http.authorizeHttpRequests(requests -> requests.anyRequest().access(routes.decisions(undeclared)))
			.formLogin(form -> form.loginPage("/login")
				.successHandler(new ContinueAfterSignIn())
				.failureHandler(new ContinueAfterSignIn())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			// the CSRF token lives in a cookie, so an anonymous visitor reading pages
			// creates no
			// server session (and no session row in PostgreSQL)
			// the management port's endpoints (this machine only) are called by
			// administrators' tools, not by pages: taking a backup is a POST without a
			// token
			.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
				.ignoringRequestMatchers("/actuator/**"))
			.addFilterBefore(
					new LoginRateLimitFilter(rateLimiter, loginPerAccount, loginPerAddress, loginPerAccountEverywhere),
					UsernamePasswordAuthenticationFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(policy -> policy.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

	/**
	 * Spring Security observes nothing (issue 23): with observations merely switched off
	 * (the property in application.properties) it still wrapped each of a request's
	 * filters and its authorisation in an observing decorator. HTTP requests stay
	 * observed by Spring MVC.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Argon2id, by default with Spring Security's parameters (16 MiB of memory, 2
	 * iterations). Only the test profile lowers them, so that the demo's accounts and the
	 * tests' hundreds of sign-ins do not spend minutes hashing; production keeps the
	 * defaults.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${sawa.security.argon2.memory-kib:16384}") int memoryKib,
			@Value("${sawa.security.argon2.iterations:2}") int iterations) {
		return new Argon2PasswordEncoder(16, 32, 1, memoryKib, iterations);
	}

}
