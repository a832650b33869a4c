package org.sawa.event;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A public event of a territory, in the language staff wrote it in: when and where (a
 * place with what the venue offers, or an online link, or both), how many places, and,
 * once held, its minutes. A lab also states its challenge.
 */
public record Event(long id, long territoryId, Long processId, Long seriesId, String kind, String title,
		String description, String language, Instant startsAt, Instant endsAt, String place, Long communeId,
		String onlineUrl, Venue venue, Integer capacity, boolean registration, String challenge, String minutes,
		Instant minutesAt, Instant cancelledAt, String cancelReason) {

	/** The kinds of event, from the largest gathering to the smallest. */
	public static final List<String> KINDS = List.of("forum", "workshop", "group", "lab", "committee");

	/** The needs a person may ask for when registering. */
	public static final List<String> NEEDS = List.of("sign_language", "step_free", "childcare", "easy_read", "braille",
			"audio", "companion");

	/** The time zone events are held and shown in. */
	public static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");

	/** What the venue offers. */
	public record Venue(boolean stepFree, boolean signLanguage, boolean childcare) {

		public boolean offers(String need) {
			return switch (need) {
				case "step_free" -> stepFree;
				case "sign_language" -> signLanguage;
				case "childcare" -> childcare;
				default -> false;
			};
		}

	}

	public boolean cancelled() {
		return cancelledAt != null;
	}

	/** Whether it has begun at {@code now} (registration closes then). */
	public boolean begun(Instant now) {
		return !now.isBefore(startsAt);
	}

	public boolean online() {
		return onlineUrl != null;
	}

	public boolean inPerson() {
		return !place.isEmpty();
	}

}
