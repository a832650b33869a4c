package org.sawa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sawa.support.Routes;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Routes found by their first path segment (issue 23) lead every request where Spring
 * MVC's own lookup, which tries every route, leads it: the same handler, or the same
 * refusal (not found, method not allowed), for every route of the application with each
 * method and for paths written unusually.
 */
@SawaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteIndexTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping indexed;

	@Autowired
	ApplicationContext context;

	/** Spring MVC's mapping as it comes, over the same controllers. */
	RequestMappingHandlerMapping plain;

	@BeforeAll
	void plainMapping() {
		plain = new RequestMappingHandlerMapping();
		plain.setApplicationContext(context);
		plain.setEmbeddedValueResolver(context.getEnvironment()::resolvePlaceholders);
		plain.setContentNegotiationManager(indexed.getContentNegotiationManager());
		plain.setPatternParser(indexed.getPatternParser());
		plain.afterPropertiesSet();
	}

	@Test
	void the_application_looks_its_routes_up_by_their_first_segment() {
		assertThat(indexed).isInstanceOf(RouteIndex.Mapping.class);
		assertThat(plain.getHandlerMethods().keySet()).isEqualTo(indexed.getHandlerMethods().keySet());
	}

	@Test
	void every_route_with_every_method_leads_where_springs_own_lookup_leads() throws Exception {
		Set<String> paths = new LinkedHashSet<>();
		for (Routes.Route route : Routes.all(indexed)) {
			paths.add(route.path());
		}
		paths.addAll(Routes.UNUSUAL_PATHS);
		List<String> different = new ArrayList<>();
		int handled = 0;
		for (String path : paths) {
			for (String method : List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS")) {
				String expected = outcome(plain, method, path);
				String actual = outcome(indexed, method, path);
				if (!expected.equals(actual)) {
					different.add(method + " " + path + ": " + actual + " instead of " + expected);
				}
				if (expected.startsWith("handler ")) {
					handled++;
				}
			}
		}
		assertThat(different).isEmpty();
		assertThat(handled).as("requests a route answers").isGreaterThan(400);
	}

	/** The handler a mapping chooses for the request, or what it throws, or "none". */
	private static String outcome(RequestMappingHandlerMapping mapping, String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		if ("OPTIONS".equals(method)) {
			request.addHeader("Origin", "https://elsewhere.example");
			request.addHeader("Access-Control-Request-Method", "POST");
		}
		try {
			ServletRequestPathUtils.parseAndCache(request);
			HandlerExecutionChain chain = mapping.getHandler(request);
			if (chain == null) {
				return "none";
			}
			return chain.getHandler() instanceof HandlerMethod handler ? "handler " + handler.getMethod()
					: "other " + chain.getHandler().getClass().getSimpleName();
		}
		catch (Exception refused) {
			return "refused " + refused.getClass().getSimpleName() + " " + refused.getMessage();
		}
	}

}
