package org.sawa.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The system clock in Morocco's time zone, which can be set back for a while: the demo
 * loads its history through the application's own services on the days it happened (a
 * petition opened five months ago, signed over the following weeks), and tests move time
 * forward. In production nothing shifts it, and it is the system clock.
 */
public class ShiftableClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	/** The shift of the thread doing {@link #during} work, added to the offset. */
	private final ThreadLocal<Duration> shift = ThreadLocal.withInitial(() -> Duration.ZERO);

	/**
	 * Runs the work as if it were that day (at the present time of day), then comes back
	 * to the present. Only for the thread doing the work: the demo loads its history in
	 * the background while the site already answers in the present.
	 */
	public void during(LocalDate day, Runnable work) {
		Duration before = shift.get();
		// the same time of day on that day in Morocco, whose offset from UTC differs in
		// Ramadan: a whole number of days would land on the day before around midnight
		java.time.ZonedDateTime now = java.time.ZonedDateTime.now(this);
		shift.set(before.plus(Duration.between(now, now.with(day))));
		try {
			work.run();
		}
		finally {
			shift.set(before);
		}
	}

	/** The same, for work that answers something (the number of what it made). */
	public <T> T during(LocalDate day, java.util.function.Supplier<T> work) {
		java.util.concurrent.atomic.AtomicReference<T> made = new java.util.concurrent.atomic.AtomicReference<>();
		during(day, () -> made.set(work.get()));
		return made.get();
	}

	/** Moves time forward (or back, with a negative duration) until {@link #reset()}. */
	public void advance(Duration by) {
		offset = offset.plus(by);
	}

	public void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return WorkingDays.MOROCCO;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), offset.plus(shift.get()));
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset).plus(shift.get());
	}

}
