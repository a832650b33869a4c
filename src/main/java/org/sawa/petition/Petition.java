package org.sawa.petition;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A petition to a territorial council. {@code threshold} and {@code spreadMinimum} are
 * what the rules gave when collection opened (null for a draft).
 */
public record Petition(long id, String reference, long territoryId, String level, String title, String body,
		String requested, String language, String petitionerKind, long agentId, Long organisationId,
		PetitionStatus status, Integer threshold, Integer spreadMinimum, Instant createdAt, Instant openedAt,
		Instant depositedAt, LocalDate decisionDue) {

	public boolean collecting() {
		return status == PetitionStatus.COLLECTING;
	}

	/** An association petitions in its own name: it takes no signatures. */
	public boolean byAssociation() {
		return "association".equals(petitionerKind);
	}

	/** Whether people may sign now: a citizens' petition while it collects. */
	public boolean takesSignatures() {
		return collecting() && !byAssociation();
	}
}
