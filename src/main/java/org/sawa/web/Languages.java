package org.sawa.web;

import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Sawa speaks, and how each is written and formatted. */
public final class Languages {

	/** Arabic, French, Standard Moroccan Tamazight (Tifinagh), English: in menu order. */
	public static final List<String> SUPPORTED = List.of("ar", "fr", "zgh", "en");

	private Languages() {
	}

	public static Optional<Locale> supported(String tag) {
		if (tag == null) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
		return SUPPORTED.contains(language) ? Optional.of(locale(language)) : Optional.empty();
	}

	/**
	 * The request locale for a supported language. Arabic is Moroccan Arabic
	 * ({@code ar-MA}), so that numbers inside messages keep Latin digits, as Moroccan
	 * administrations write them; messages still come from the {@code ar} bundle.
	 */
	public static Locale locale(String language) {
		return "ar".equals(language) ? Locale.forLanguageTag("ar-MA") : Locale.forLanguageTag(language);
	}

	/**
	 * Right-to-left is a property of the script, asked of ICU, never a test on a language
	 * code.
	 */
	public static boolean isRightToLeft(Locale locale) {
		return ULocale.forLocale(locale).isRightToLeft();
	}

	/**
	 * The locale used to format dates and numbers: Arabic is formatted as in Morocco
	 * (Latin digits, Moroccan month names), French as in Morocco too.
	 */
	public static ULocale formatting(Locale locale) {
		return switch (locale.getLanguage()) {
			case "ar" -> new ULocale("ar_MA");
			case "fr" -> new ULocale("fr_MA");
			case "zgh" -> new ULocale("zgh_MA");
			default -> ULocale.forLocale(locale);
		};
	}

	/**
	 * The name of a language in that language (for a switcher or a choice of language).
	 */
	public static String nameOf(String tag) {
		return switch (tag) {
			case "ar" -> "العربية";
			case "fr" -> "Français";
			case "zgh" -> "ⵜⴰⵎⴰⵣⵉⵖⵜ";
			case "en" -> "English";
			default -> tag;
		};
	}

	/** The supported languages by tag, each named in itself, in the switcher's order. */
	public static java.util.Map<String, String> named() {
		java.util.Map<String, String> named = new java.util.LinkedHashMap<>();
		SUPPORTED.forEach(tag -> named.put(tag, nameOf(tag)));
		return named;
	}

}
