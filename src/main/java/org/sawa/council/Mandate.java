package org.sawa.council;

import java.time.LocalDate;

/** A council's term of office (e.g. 2021-2027). */
public record Mandate(long id, long councilId, String label, LocalDate startsOn, LocalDate endsOn) {

	public boolean covers(LocalDate day) {
		return !day.isBefore(startsOn) && !day.isAfter(endsOn);
	}
}
