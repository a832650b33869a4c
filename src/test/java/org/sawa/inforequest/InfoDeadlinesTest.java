package org.sawa.inforequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sawa.calendar.WorkingDayCalendar.Pause;
import org.sawa.calendar.WorkingDayCalendar;
import org.sawa.inforequest.InfoDeadlines.Facts;
import org.sawa.inforequest.InfoDeadlines.Length;

/**
 * The deadlines of law 31-13 over a table of dates, with the values seeded in the rule
 * table (urgent requests in calendar days, art. 17) and the holidays of 2025 to 2027 that
 * fall on working days: the fixed ones (31 October only from 2026), the religious ones of
 * 2025 as the Ministry of Habous announced them, and those of 2026 and 2027 as Sawa
 * computes them provisionally. Each expected day was counted by hand on a calendar.
 */
class InfoDeadlinesTest {

	static final Set<LocalDate> HOLIDAYS = Set.of(
			// 2025: fixed (11 January is a Saturday; 31 October 2025 was a working day)
			LocalDate.parse("2025-01-01"), LocalDate.parse("2025-01-14"), LocalDate.parse("2025-05-01"),
			LocalDate.parse("2025-07-30"), LocalDate.parse("2025-08-14"), LocalDate.parse("2025-08-20"),
			LocalDate.parse("2025-08-21"), LocalDate.parse("2025-11-06"), LocalDate.parse("2025-11-18"),
			// 2025: religious, as announced
			LocalDate.parse("2025-03-31"), LocalDate.parse("2025-04-01"), LocalDate.parse("2025-06-07"),
			LocalDate.parse("2025-06-08"), LocalDate.parse("2025-06-27"), LocalDate.parse("2025-09-05"),
			LocalDate.parse("2025-09-06"),
			// 2026: fixed
			LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-14"), LocalDate.parse("2026-05-01"),
			LocalDate.parse("2026-07-30"), LocalDate.parse("2026-08-14"), LocalDate.parse("2026-08-20"),
			LocalDate.parse("2026-08-21"), LocalDate.parse("2026-11-06"), LocalDate.parse("2026-11-18"),
			// 2026 and 2027: religious, provisional
			LocalDate.parse("2026-03-21"), LocalDate.parse("2026-03-22"), LocalDate.parse("2026-05-28"),
			LocalDate.parse("2026-05-29"), LocalDate.parse("2026-06-17"), LocalDate.parse("2026-08-26"),
			LocalDate.parse("2026-08-27"), LocalDate.parse("2027-03-10"), LocalDate.parse("2027-03-11"));

	static final InfoDeadlines LAW = new InfoDeadlines(Map.of("answer", new Length(20, true), "extension",
			new Length(20, true), "urgent_answer", new Length(3, false), "urgent_extension", new Length(3, false),
			"complaint_head_window", new Length(20, true), "head_answer", new Length(15, true), "complaint_cdai_window",
			new Length(30, false), "cdai_answer", new Length(30, false), "reminder_before", new Length(3, true)),
			new WorkingDayCalendar(HOLIDAYS));

	static Facts received(String day, boolean urgent, String extendedOn, List<Pause> pauses) {
		return new Facts(LocalDate.parse(day), urgent, extendedOn == null ? null : LocalDate.parse(extendedOn), pauses,
				null, null, null, null);
	}

	static LocalDate day(String text) {
		return text == null ? null : LocalDate.parse(text);
	}

	@ParameterizedTest(name = "{4}: received {0}, urgent {1}, extended {2}, due {3}")
	@CsvSource(nullValues = "-",
			textBlock = """
					2026-11-02, false, -,          2026-12-02, two November holidays (6th and 18th) skipped
					2025-12-17, false, -,          2026-01-16, across the year end with 1 and 14 January skipped
					2026-02-28, false, -,          2026-03-27, received on a Saturday and across the month end
					2026-04-30, true,  -,          2026-05-04, urgent on a Thursday before 1 May: 3 calendar days end on Sunday and run to Monday
					2026-04-30, true,  2026-05-04, 2026-05-06, urgent and extended once by 3 calendar days
					2026-11-05, true,  -,          2026-11-09, urgent on the Thursday before the Green March holiday: 3 calendar days
					2026-11-02, false, 2026-11-20, 2026-12-30, extended once by 20 working days
					2025-03-24, false, -,          2025-04-23, across Eid al-Fitr 2025 as announced (31 March and 1 April)
					2025-10-29, false, -,          2025-11-28, 31 October 2025 was a working day; 6 and 18 November skipped
					2026-08-24, false, -,          2026-09-23, across the provisional Mawlid 2026 (26 and 27 August)
					2027-03-08, false, -,          2027-04-07, across the provisional Eid al-Fitr 2027 (10 and 11 March)
					""")
	void the_answer_is_due_as_the_law_counts(String receivedOn, boolean urgent, String extendedOn, String due,
			String why) {
		assertThat(LAW.answerDue(received(receivedOn, urgent, extendedOn, List.of()))).as(why).isEqualTo(day(due));
	}

