package org.sawa.consultation;

import java.time.Instant;
import java.util.List;

/**
 * A resident's proposal to a consultation, numbered within it: its text as typed and as
 * safe HTML, its category and optional place, who wrote it (and for which association),
 * the counts shown beside it, whether a moderator hid it, and the council's answer; a
 * proposal collected in a workshop or on paper names its gathering (its author is the
 * staff member who typed it in).
 */
public record Proposal(long id, long processId, int number, String title, String body, String bodyHtml, String category,
		Long communeId, String place, long authorId, Long organisationId, Instant createdAt, int endorsements,
		int comments, int reports, String state, String hiddenReason, String answer, String answerText,
		Instant answeredAt, Long gatheringId) {

	/** What a proposal is about, for filtering and for the synthesis. */
	public static final List<String> CATEGORIES = List.of("jobs", "agriculture", "education", "health", "water",
			"environment", "transport", "culture", "inclusion", "governance", "other");

	/** The council's answers. */
	public static final List<String> ANSWERS = List.of("accepted", "partial", "rejected", "planned");

	/** Whether its text is shown: not hidden by a moderator nor waiting for one. */
	public boolean shown() {
		return "published".equals(state);
	}

	public boolean answered() {
		return answer != null;
	}

}
