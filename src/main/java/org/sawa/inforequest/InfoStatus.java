package org.sawa.inforequest;

import java.util.Set;
import org.sawa.casework.CaseKind;
import org.sawa.casework.CaseStatus;

/**
 * Where a request for information stands, as the CHECK list of
 * {@code info_request.status} names it.
 */
public enum InfoStatus implements CaseStatus {

	RECEIVED, CLARIFICATION, EXTENDED, ANSWERED, ANSWERED_PART, REFUSED, TRANSFERRED, NOT_HELD, WITHDRAWN,
	COMPLAINT_HEAD, COMPLAINT_CDAI, CLOSED;

	/**
	 * The body has not answered yet: its answer clock runs (or is paused for a
	 * clarification).
	 */
	public static final Set<InfoStatus> OPEN = Set.of(RECEIVED, CLARIFICATION, EXTENDED);

	/**
	 * The body answered: in full, in part, by a refusal or by saying it does not hold the
	 * information.
	 */
	public static final Set<InfoStatus> ANSWERS = Set.of(ANSWERED, ANSWERED_PART, REFUSED, NOT_HELD);

	/** Where requests keep their status and timeline, and how their steps are refused. */
	public static final CaseKind<InfoStatus> CASE = new CaseKind<>("info-request", InfoStatus.class, InfoStepKind.class,
			"info_request", "status", "info_step", "request_id", "kind", CaseKind.ActorColumn.ACTOR_TEXT,
			InfoRequestRefused::new, "info.error.status", CaseKind.DayRule.of("on", "info.step.error.date"));

	public static InfoStatus of(String code) {
		return CaseStatus.of(InfoStatus.class, code);
	}

}
