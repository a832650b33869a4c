package org.sawa.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.Routes;
import org.sawa.support.Routes.Route;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route a controller serves is declared by its module with who may reach it, and
 * the declarations hold over HTTP: the test walks every handler mapping of the running
 * application.
 */
@SawaTest
class RouteRulesTest {

	@LocalServerPort
	int port;

	@Autowired
	RouteRules routes;

	@Autowired
	UndeclaredRoutes undeclared;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

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

	@Test
	void the_rule_found_among_those_of_the_first_segment_is_the_first_of_all_that_matches() {
		Set<String> paths = new LinkedHashSet<>();
		allRoutes().forEach(route -> paths.add(route.path()));
		paths.addAll(Routes.UNUSUAL_PATHS);
		List<String> different = new ArrayList<>();
		int decided = 0;
		for (String path : paths) {
			for (String method : List.of("GET", "HEAD", "POST", "PUT", "DELETE")) {
				MockHttpServletRequest request = new MockHttpServletRequest(method, path);
				Optional<AccessRules.Rule> first = routes.all()
					.stream()
					.filter(rule -> rule.matcher().matches(request))
					.findFirst();
				Optional<AccessRules.Rule> found = routes.ruleFor(request);
				if (!first.equals(found)) {
					different.add(method + " " + path + ": " + found + " instead of " + first);
				}
				decided += first.isPresent() ? 1 : 0;
			}
		}
		assertThat(different).isEmpty();
		assertThat(decided).as("requests a rule decides").isGreaterThan(500);
	}

	private List<Route> allRoutes() {
		return Routes.all(mappings);
	}

}
