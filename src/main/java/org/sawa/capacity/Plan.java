package org.sawa.capacity;

import java.time.LocalDate;
import java.util.List;

/**
 * An individual development plan: the chosen priorities with their level (1-4) at the
 * start and now.
 */
public record Plan(long id, long participantId, long coachId, LocalDate startsOn, List<Priority> priorities) {

	public record Priority(String priority, int baseline, int current) {
	}
}
