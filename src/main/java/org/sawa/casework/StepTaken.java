package org.sawa.casework;

import java.time.LocalDate;

/**
 * A step was recorded, published inside the step's transaction: listeners that mail the
 * people concerned do it through the mail outbox, so the mail leaves only if the step
 * commits.
 *
 * @param caseKind the {@link CaseKind#name()} of the case
 * @param detail what a notice says of the step: the note, or what the module put instead
 */
public record StepTaken(String caseKind, long caseId, long stepId, String kind, LocalDate onDay, long actorId,
		String note, String detail) {
}
