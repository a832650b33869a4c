package org.sawa.search;

import java.time.LocalDate;

/**
 * A found text: what it is, its title and a line of it in their languages (for
 * {@code lang} and {@code dir}), where it lives, how well it matched and of which day it
 * is.
 */
public record Hit(String kind, String title, String titleLanguage, String excerpt, String excerptLanguage, String href,
		double rank, LocalDate day) {

	/** The first characters of a text, cut at a word, for a result's line. */
	public static String excerpt(String text) {
		if (text == null) {
			return "";
		}
		String flat = text.replaceAll("\\s+", " ").strip();
		if (flat.length() <= 180) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', 180);
		return flat.substring(0, cut > 120 ? cut : 180) + "…";
	}

}
