package org.sawa.account;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone took part: a signature, a request, a comment, a vote, an attendance, a
 * feedback. {@code channel} names the kind of participation (e.g.
 * {@code petition.signature}). The participation lens (module lens) turns these events
 * into disaggregated counts; no identity travels with them.
 */
public record ParticipationRecorded(UUID id, String channel, long territoryId, Instant at,
		DemographicSnapshot snapshot) {
}
