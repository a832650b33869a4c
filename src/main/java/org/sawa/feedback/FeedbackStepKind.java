package org.sawa.feedback;

import org.sawa.casework.CaseStatus;

/**
 * What a step of a report's timeline records, the CHECK list of
 * {@code feedback_step.kind}: a status reached, or a step that leaves the status where it
 * was (routed from triage, details added, transferred, rated).
 */
public enum FeedbackStepKind implements CaseStatus {

	RECEIVED, ROUTED, ACKNOWLEDGED, DETAILS_ASKED, DETAILS_ADDED, TRANSFERRED, ANSWERED, CLOSED, RATED, REOPENED;

	/** Steps the person who reported takes. */
	public boolean byReporter() {
		return this == DETAILS_ADDED || this == RATED || this == REOPENED;
	}

	public static FeedbackStepKind of(String code) {
		return CaseStatus.of(FeedbackStepKind.class, code);
	}

}
