package org.sawa.capacity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A training, seminar or workshop of a programme. */
public record Activity(long id, long programmeId, String kind, String topic, LocalDate heldOn, BigDecimal hours,
		String mode, String place, String trainers, long territoryId) {
}
