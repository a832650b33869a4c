package org.sawa.commitment;

import java.time.LocalDate;

/**
 * An open-government action plan of a territory (e.g. Laâyoune-Sakia El Hamra 2025-2027).
 */
public record ActionPlan(long id, String code, long territoryId, String title, String language, LocalDate startsOn,
		LocalDate endsOn, String status, String sourceUrl) {
}
