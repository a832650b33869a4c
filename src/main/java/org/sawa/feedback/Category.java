package org.sawa.feedback;

import java.util.List;
import java.util.Locale;

/**
 * A kind of report an administrator keeps, named in the four languages: what it is about,
 * where its reports go when no route names a body (the council of the commune, province
 * or region, or {@code none}: the triage queue), and its default targets in working days.
 */
public record Category(long id, String code, String about, String nameAr, String nameFr, String nameEn, String nameZgh,
		String competence, int acknowledgeDays, int answerDays, int position, boolean active) {

	/** What a report may be about. */
	public static final List<String> ABOUT = List.of("service", "facility", "project", "commitment", "suggestion");

	/** Whose council a category's reports go to by default. */
	public static final List<String> COMPETENCES = List.of("commune", "province", "region", "none");

	public String name(Locale locale) {
		return switch (locale.getLanguage()) {
			case "ar" -> nameAr;
			case "en" -> nameEn;
			case "zgh" -> nameZgh;
			default -> nameFr;
		};
	}

	/** The language a name is shown in: Tamazight falls back to French when absent. */
	public String nameIn(String language) {
		return name(Locale.forLanguageTag(language));
	}

}
