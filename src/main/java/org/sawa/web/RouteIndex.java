package org.sawa.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import jakarta.servlet.http.HttpServletRequest;
import org.sawa.security.FirstSegments;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The routes found by the first segment of their path (issue 23). For a path with
 * variables ({@code /petitions/MA-05-001/sign}) Spring MVC tries every one of the
 * application's few hundred routes in turn, each asking the request its method, its
 * parameters and its headers through the filters' request wrappers: a sixth of the CPU of
 * a signature, an eighth of an API answer. A route whose every pattern starts with a
 * fixed segment ({@code /petitions/...}) can only match a path whose first segment is
 * that one, so a path is tried against the routes of its first segment and those that
 * start with a variable, a wildcard or at the root (a few dozen at most). Each route's
 * conditions, the comparison that chooses among matches and the answers when none matches
 * (404, 405, 415) are Spring's own.
 */
@Configuration(proxyBeanMethods = false)
class RouteIndex {

	@Bean
	WebMvcRegistrations routesByFirstSegment() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new Mapping();
			}
		};
	}

	/**
	 * Spring MVC's mapping of annotated routes, looking a path up among the routes its
	 * first segment can reach. It chooses among them as Spring does: the routes whose
	 * fixed path is the lookup path first, else every candidate that matches; the most
	 * specific by Spring's own comparison; two equally specific are an error. When no
	 * candidate matches, a pre-flight request or a path it cannot read, Spring's own
	 * lookup over every route answers (so not found, method not allowed and the like are
	 * Spring's).
	 */
	static final class Mapping extends RequestMappingHandlerMapping {

		/** A route: its conditions, its handler, its fixed paths. */
		private record Route(RequestMappingInfo info, HandlerMethod handler, Set<String> directPaths) {
		}

		private volatile FirstSegments<Route> index;

		@Override
		public void afterPropertiesSet() {
			super.afterPropertiesSet();
			this.index = build();
		}

		@Override
		public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
			super.registerMapping(mapping, handler, method);
			this.index = build();
		}

		@Override
		public void unregisterMapping(RequestMappingInfo mapping) {
			super.unregisterMapping(mapping);
			this.index = build();
		}

		private FirstSegments<Route> build() {
			List<Route> routes = new ArrayList<>();
			getHandlerMethods().forEach((info, handler) -> routes.add(new Route(info, handler, info.getDirectPaths())));
			return new FirstSegments<>(routes, route -> route.info().getPatternValues());
		}

		@Override
		protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
			FirstSegments<Route> routes = this.index;
			// a case-insensitive parser would match "/Petitions" to "/petitions"
			if (routes == null || getPatternParser() == null || !getPatternParser().isCaseSensitive()
					|| CorsUtils.isPreFlightRequest(request)) {
				return super.lookupHandlerMethod(lookupPath, request);
			}
			List<Candidate> direct = new ArrayList<>(1);
			List<Candidate> others = new ArrayList<>(2);
			for (Route route : routes.candidates(request)) {
				RequestMappingInfo matched = getMatchingMapping(route.info(), request);
				if (matched != null) {
					(route.directPaths().contains(lookupPath) ? direct : others).add(new Candidate(route, matched));
				}
			}
			if (!direct.isEmpty()) {
				return best(direct, lookupPath, request);
			}
			if (!others.isEmpty()) {
				return best(others, lookupPath, request);
			}
			return super.lookupHandlerMethod(lookupPath, request);
		}

		/** A route that matches the request, with what of it matched. */
		private record Candidate(Route route, RequestMappingInfo matched) {
		}

		/** The most specific of the matching routes, as Spring chooses it. */
		private HandlerMethod best(List<Candidate> candidates, String lookupPath, HttpServletRequest request) {
			Candidate best = candidates.get(0);
			if (candidates.size() > 1) {
				Comparator<RequestMappingInfo> comparator = getMappingComparator(request);
				candidates.sort((a, b) -> comparator.compare(a.matched(), b.matched()));
				best = candidates.get(0);
				Candidate second = candidates.get(1);
				if (comparator.compare(best.matched(), second.matched()) == 0) {
					throw new IllegalStateException("Ambiguous handler methods mapped for '" + request.getRequestURI()
							+ "': {" + best.route().handler().getMethod() + ", " + second.route().handler().getMethod()
							+ "}");
				}
			}
			HandlerMethod handler = best.route().handler();
			request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
			handleMatch(best.matched(), lookupPath, request);
			return handler;
		}

	}

}
