package org.sawa.web;

import jakarta.servlet.http.HttpServletRequest;

/** One URL serves the full page or, to htmx, only the fragment it swaps. */
public final class HtmxRequests {

	private HtmxRequests() {
	}

	public static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

	/**
	 * The full template, or for an htmx request the element it targets
	 * ({@code HX-Target}, an id): one URL serves the page and each part of it that htmx
	 * swaps.
	 */
	public static String view(HttpServletRequest request, String template) {
		String target = request.getHeader("HX-Target");
		return isHtmx(request) && target != null && target.matches("[A-Za-z][\\w-]*") ? template + " :: #" + target
				: template;
	}

	/** The element htmx targets ({@code HX-Target}), or null for a full page. */
	public static String target(HttpServletRequest request) {
		return isHtmx(request) ? request.getHeader("HX-Target") : null;
	}

	/** The full template, or the named fragment of it for an htmx request. */
	public static String view(HttpServletRequest request, String template, String fragment) {
		return isHtmx(request) ? template + " :: " + fragment : template;
	}

}
