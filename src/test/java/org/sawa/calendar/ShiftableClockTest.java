package org.sawa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * Work done "as if it were that day" happens on that day in Morocco at any hour, also on
 * a day of Ramadan, when Morocco's clocks are an hour behind the rest of the year: the
 * demo created a project dated the day before (refused as "in the future") when it loaded
 * between midnight and one o'clock.
 */
class ShiftableClockTest {

	@Test
	void a_day_of_ramadan_just_after_midnight_is_that_day() {
		ShiftableClock clock = new ShiftableClock();
		// move the clock to 00:30 in Morocco, the next night
		ZonedDateTime now = ZonedDateTime.now(clock);
		ZonedDateTime halfPastMidnight = now.toLocalDate()
			.plusDays(1)
			.atTime(LocalTime.of(0, 30))
			.atZone(clock.getZone());
		clock.advance(Duration.between(now, halfPastMidnight));
		assertThat(LocalTime.now(clock)).isBetween(LocalTime.of(0, 29), LocalTime.of(0, 32));
		// 10 March 2025: Ramadan, Morocco at UTC+0; 10 July 2025: UTC+1
		for (LocalDate day : new LocalDate[] { LocalDate.of(2025, 3, 10), LocalDate.of(2025, 7, 10) }) {
			LocalDate seen = clock.during(day, () -> LocalDate.now(clock));
			assertThat(seen).isEqualTo(day);
		}
		// and the shift ends with the work
		assertThat(LocalTime.now(clock)).isBetween(LocalTime.of(0, 29), LocalTime.of(0, 33));
	}

}
