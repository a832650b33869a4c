package org.sawa.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address as seen by the application (behind a proxy, set
 * forward-headers-strategy).
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String of(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

}
