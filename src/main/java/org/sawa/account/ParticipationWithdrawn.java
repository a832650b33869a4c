package org.sawa.account;

import java.time.Instant;
import java.util.UUID;

/**
 * An act of participation recorded earlier no longer counts as it was: staff corrected
 * the record (the day of a session, the sex of the councillor who spoke). It carries what
 * the earlier {@link ParticipationRecorded} carried, so the lens takes that one count
 * back; the corrected act is recorded anew.
 */
public record ParticipationWithdrawn(UUID id, String channel, long territoryId, Instant at,
		DemographicSnapshot snapshot) {
}
