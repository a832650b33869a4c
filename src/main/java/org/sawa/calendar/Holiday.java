package org.sawa.calendar;

import java.time.LocalDate;
import java.util.Map;

/**
 * A public holiday: its date, names in four languages, kind (national or religious),
 * source, whether it is to confirm against the Bulletin officiel, and whether its date is
 * provisional (a religious feast computed, not announced yet).
 */
public record Holiday(LocalDate day, Map<String, String> names, String kind, String source, boolean toConfirm,
		boolean provisional) {

	/** A holiday an administrator enters: its date is the one announced. */
	public Holiday(LocalDate day, Map<String, String> names, String kind, String source, boolean toConfirm) {
		this(day, names, kind, source, toConfirm, false);
	}

}
