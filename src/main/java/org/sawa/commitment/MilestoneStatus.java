package org.sawa.commitment;

import org.sawa.casework.CaseKind;
import org.sawa.casework.CaseStatus;

/**
 * Where a commitment's milestone stands, as the CHECK list of
 * {@code commitment_milestone.status} names it.
 */
public enum MilestoneStatus implements CaseStatus {

	NOT_STARTED, IN_PROGRESS, STUCK, FINISHED, INCOMPLETE;

	/**
	 * Where milestones keep their status and dated updates, and how an update is refused.
	 */
	public static final CaseKind<MilestoneStatus> CASE = new CaseKind<>("milestone", MilestoneStatus.class,
			MilestoneStatus.class, "commitment_milestone", "status", "commitment_update", "milestone_id", "status",
			CaseKind.ActorColumn.BY_PERSON, CommitmentRefused::new, "validation.option",
			new CaseKind.DayRule("onDay", "validation.date", "council.error.future", "council.error.stepBefore"));

	public static MilestoneStatus of(String code) {
		return CaseStatus.of(MilestoneStatus.class, code);
	}

}
