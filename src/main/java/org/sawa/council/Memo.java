package org.sawa.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An advisory memo (or a consultative body's opinion) to a council from an association or
 * one of the council's consultative bodies, and how the council examined it: outcome and
 * what it changed.
 */
public record Memo(long id, long councilId, String reference, String authorKind, Long organisationId, Long bodyId,
		String genre, String title, String summary, String language, LocalDate submittedOn, MemoState state,
		Long committeeId, String outcome, String changeKind, String changeText, List<Step> steps) {

	/** A dated step of the memo's path, with the staff note. */
	public record Step(MemoState state, LocalDate onDay, String note, long byPerson, Instant at) {
	}

	/** The same memo with its texts as a reader sees them (versions in her language). */
	public Memo withTexts(String title, String summary, String changeText) {
		return new Memo(id, councilId, reference, authorKind, organisationId, bodyId, genre, title, summary, language,
				submittedOn, state, committeeId, outcome, changeKind, changeText, steps);
	}

	public boolean examined() {
		return state == MemoState.EXAMINED;
	}
}
