package org.sawa.capacity;

/**
 * Someone a programme works with; {@code councillorId} links an elected participant to
 * the council records.
 */
public record Participant(long id, long programmeId, String fullName, String sex, Integer birthYear, String kind,
		Long communeId, Long organisationId, Long councillorId) {
}
