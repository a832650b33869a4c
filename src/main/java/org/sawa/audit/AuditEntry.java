package org.sawa.audit;

import java.time.Instant;

/**
 * One audit entry: who did what to which record, when, chained by its hash to the
 * previous entry.
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String subject, String details,
		String previousHash, String hash) {
}
