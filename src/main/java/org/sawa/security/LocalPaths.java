package org.sawa.security;

import java.util.Optional;

/**
 * Where to send a person back after signing in or up: only a path of this site
 * ({@code /petitions/P-2026-0001}), never another site (no scheme, no {@code //host}, no
 * backslash a browser would read as a slash, no line break), so that a "continue" link
 * cannot be turned into an open redirect.
 */
public final class LocalPaths {

	private LocalPaths() {
	}

	/** The path if it is one of this site's, else empty. */
	public static Optional<String> of(String path) {
		if (path == null || path.isEmpty() || path.length() > 500 || path.charAt(0) != '/') {
			return Optional.empty();
		}
		if (path.startsWith("//") || path.contains("\\") || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
			return Optional.empty();
		}
		if (path.startsWith("/login") || path.startsWith("/logout") || path.startsWith("/signup")) {
			return Optional.empty();
		}
		return Optional.of(path);
	}

}
