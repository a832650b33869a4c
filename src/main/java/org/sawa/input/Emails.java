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

	/** Trimmed and lower-cased; empty for none. */
	public static String normalise(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

}
