package org.sawa.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Every module's {@link AccessRules}, in the order the filter chain applies them: the
 * most closed first (roles, then signed in, then anyone), each module's rules in the
 * order it declared them. When two modules' patterns overlap, the closed one wins: a
 * mistake refuses a page rather than opening one. A route that no rule matches is refused
 * (see {@code SecurityConfiguration}).
 * <p>
 * A request is tried against the rules its path's first segment can reach, in that same
 * order ({@link FirstSegments}): the few hundred rules tried one by one, each reading the
 * request's path through its wrappers, were a sixth of a signature's CPU (issue 23).
 */
@Component
public class RouteRules {

	private final List<AccessRules.Rule> ordered;

	private final FirstSegments<AccessRules.Rule> bySegment;

	RouteRules(List<AccessRules> declared) {
		this.ordered = declared.stream()
			.flatMap(rules -> rules.rules().stream())
			.sorted(Comparator.comparing((AccessRules.Rule rule) -> rule.access()).reversed())
			.toList();
		this.bySegment = new FirstSegments<>(this.ordered, rule -> Set.of(rule.pattern()));
	}

	/** The rules in the order they are applied. */
	public List<AccessRules.Rule> all() {
		return ordered;
	}

	/** The rule that decides the request, if any module declared one. */
	public Optional<AccessRules.Rule> ruleFor(HttpServletRequest request) {
		for (AccessRules.Rule rule : bySegment.candidates(request)) {
			if (rule.matcher().matches(request)) {
				return Optional.of(rule);
			}
		}
		return Optional.empty();
	}

	/**
	 * The decision for every request: its rule's (anyone; signed in; one of the roles),
	 * else the undeclared routes' (a route a controller serves is refused).
	 */
	AuthorizationManager<RequestAuthorizationContext> decisions(
			AuthorizationManager<RequestAuthorizationContext> undeclared) {
		AuthorizationManager<RequestAuthorizationContext> signedIn = AuthenticatedAuthorizationManager.authenticated();
		Map<List<String>, AuthorizationManager<RequestAuthorizationContext>> byRoles = new HashMap<>();
		for (AccessRules.Rule rule : ordered) {
			if (rule.access() == AccessRules.Access.ROLE) {
				byRoles.computeIfAbsent(rule.roles(),
						roles -> AuthorityAuthorizationManager.hasAnyRole(roles.toArray(String[]::new)));
			}
		}
		return new AuthorizationManager<>() {
			@Override
			public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
					RequestAuthorizationContext context) {
				Optional<AccessRules.Rule> rule = ruleFor(context.getRequest());
				if (rule.isEmpty()) {
					return undeclared.authorize(authentication, context);
				}
				return switch (rule.get().access()) {
					case ANYONE -> new AuthorizationDecision(true);
					case SIGNED_IN -> signedIn.authorize(authentication, context);
					case ROLE -> byRoles.get(rule.get().roles()).authorize(authentication, context);
				};
			}
		};
	}

}
