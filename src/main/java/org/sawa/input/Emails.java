package org.sawa.input;

import java.util.Locale;

/**
 * An e-mail address as Sawa compares it, everywhere: sign-up, sign-in, its rate limits
 * and every lookup. One normalisation, so that {@code " Name@Example.ma"} is never a
 * different person, nor a fresh rate-limit bucket.
 */
public final class Emails {

	private Emails() {
	}

	/**
	 * Whether the text has the shape of an address: something, an {@code @}, a domain
	 * with a dot, and no space. Whether it receives mail is for the confirmation link to
	 * tell.
	 */
	public static boolean looksValid(String email) {
		return email != null && SHAPE.matcher(email).matches();
	}

	private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern
		.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	/** Trimmed and lower-cased; empty for none. */
	public static String normalise(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

}
