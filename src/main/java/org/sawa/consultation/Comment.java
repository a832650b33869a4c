package org.sawa.consultation;

import java.time.Instant;

/**
 * A comment on a proposal, or a reply to one ({@code parentId}); replies are not answered
 * in turn (one level).
 */
public record Comment(long id, long proposalId, Long parentId, String body, long authorId, Instant createdAt,
		int reports, String state, String hiddenReason) {

	public boolean shown() {
		return "published".equals(state);
	}

}
