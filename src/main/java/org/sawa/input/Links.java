package org.sawa.input;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Links staff publish (evidence of a commitment's progress, an official text, a register
 * of published information). Only two kinds are accepted: an {@code https://} address
 * with a host, and, where a page allows it, a path of Sawa itself
 * ({@code /commitments/…}). {@code http://}, {@code javascript:}, a protocol-relative
 * {@code //host/…} (which a browser opens on another site) and an address with a user
 * name are refused.
 */
public final class Links {

	/** Longer than any link a person types; a browser's own limit is about this. */
	static final int MAX_LENGTH = 2000;

	private Links() {
	}

	/** Whether the text is an https address with a host, safe to publish. */
	public static boolean isExternal(String text) {
		URI uri = parse(text);
		return uri != null && "https".equalsIgnoreCase(uri.getScheme()) && uri.getRawAuthority() != null
				&& uri.getHost() != null && !uri.getHost().isBlank() && uri.getRawUserInfo() == null;
	}

	/** Whether the text is a path of Sawa itself: one slash, then no second one. */
	public static boolean isSawaPath(String text) {
		URI uri = parse(text);
		return uri != null && uri.getScheme() == null && uri.getRawAuthority() == null && text.startsWith("/")
				&& !text.startsWith("//") && !text.startsWith("/\\");
	}

	private static URI parse(String text) {
		if (text == null || text.isEmpty() || text.length() > MAX_LENGTH || text.codePoints()
			.anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || c == '\\')) {
			return null;
		}
		try {
			return new URI(text);
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
