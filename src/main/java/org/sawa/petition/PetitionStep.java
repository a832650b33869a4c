package org.sawa.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One step of a petition's public timeline: the status it reached, the day it took effect
 * in law (e.g. the date of the bureau's decision), when it was recorded, its note
 * (receipt number, committee, reasons, answer) and its documents.
 */
public record PetitionStep(PetitionStatus status, Instant at, LocalDate onDay, String note,
		List<DocumentLink> documents) {

	public record DocumentLink(long id, String fileName) {
	}
}
