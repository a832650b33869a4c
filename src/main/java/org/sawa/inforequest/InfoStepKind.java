package org.sawa.inforequest;

import org.sawa.casework.CaseStatus;

/**
 * What a step of a request's timeline records: a status reached, or one of the two steps
 * that leave the status where it was (the requester's clarification returns the request
 * to received or extended; the head's answer to a complaint keeps it under complaint).
 * The CHECK list of {@code info_step.kind}.
 */
public enum InfoStepKind implements CaseStatus {

	RECEIVED, CLARIFICATION, CLARIFIED, EXTENDED, ANSWERED, ANSWERED_PART, REFUSED, TRANSFERRED, NOT_HELD, WITHDRAWN,
	COMPLAINT_HEAD, HEAD_ANSWERED, COMPLAINT_CDAI, CLOSED;

	public static InfoStepKind of(String code) {
		return CaseStatus.of(InfoStepKind.class, code);
	}

}
