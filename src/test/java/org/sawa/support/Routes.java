package org.sawa.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The application's routes as requests would reach them, for the tests that walk them
 * all.
 */
public final class Routes {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::([^}]+))?}");

	/**
	 * Paths written unusually, for the tests that compare two ways of finding a route:
	 * encoded, with matrix variables, another case, doubled or trailing slashes, the
	 * root, unknown.
	 */
	public static final List<String> UNUSUAL_PATHS = List.of("/", "", "/no-such-page", "/no-such-page/petitions",
			"/p%65titions", "/petitions;v=1", "/PETITIONS", "//petitions", "/petitions/", "/petitions/sample/",
			"/api/v1/no-such-set", "/%2Fpetitions", "/sample/petitions", "/assets/app.css", "/admin", "/admin/",
			"/login", "/me", "/petitions/new", "/petitions/sample/sign");

	private Routes() {
	}

	/**
	 * A route as a request would reach it: method and a path with each variable filled
	 * in.
	 */
	public record Route(String method, String path, String handler) {
	}

	/**
	 * Every handler mapping's patterns and methods (GET and POST for a route that names
	 * none), each variable given a value it accepts.
	 */
	public static List<Route> all(RequestMappingHandlerMapping mappings) {
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
	public static List<String> samples(String pattern) {
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
