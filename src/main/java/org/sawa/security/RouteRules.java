package org.sawa.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every module's {@link AccessRules}, in the order the filter chain applies them: the
 * most closed first (roles, then signed in, then anyone), each module's rules in the
 * order it declared them. When two modules' patterns overlap, the closed one wins: a
 * mistake refuses a page rather than opening one. A route that no rule matches is refused
 * (see {@code SecurityConfiguration}).
 */
@Component
public class RouteRules {

	private final List<AccessRules.Rule> ordered;

	RouteRules(List<AccessRules> declared) {
		this.ordered = declared.stream()
			.flatMap(rules -> rules.rules().stream())
			.sorted(Comparator.comparing((AccessRules.Rule rule) -> rule.access()).reversed())
			.toList();
	}

	/** The rules in the order they are applied. */
	public List<AccessRules.Rule> all() {
		return ordered;
	}

	/** The rule that decides the request, if any module declared one. */
	public Optional<AccessRules.Rule> ruleFor(HttpServletRequest request) {
		return ordered.stream().filter(rule -> rule.matcher().matches(request)).findFirst();
	}

}
