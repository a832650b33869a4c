package org.sawa.commitment;

import java.time.LocalDate;

/** A milestone with its period and status; overdue once its end date has passed unfinished. */
public record Milestone(long id, long commitmentId, int position, String description, LocalDate startsOn, LocalDate endsOn,
		String status, Long ownerId) {

	public boolean overdue(LocalDate today) {
		return today.isAfter(endsOn) && !"finished".equals(status);
	}

	/** The milestone status on the OGP completion scale, for exports. */
	public String completionScale() {
		return switch (status) {
			case "finished" -> "complete";
			case "incomplete" -> "substantial";
			case "in_progress", "stuck" -> "limited";
			default -> "not_started";
		};
	}
}
