package org.sawa.feedback;

import java.util.Set;
import org.sawa.casework.CaseKind;
import org.sawa.casework.CaseStatus;

/**
 * Where a report stands, as the CHECK list of {@code feedback_report.status} names it.
 */
public enum FeedbackStatus implements CaseStatus {

	RECEIVED, ACKNOWLEDGED, DETAILS_ASKED, ANSWERED, CLOSED, REOPENED;

	/** The body still has to act. */
	public static final Set<FeedbackStatus> OPEN = Set.of(RECEIVED, ACKNOWLEDGED, DETAILS_ASKED, ANSWERED, REOPENED);

	/** Where reports keep their status and timeline, and how their steps are refused. */
	public static final CaseKind<FeedbackStatus> CASE = new CaseKind<>("feedback", FeedbackStatus.class,
			FeedbackStepKind.class, "feedback_report", "status", "feedback_step", "report_id", "kind",
			CaseKind.ActorColumn.ACTOR_TEXT, FeedbackRefused::new, "feedback.error.status",
			CaseKind.DayRule.of("on", "feedback.error.day"));

	public static FeedbackStatus of(String code) {
		return CaseStatus.of(FeedbackStatus.class, code);
	}

	public boolean open() {
		return OPEN.contains(this);
	}

}
