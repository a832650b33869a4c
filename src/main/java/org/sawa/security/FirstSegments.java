package org.sawa.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Routes and rules found by the first segment of their path (issue 23). A pattern whose
 * first segment is fixed ({@code /petitions/*}) can only match a path whose first segment
 * is that one, so a request need only be tried against the entries of its own first
 * segment and those that start with a variable, a wildcard or at the root. Used by the
 * access rules here and by the web module's route lookup; each keeps its entries' order.
 *
 * @param <T> an entry (a rule, a route)
 */
public final class FirstSegments<T> {

	/** A fixed segment as written: no variable, wildcard or encoded character. */
	private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._~-]+");

	private final Map<String, List<T>> bySegment;

	private final List<T> always;

	private final List<T> all;

	/**
	 * The entries in their order, each with its patterns (Spring path patterns, from the
	 * root); an entry without patterns is tried for every path.
	 */
	public FirstSegments(List<T> entries, Function<T, Set<String>> patterns) {
		Map<T, Set<String>> keys = new LinkedHashMap<>();
		List<T> always = new ArrayList<>();
		for (T entry : entries) {
			Set<String> segments = segments(patterns.apply(entry));
			if (segments == null) {
				always.add(entry);
			}
			else {
				keys.put(entry, segments);
			}
		}
		Map<String, List<T>> bySegment = new LinkedHashMap<>();
		keys.values().forEach(segments -> segments.forEach(segment -> bySegment.put(segment, new ArrayList<>())));
		// each segment's list keeps the entries' order, with those tried for every path
		for (T entry : entries) {
			Set<String> segments = keys.get(entry);
			for (Map.Entry<String, List<T>> list : bySegment.entrySet()) {
				if (segments == null || segments.contains(list.getKey())) {
					list.getValue().add(entry);
				}
			}
		}
		Map<String, List<T>> frozen = new LinkedHashMap<>();
		bySegment.forEach((segment, list) -> frozen.put(segment, List.copyOf(list)));
		this.bySegment = Map.copyOf(frozen);
		this.always = List.copyOf(always);
		this.all = List.copyOf(entries);
	}

	/** The fixed first segments of the patterns, or null when one of them has none. */
	static Set<String> segments(Set<String> patterns) {
		if (patterns.isEmpty()) {
			return null;
		}
		Set<String> segments = new HashSet<>();
		for (String pattern : patterns) {
			if (!pattern.startsWith("/")) {
				return null;
			}
			int end = pattern.indexOf('/', 1);
			String first = end < 0 ? pattern.substring(1) : pattern.substring(1, end);
			if (!LITERAL.matcher(first).matches()) {
				return null;
			}
			segments.add(first);
		}
		return segments;
	}

	/**
	 * The entries the request may match, in their order: every entry when the request's
	 * path cannot be read.
	 */
	public List<T> candidates(HttpServletRequest request) {
		String segment = firstSegment(request);
		return segment == null ? this.all : this.bySegment.getOrDefault(segment, this.always);
	}

	/**
	 * The request's first path segment as patterns compare it (decoded, without matrix
	 * variables), "" for the root; null when the path cannot be read. A path not parsed
	 * yet is parsed and left unparsed, as Spring Security's matchers do.
	 */
	static String firstSegment(HttpServletRequest request) {
		RequestPath path;
		if (ServletRequestPathUtils.hasParsedRequestPath(request)) {
			path = ServletRequestPathUtils.getParsedRequestPath(request);
		}
		else {
			try {
				path = ServletRequestPathUtils.parseAndCache(request);
			}
			catch (RuntimeException unreadable) {
				return null;
			}
			finally {
				ServletRequestPathUtils.clearParsedRequestPath(request);
			}
		}
		for (PathContainer.Element element : path.pathWithinApplication().elements()) {
			if (element instanceof PathContainer.PathSegment segment) {
				return segment.valueToMatch();
			}
		}
		return "";
	}

}
