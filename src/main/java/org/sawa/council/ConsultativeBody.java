package org.sawa.council;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A consultative body a council set up with civil society: the equity, equal-opportunity
 * and gender body, and for a region the youth body and the economic actors' body. Its
 * members are associations and qualified persons; it meets and sends the council opinions
 * and memos.
 */
public record ConsultativeBody(long id, long councilId, String kind, Map<String, String> names,
		LocalDate establishedOn) {

	/** The kinds of body, in the order the law lists them. */
	public static final List<String> KINDS = List.of("equity_gender", "youth", "economic");

	/**
	 * The kinds a council of this level sets up: all three for a region, equity
	 * otherwise.
	 */
	public static List<String> kindsFor(String level) {
		return "region".equals(level) ? KINDS : List.of("equity_gender");
	}

	public String name(Locale locale) {
		return names.get(nameLanguage(locale));
	}

	/**
	 * The language the name is shown in: the reader's, or French (then Arabic) when it
	 * has not been written in hers.
	 */
	public String nameLanguage(Locale locale) {
		for (String language : List.of(locale.getLanguage(), "fr", "ar")) {
			String name = names.get(language);
			if (name != null && !name.isBlank()) {
				return language;
			}
		}
		return "fr";
	}

	/**
	 * A member: an association (with the person representing it, when known) or a
	 * qualified person, with a role over a period.
	 */
	public record BodyMember(long id, long bodyId, String memberKind, Long organisationId, String personName,
			String sex, String role, LocalDate startsOn, LocalDate endsOn) {

		public boolean activeOn(LocalDate day) {
			return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
		}
	}

	/** A meeting with its subject, minutes and the members present. */
	public record Meeting(long id, long bodyId, LocalDate heldOn, String place, String subject, String minutes,
			List<Long> present) {
	}

}
