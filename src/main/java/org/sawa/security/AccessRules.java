package org.sawa.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach the routes one module serves. Each module declares its own as a bean next
 * to its controllers, for example:
 *
 * <pre>
 * &#64;Bean
 * AccessRules petitionAccessRules() {
 * 	return AccessRules.of("petition")
 * 		.anyoneReads("/petitions", "/petitions/*")
 * 		.signedIn("/petitions/new", "/petitions/&#42;/sign")
 * 		.roles(List.of("ADMIN"), "/admin/petition-rules");
 * }
 * </pre>
 *
 * Patterns are Spring path patterns ({@code *} one segment or part of it, {@code **} the
 * rest of the path). A route that no module declares is refused ({@link RouteRules}).
 */
public final class AccessRules {

	/** Who a rule lets in, from the most open to the most closed. */
	public enum Access {

		ANYONE, SIGNED_IN, ROLE

	}

	/**
	 * One pattern (for one method, or every method when {@code method} is null) and who
	 * may reach it.
	 */
	public record Rule(String module, HttpMethod method, String pattern, Access access, List<String> roles,
			RequestMatcher matcher) {

		@Override
		public String toString() {
			String who = access == Access.ROLE ? "roles " + roles : access.name().toLowerCase();
			return module + ": " + (method == null ? "any method" : method.name()) + " " + pattern + " -> " + who;
		}
	}

	private final String module;

	private final List<Rule> rules = new ArrayList<>();

	private AccessRules(String module) {
		this.module = module;
	}

	public static AccessRules of(String module) {
		return new AccessRules(module);
	}

	/** Pages and files anyone may read (GET and HEAD only). */
	public AccessRules anyoneReads(String... patterns) {
		for (String pattern : patterns) {
			add(HttpMethod.GET, pattern, Access.ANYONE, List.of());
			add(HttpMethod.HEAD, pattern, Access.ANYONE, List.of());
		}
		return this;
	}

	/** Routes anyone may use with any method (sign-up, login, password reset). */
	public AccessRules anyone(String... patterns) {
		for (String pattern : patterns) {
			add(null, pattern, Access.ANYONE, List.of());
		}
		return this;
	}

	/**
	 * Routes for any signed-in person; the module's services decide what that person may
	 * do there.
	 */
	public AccessRules signedIn(String... patterns) {
		for (String pattern : patterns) {
			add(null, pattern, Access.SIGNED_IN, List.of());
		}
		return this;
	}

	/**
	 * Routes only for people holding one of the roles (names of {@code account.Role}).
	 */
	public AccessRules roles(List<String> roles, String... patterns) {
		for (String pattern : patterns) {
			add(null, pattern, Access.ROLE, List.copyOf(roles));
		}
		return this;
	}

	private void add(HttpMethod method, String pattern, Access access, List<String> roles) {
		PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
		RequestMatcher matcher = method == null ? builder.matcher(pattern) : builder.matcher(method, pattern);
		rules.add(new Rule(module, method, pattern, access, roles, matcher));
	}

	List<Rule> rules() {
		return List.copyOf(rules);
	}

}
