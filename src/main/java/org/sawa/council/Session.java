package org.sawa.council;

import java.time.LocalDate;
import java.util.List;

/** A council session (Popolo event) with its agenda items in order. */
public record Session(long id, long mandateId, String kind, LocalDate heldOn, String mode, String place,
		List<AgendaItem> agenda) {

	public record AgendaItem(long id, int position, String title) {
	}
}
