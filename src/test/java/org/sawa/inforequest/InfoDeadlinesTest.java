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
 * table and the fixed holidays of 2026 that fall on working days (1 and 14 January, 1
 * May, 6 and 18 November). Each expected day was counted by hand on a calendar.
 */
class InfoDeadlinesTest {

	static final InfoDeadlines LAW = new InfoDeadlines(Map.of("answer", new Length(20, true), "extension",
			new Length(20, true), "urgent_answer", new Length(3, true), "urgent_extension", new Length(3, true),
			"complaint_head_window", new Length(20, true), "head_answer", new Length(15, true), "complaint_cdai_window",
			new Length(30, false), "cdai_answer", new Length(30, false), "reminder_before", new Length(3, true)),
			new WorkingDayCalendar(Set.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-14"),
					LocalDate.parse("2026-05-01"), LocalDate.parse("2026-11-06"), LocalDate.parse("2026-11-18"))));

	static Facts received(String day, boolean urgent, String extendedOn, List<Pause> pauses) {
		return new Facts(LocalDate.parse(day), urgent, extendedOn == null ? null : LocalDate.parse(extendedOn), pauses,
				null, null, null, null);
	}

	static LocalDate day(String text) {
		return text == null ? null : LocalDate.parse(text);
	}

	@ParameterizedTest(name = "{4}: received {0}, urgent {1}, extended {2}, due {3}")
	@CsvSource(nullValues = "-", textBlock = """
			2026-11-02, false, -,          2026-12-02, two November holidays (6th and 18th) skipped
			2025-12-17, false, -,          2026-01-16, across the year end with 1 and 14 January skipped
			2026-02-28, false, -,          2026-03-27, received on a Saturday and across the month end
			2026-04-30, true,  -,          2026-05-06, urgent: 3 working days with 1 May skipped
			2026-04-30, true,  2026-05-04, 2026-05-11, urgent and extended by 3 working days
			2026-11-02, false, 2026-11-20, 2026-12-30, extended once by 20 working days
			""")
	void the_answer_is_due_in_working_days(String receivedOn, boolean urgent, String extendedOn, String due,
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
