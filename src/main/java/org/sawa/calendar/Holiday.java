package org.sawa.calendar;

import java.time.LocalDate;
import java.util.Map;

/**
 * A public holiday: its date, names in four languages, kind (national or religious),
 * source and whether it is to confirm.
 */
public record Holiday(LocalDate day, Map<String, String> names, String kind, String source, boolean toConfirm) {
}
