package org.sawa.support;

import java.time.LocalDate;
import org.sawa.calendar.ShiftableClock;

/**
 * The application's clock in tests: the real time in Morocco, moved forward by what a
 * test asks ({@link #advance}). A test that moves it puts it back ({@link #reset()}) in a
 * {@code finally}, since one application context serves every test class.
 */
public final class MovableClock extends ShiftableClock {

	public static final MovableClock INSTANCE = new MovableClock();

	private MovableClock() {
	}

	/** Today in Morocco, as the application sees it. */
	public static LocalDate today() {
		return LocalDate.now(INSTANCE);
	}

}
