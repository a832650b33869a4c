package org.sawa.inforequest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sawa.storage.StoredFile;

/**
 * One step of a request's timeline: what happened, on which day in law, by whom, with
 * what was said and attached.
 */
public record InfoStep(long id, InfoStepKind kind, LocalDate onDay, String actor, String note, String publicNote,
		Instant at, List<StoredFile> attachments) {
}
