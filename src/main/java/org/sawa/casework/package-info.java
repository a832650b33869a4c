/**
 * Cases with steps: petitions, information requests, advisory memos and commitment
 * milestones move from status to status by dated steps. This module holds the one piece
 * of code that records a step ({@code CaseSteps}): the actor is allowed, the case is in a
 * status the step may leave, the day is not missing, not in the future and not before the
 * case's last step; then the status moves, the step row is written, the audit entry
 * appended and {@code StepTaken} published for notifications, all in the caller's
 * transaction. Knows the audit log and refusals only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases with steps")
package org.sawa.casework;
