package org.sawa.capacity;

import java.time.LocalDate;
import java.util.List;

/**
 * A coaching session. {@code privateNotes} is null unless the reader is the session's
 * coach or an officer of the programme: {@link Mentoring} decides, never a page.
 */
public record Coaching(long id, long planId, LocalDate heldOn, String mode, int minutes, List<String> topics,
		String privateNotes, long coachId, boolean notesWithheld) {
}
