package org.sawa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deadlines in working days over weekends, holidays, month and year ends, and paused
 * clocks.
 */
class WorkingDayCalendarTest {

	/** Morocco's fixed national holidays of 2025 and 2026. */
	private static Set<LocalDate> nationalHolidays() {
		Set<LocalDate> days = new HashSet<>();
		for (int year = 2025; year <= 2026; year++) {
			for (String monthDay : List.of("01-01", "01-11", "01-14", "05-01", "07-30", "08-14", "08-20", "08-21",
					"11-06", "11-18")) {
				days.add(LocalDate.parse(year + "-" + monthDay));
			}
		}
		return days;
	}

	private final WorkingDayCalendar calendar = new WorkingDayCalendar(nationalHolidays());

	@ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
	@CsvSource(delimiter = '|', textBlock = """
			2026-11-20 | 1  | 2026-11-23 | Friday to Monday over the weekend
			2026-11-21 | 1  | 2026-11-23 | received on a Saturday: Monday is the first day
			2026-11-05 | 1  | 2026-11-09 | Green March on Friday 6 November
			2026-11-02 | 20 | 2026-12-02 | the ordinary 20 days over two holidays and into December
			2025-12-24 | 5  | 2025-12-31 | Christmas is a working day in Morocco
			2025-12-24 | 6  | 2026-01-02 | over New Year's Day into the next year
			2026-07-24 | 5  | 2026-08-03 | over Throne Day and the end of July
			2026-08-12 | 5  | 2026-08-24 | Oued Ed-Dahab, then the 20 and 21 August
			2026-01-09 | 3  | 2026-01-15 | Amazigh New Year on Wednesday 14 January
			2026-03-02 | 0  | 2026-03-02 | no days: the start itself
			""")
	void deadlines_skip_weekends_and_holidays(LocalDate start, int days, LocalDate expected, String why) {
		assertThat(calendar.deadline(start, days)).as(why).isEqualTo(expected);
		assertThat(calendar.elapsed(start, expected, List.of())).as("the days run up to the deadline").isEqualTo(days);
	}

	@Test
	void a_paused_clock_stops_from_the_day_after_it_was_paused_to_the_day_it_resumed() {
		LocalDate receipt = LocalDate.parse("2026-03-02");
		// four days run (3 to 6 March), clarification asked on Friday 6 March, answered
		// Wednesday 18 March
		WorkingDayCalendar.Pause clarification = new WorkingDayCalendar.Pause(LocalDate.parse("2026-03-06"),
				LocalDate.parse("2026-03-18"));
		assertThat(calendar.deadline(receipt, 20, List.of(clarification))).isEqualTo(LocalDate.parse("2026-04-09"));
		assertThat(calendar.elapsed(receipt, LocalDate.parse("2026-03-18"), List.of(clarification))).isEqualTo(4);

		// a religious holiday an administrator entered moves it one day more
		Set<LocalDate> withEid = nationalHolidays();
		withEid.add(LocalDate.parse("2026-03-20"));
		assertThat(new WorkingDayCalendar(withEid).deadline(receipt, 20, List.of(clarification)))
			.isEqualTo(LocalDate.parse("2026-04-10"));
	}

	@Test
	void while_the_clock_is_paused_no_deadline_runs() {
		WorkingDayCalendar.Pause open = new WorkingDayCalendar.Pause(LocalDate.parse("2026-03-06"), null);
		assertThat(calendar.deadline(LocalDate.parse("2026-03-02"), 20, List.of(open))).isNull();
		assertThat(calendar.elapsed(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-31"), List.of(open)))
			.isEqualTo(4);
	}

	@Test
	void a_negative_deadline_is_a_mistake() {
		assertThatThrownBy(() -> calendar.deadline(LocalDate.parse("2026-03-02"), -1))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
