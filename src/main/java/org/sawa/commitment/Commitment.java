package org.sawa.commitment;

import java.time.LocalDate;
import java.util.List;

/**
 * A commitment of an action plan, with the OGP template's fields and the monitoring
 * body's assessment.
 */
public record Commitment(long id, long planId, String code, String title, String problem, String statusQuo,
		String action, String contribution, String longTermGoal, String policyArea, String sector,
		List<String> ogpValues, String otherInstitutions, LocalDate startsOn, LocalDate endsOn, String completion,
		String openedGovernment, LocalDate assessedOn, List<Milestone> milestones) {

	/**
	 * Completion as the milestones show it: complete, substantial (half or more
	 * finished), limited, not started.
	 */
	public String derivedCompletion() {
		if (milestones.isEmpty()) {
			return "no_evidence";
		}
		long finished = milestones.stream().filter(m -> m.status() == MilestoneStatus.FINISHED).count();
		if (finished == milestones.size()) {
			return "complete";
		}
		if (finished * 2 >= milestones.size()) {
			return "substantial";
		}
		return milestones.stream().anyMatch(m -> m.status() != MilestoneStatus.NOT_STARTED) ? "limited" : "not_started";
	}

	public long overdueMilestones(LocalDate today) {
		return milestones.stream().filter(m -> m.overdue(today)).count();
	}
}
