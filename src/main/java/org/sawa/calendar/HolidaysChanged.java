package org.sawa.calendar;

import java.time.LocalDate;

/**
 * A holiday was added, moved, confirmed or removed: every open deadline that runs over
 * that day is to be computed again. Published in the transaction of the change.
 */
public record HolidaysChanged(LocalDate day) {
}
