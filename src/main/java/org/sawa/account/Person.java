package org.sawa.account;

import java.time.Instant;

/**
 * A person's account and self-declared profile. Every demographic field may be null: not
 * stated.
 */
public record Person(long id, String email, String passwordHash, String displayName, String preferredLanguage,
		Instant emailConfirmedAt, Instant createdAt, String sex, Integer birthYear, Boolean disability,
		Long residenceTerritoryId) {
}
