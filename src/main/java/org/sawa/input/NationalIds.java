package org.sawa.input;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Moroccan national ID card (CIN) number as a person types it: spaces, dots and dashes
 * dropped, letters in capitals; one or two letters and up to six digits. Signing a
 * petition (online or on paper) and voting in a participatory budget check it the same
 * way, and keep only its keyed HMAC.
 */
public final class NationalIds {

	private static final Pattern CIN = Pattern.compile("^[A-Z]{1,2}[0-9]{1,6}$");

	private NationalIds() {
	}

	public static String normalise(String nationalId) {
		return nationalId == null ? "" : nationalId.replaceAll("[\\s.-]", "").toUpperCase(Locale.ROOT);
	}

	/** Whether a normalised number has the form of a CIN number. */
	public static boolean isCin(String normalised) {
		return CIN.matcher(normalised).matches();
	}

}
