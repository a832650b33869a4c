package org.sawa.commitment;

import java.time.LocalDate;

/**
 * A milestone with its period and status; overdue once its end date has passed
 * unfinished.
 */
public record Milestone(long id, long commitmentId, int position, String description, LocalDate startsOn,
		LocalDate endsOn, MilestoneStatus status, Long ownerId) {

	public boolean overdue(LocalDate today) {
		return today.isAfter(endsOn) && status != MilestoneStatus.FINISHED;
	}

	/**
	 * The milestone status on the OGP completion scale, for exports. A milestone closed
	 * incomplete is not "substantial": nothing says how much was done, so it is
	 * "limited".
	 */
	public String completionScale() {
		return switch (status) {
			case FINISHED -> "complete";
			case INCOMPLETE, IN_PROGRESS, STUCK -> "limited";
			default -> "not_started";
		};
	}
}
