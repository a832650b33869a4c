package org.sawa.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.sawa.calendar.WorkingDays;

/**
 * The application's clock in tests: the real time in Morocco, moved forward by what a
 * test asks. A test that moves it puts it back ({@link #reset()}) in a {@code finally},
 * since one application context serves every test class.
 */
public final class MovableClock extends Clock {

	public static final MovableClock INSTANCE = new MovableClock();

	private volatile Duration offset = Duration.ZERO;

	private MovableClock() {
	}

	/** Today in Morocco, as the application sees it. */
	public static LocalDate today() {
		return LocalDate.now(INSTANCE);
	}

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
		return Clock.offset(Clock.system(zone), offset);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset);
	}

}
