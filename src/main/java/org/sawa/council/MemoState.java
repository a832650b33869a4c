package org.sawa.council;

import org.sawa.casework.CaseKind;
import org.sawa.casework.CaseStatus;

/**
 * Where an advisory memo stands, as the CHECK list of {@code council_memo.state} names
 * it.
 */
public enum MemoState implements CaseStatus {

	SUBMITTED, RECEIVED, REFERRED, EXAMINED;

	/** Where memos keep their state and steps, and how their steps are refused. */
	public static final CaseKind<MemoState> CASE = new CaseKind<>("memo", MemoState.class, MemoState.class,
			"council_memo", "state", "council_memo_step", "memo_id", "state", CaseKind.ActorColumn.BY_PERSON,
			CouncilRefused::new, "council.error.memoState",
			new CaseKind.DayRule("onDay", "validation.date", "council.error.future", "council.error.stepBefore"));

	public static MemoState of(String code) {
		return CaseStatus.of(MemoState.class, code);
	}

}