	@Test
	void a_clarification_stops_the_clock_from_the_day_after_it_is_asked_to_the_day_it_arrives() {
		// asked on Thursday 5 November, answered by the requester on Tuesday 10 November:
		// the 3
		// working days before count, 6-10 November do not, counting resumes on the 11th
		Facts paused = received("2026-11-02", false, null,
				List.of(new Pause(LocalDate.parse("2026-11-05"), LocalDate.parse("2026-11-10"))));
		assertThat(LAW.answerDue(paused)).isEqualTo("2026-12-04");
		Facts stillPaused = received("2026-11-02", false, null,
				List.of(new Pause(LocalDate.parse("2026-11-05"), null)));
		assertThat(LAW.answerDue(stillPaused)).as("no deadline runs while the clock is stopped").isNull();
		assertThat(LAW.overdue(stillPaused, LocalDate.parse("2027-06-01"))).isFalse();
	}

	@Test
	void an_extension_is_allowed_once_and_only_up_to_the_first_deadline() {
		Facts fresh = received("2026-11-02", false, null, List.of());
		assertThat(LAW.mayExtend(fresh, LocalDate.parse("2026-12-02"))).as("on the last day").isTrue();
		assertThat(LAW.mayExtend(fresh, LocalDate.parse("2026-12-03"))).as("once the deadline has expired").isFalse();
		Facts extended = received("2026-11-02", false, "2026-11-20", List.of());
		assertThat(LAW.mayExtend(extended, LocalDate.parse("2026-11-23"))).as("a second time").isFalse();
	}

	@Test
	void a_request_is_overdue_the_day_after_its_deadline_unanswered() {
		Facts fresh = received("2026-11-02", false, null, List.of());
		assertThat(LAW.overdue(fresh, LocalDate.parse("2026-12-02"))).isFalse();
		assertThat(LAW.overdue(fresh, LocalDate.parse("2026-12-03"))).isTrue();
		Facts answered = new Facts(LocalDate.parse("2026-11-02"), false, null, List.of(), LocalDate.parse("2026-12-01"),
				null, null, null);
		assertThat(LAW.overdue(answered, LocalDate.parse("2027-01-10"))).isFalse();
	}

	@Test
	void the_complaint_to_the_head_runs_from_the_answer_or_from_the_expired_deadline() {
		Facts answered = new Facts(LocalDate.parse("2026-11-02"), false, null, List.of(), LocalDate.parse("2026-12-01"),
				null, null, null);
		assertThat(LAW.mayComplainToHead(answered, LocalDate.parse("2026-12-01"))).isTrue();
		assertThat(LAW.headComplaintCloses(answered, LocalDate.parse("2026-12-01"))).isEqualTo("2026-12-29");
		assertThat(LAW.mayComplainToHead(answered, LocalDate.parse("2026-12-29"))).isTrue();
		assertThat(LAW.mayComplainToHead(answered, LocalDate.parse("2026-12-30"))).as("window closed").isFalse();

		Facts unanswered = received("2026-11-02", false, null, List.of());
		assertThat(LAW.mayComplainToHead(unanswered, LocalDate.parse("2026-12-02"))).as("deadline not yet expired")
			.isFalse();
		assertThat(LAW.mayComplainToHead(unanswered, LocalDate.parse("2026-12-03"))).isTrue();
		assertThat(LAW.headComplaintCloses(unanswered, LocalDate.parse("2026-12-03"))).isEqualTo("2026-12-30");
		assertThat(LAW.mayComplainToHead(unanswered, LocalDate.parse("2026-12-31"))).isFalse();
	}

	@Test
	void the_commission_may_be_seized_once_the_head_answered_or_let_their_deadline_pass() {
		Facts complained = new Facts(LocalDate.parse("2026-11-02"), false, null, List.of(), null,
				LocalDate.parse("2026-12-03"), null, null);
		assertThat(LAW.headAnswerDue(complained)).isEqualTo("2026-12-24");
		assertThat(LAW.mayComplainToCommission(complained, LocalDate.parse("2026-12-24"))).isFalse();
		assertThat(LAW.mayComplainToCommission(complained, LocalDate.parse("2026-12-25"))).isTrue();
		// 30 calendar days after 24 December is Saturday 23 January: the window runs to
		// Monday 25th
		assertThat(LAW.commissionComplaintCloses(complained)).isEqualTo("2027-01-25");
		assertThat(LAW.mayComplainToCommission(complained, LocalDate.parse("2027-01-25"))).isTrue();
		assertThat(LAW.mayComplainToCommission(complained, LocalDate.parse("2027-01-26"))).isFalse();

		Facts headAnswered = new Facts(LocalDate.parse("2026-11-02"), false, null, List.of(), null,
				LocalDate.parse("2026-12-03"), LocalDate.parse("2026-12-10"), null);
		assertThat(LAW.mayComplainToCommission(headAnswered, LocalDate.parse("2026-12-10"))).isTrue();

		Facts atCommission = new Facts(LocalDate.parse("2026-11-02"), false, null, List.of(), null,
				LocalDate.parse("2026-12-03"), null, LocalDate.parse("2027-01-04"));
		assertThat(LAW.commissionAnswerDue(atCommission)).isEqualTo("2027-02-03");
		assertThat(LAW.mayComplainToCommission(atCommission, LocalDate.parse("2027-01-05"))).as("only once").isFalse();
	}

	@Test
	void officers_are_reminded_three_working_days_before_a_deadline() {
		assertThat(LAW.reminderOn(LocalDate.parse("2026-12-02"))).isEqualTo("2026-11-27");
		assertThat(LAW.reminderOn(LocalDate.parse("2026-11-20"))).as("18 November skipped").isEqualTo("2026-11-16");
	}

}
