package org.sawa.budget;

import java.time.Instant;

/**
 * A collectivity's budget for a year, as last imported: the language its labels were
 * written in, where the figures come from (as staff wrote it), and when it was published
 * (null while only staff see it).
 */
public record Budget(long id, long territoryId, int year, String language, String source, String currency,
		Instant importedAt, Instant publishedAt) {

	public boolean published() {
		return publishedAt != null;
	}

}
