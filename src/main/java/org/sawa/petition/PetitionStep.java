package org.sawa.petition;

import java.time.Instant;

/** One step of a petition's public timeline: the status it reached, when, with its note and document. */
public record PetitionStep(String status, Instant at, String note, String document) {
}
