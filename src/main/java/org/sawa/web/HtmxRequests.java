package org.sawa.web;

import jakarta.servlet.http.HttpServletRequest;

/** One URL serves the full page or, to htmx, only the fragment it swaps. */
public final class HtmxRequests {

	private HtmxRequests() {
	}

	public static boolean isHtmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

	/** The full template, or the named fragment of it for an htmx request. */
	public static String view(HttpServletRequest request, String template, String fragment) {
		return isHtmx(request) ? template + " :: " + fragment : template;
	}
}
