package org.sawa.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route a controller serves is declared by its module with who may reach it, and
 * the declarations hold over HTTP: the test walks every handler mapping of the running
 * application.
 */
@SawaTest
class RouteRulesTest {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::([^}]+))?}");

	@LocalServerPort
	int port;

	@Autowired
	RouteRules routes;

	@Autowired
	UndeclaredRoutes undeclared;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/**
	 * A route as a request would reach it: method and a path with each variable filled
	 * in.
	 */
	record Route(String method, String path, String handler) {
	}

	@Test
	void every_mapped_route_has_a_declared_rule() {
		List<String> undeclaredRoutes = new ArrayList<>();
		for (Route route : allRoutes()) {
			if (routes.ruleFor(new MockHttpServletRequest(route.method(), route.path())).isEmpty()) {
				undeclaredRoutes.add(route.method() + " " + route.path() + " (" + route.handler() + ")");
			}
		}
		assertThat(undeclaredRoutes).as("routes no module declared in its AccessRules").isEmpty();
		assertThat(allRoutes()).hasSizeGreaterThan(140);
	}

	@Test
	void an_anonymous_visitor_is_sent_to_sign_in_from_every_route_that_is_not_public() {
		Browser anonymous = new Browser(port);
		List<String> open = new ArrayList<>();
		int tried = 0;
		for (Route route : allRoutes()) {
			AccessRules.Rule rule = routes.ruleFor(new MockHttpServletRequest(route.method(), route.path()))
				.orElseThrow();
			if (rule.access() == AccessRules.Access.ANYONE) {
				continue;
			}
			// a POST carries a valid CSRF token, so that what refuses it is the route's
			// rule
			HttpResponse<String> response = "GET".equals(route.method()) ? anonymous.get(route.path())
					: anonymous.submit("/login", route.path(), Map.of());
			tried++;
			String location = response.headers().firstValue("Location").orElse("");
			if (response.statusCode() != 302 || !location.endsWith("/login")) {
				open.add(route.method() + " " + route.path() + " -> " + response.statusCode() + " " + location);
			}
		}
		assertThat(tried).isGreaterThan(80);
		assertThat(open).as("staff or signed-in routes that answered an anonymous visitor").isEmpty();
	}

	@Test
	void a_citizen_without_a_role_is_refused_every_route_that_needs_one() {
		Browser citizen = new Browser(port);
		citizen.signIn("citizen@sawa.demo", "sawa-demo-2026");
		List<String> open = new ArrayList<>();
		int tried = 0;
		for (Route route : allRoutes()) {
			AccessRules.Rule rule = routes.ruleFor(new MockHttpServletRequest(route.method(), route.path()))
				.orElseThrow();
			if (rule.access() != AccessRules.Access.ROLE) {
				continue;
			}
			HttpResponse<String> response = "GET".equals(route.method()) ? citizen.get(route.path())
					: citizen.submit("/me", route.path(), Map.of());
			tried++;
			if (response.statusCode() != 403) {
				open.add(route.method() + " " + route.path() + " -> " + response.statusCode());
			}
		}
		assertThat(tried).isGreaterThan(20);
		assertThat(open).as("role routes that answered a citizen").isEmpty();
	}

	@Test
	void a_served_route_no_rule_matches_is_refused_and_an_unknown_address_is_not_found() {
		// /petitions is declared for reading only: a POST there matches no rule, yet a
		// controller
		// serves the path, so it is refused rather than let through
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/petitions");
		assertThat(routes.ruleFor(post)).isEmpty();
		assertThat(undeclared.served(post)).isTrue();
		Browser anonymous = new Browser(port);
		HttpResponse<String> refused = anonymous.submit("/login", "/petitions", Map.of());
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login");

		assertThat(undeclared.served(new MockHttpServletRequest("GET", "/no-such-page"))).isFalse();
		assertThat(anonymous.get("/no-such-page").statusCode()).isEqualTo(404);
	}

	/**
	 * Every handler mapping's patterns and methods, each variable given a value it
	 * accepts.
	 */
	private List<Route> allRoutes() {
		Set<String> seen = new TreeSet<>();
		List<Route> all = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, ?> mapping : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = mapping.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			List<String> names = methods.isEmpty() ? List.of("GET", "POST")
					: methods.stream().map(RequestMethod::name).toList();
			for (String pattern : info.getPatternValues()) {
				for (String path : samples(pattern)) {
					for (String method : names) {
						if (seen.add(method + " " + path)) {
							all.add(new Route(method, path, mapping.getValue().toString()));
						}
					}
				}
			}
		}
		return all;
	}

	/**
	 * The pattern with each variable filled: every alternative of {@code {x:a|b}}, else
	 * "sample".
	 */
	static List<String> samples(String pattern) {
		Matcher variable = VARIABLE.matcher(pattern);
		if (!variable.find()) {
			return List.of(pattern);
		}
		String regex = variable.group(2);
		List<String> values = regex != null && regex.matches("[a-z|]+") ? List.of(regex.split("\\|"))
				: List.of("sample");
		List<String> filled = new ArrayList<>();
		for (String value : values) {
			String once = pattern.substring(0, variable.start()) + value + pattern.substring(variable.end());
			filled.addAll(samples(once));
		}
		return filled;
	}

}
