package org.sawa.inforequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sawa.calendar.WorkingDayCalendar.Pause;
import org.sawa.calendar.WorkingDayCalendar;

/**
 * The deadlines of law 31-13 for one request, from the rule values and the working-day
 * calendar. Pure: the same facts give the same days, which the tests check over weekends,
 * holidays, month and year ends and paused clocks.
 * <ul>
 * <li>The answer is due {@code answer} working days after receipt ({@code urgent_answer}
 * calendar days for an urgent request: the rule's unit decides), the clock stopped while
 * the requester is asked to clarify; an extension adds {@code extension}
 * ({@code urgent_extension}) days of the same unit, once, notified before the first
 * deadline expires.</li>
 * <li>A complaint to the head of the body may be made from the answer (or from the day
 * after the deadline expired unanswered) for {@code complaint_head_window}; the head
 * answers within {@code head_answer}.</li>
 * <li>A complaint to the Commission (CDAI) may follow the head's answer or the expiry of
 * the head's deadline, within {@code complaint_cdai_window}; the Commission decides
 * within {@code cdai_answer}.</li>
 * </ul>
 * A deadline in calendar days that ends on a weekend or a holiday runs to the next
 * working day.
 */
public final class InfoDeadlines {

	/** One rule's length: days, in working days or calendar days. */
	public record Length(int days, boolean workingDays) {
	}

	/** What the engine needs to know of a request. */
	public record Facts(LocalDate receivedOn, boolean urgent, LocalDate extendedOn, List<Pause> pauses,
			LocalDate answeredOn, LocalDate complaintHeadOn, LocalDate headAnsweredOn, LocalDate complaintCdaiOn) {
	}

	/**
	 * The version of the computation below: raised whenever this class or the working-day
	 * calendar changes how a deadline is computed, so that the next start computes every
	 * open request's deadline again ({@link #basis()}; {@code InfoDeadlineBasisTest}
	 * keeps the two classes' sources and this number together).
	 */
	static final int METHOD = 1;

	private final Map<String, Length> rules;

	private final WorkingDayCalendar calendar;

	private final boolean clarificationPauses;

	/**
	 * The law's deadlines, a request for clarification stopping the clock (Sawa's
	 * convention).
	 */
	public InfoDeadlines(Map<String, Length> rules, WorkingDayCalendar calendar) {
		this(rules, calendar, true);
	}

	/**
	 * The law's deadlines; {@code clarificationPauses} false when an administrator
	 * switched Sawa's convention off (the law does not say the clock stops).
	 */
	public InfoDeadlines(Map<String, Length> rules, WorkingDayCalendar calendar, boolean clarificationPauses) {
		this.rules = Map.copyOf(rules);
		this.calendar = calendar;
		this.clarificationPauses = clarificationPauses;
	}

	/** Whether a request for clarification stops the clock (Sawa's convention). */
	public boolean clarificationPauses() {
		return clarificationPauses;
	}

	/** The pauses that stop the clock: none when the convention is off. */
	private List<Pause> pauses(Facts facts) {
		return clarificationPauses ? facts.pauses() : List.of();
	}

	public WorkingDayCalendar calendar() {
		return calendar;
	}

	/**
	 * Everything a deadline depends on besides the request: the method's version, the
	 * rules, the pause convention and the holidays, as one line. Two engines with the
	 * same basis give every request the same deadlines.
	 */
	public String basis() {
		StringBuilder basis = new StringBuilder("method ").append(METHOD)
			.append("; pauses ")
			.append(clarificationPauses)
			.append("; rules");
		rules.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(rule -> basis.append(' ')
				.append(rule.getKey())
				.append('=')
				.append(rule.getValue().days())
				.append(rule.getValue().workingDays() ? "w" : "c"));
		basis.append("; holidays");
		calendar.holidays().forEach(day -> basis.append(' ').append(day));
		return basis.toString();
	}

	private Length rule(String name) {
		Length length = rules.get(name);
		if (length == null) {
			throw new IllegalStateException("access to information rule missing: " + name);
		}
		return length;
	}

	/**
	 * The end of a rule's period from {@code start}, the pauses applying to working days.
	 */
	LocalDate after(LocalDate start, String name, List<Pause> pauses) {
		Length length = rule(name);
		return end(start, length.days(), length.workingDays(), pauses);
	}

	/** The last day of a period in working days or calendar days, the pauses applying. */
	private LocalDate end(LocalDate start, int days, boolean workingDays, List<Pause> pauses) {
		return workingDays ? calendar.deadline(start, days, pauses) : calendar.calendarDeadline(start, days, pauses);
	}

	/**
	 * The first answer deadline (before any extension); null while the clock is paused.
	 */
	public LocalDate firstAnswerDue(Facts facts) {
		return answerDue(facts, false);
	}

	/** The answer deadline, extension included; null while the clock is paused. */
	public LocalDate answerDue(Facts facts) {
		return answerDue(facts, facts.extendedOn() != null);
	}

	/**
	 * The answer's deadline in the rule's unit: working days for an ordinary request
	 * (art. 16), calendar days for an urgent one (art. 17 says "3 days").
	 */
	private LocalDate answerDue(Facts facts, boolean extended) {
		Length answer = rule(facts.urgent() ? "urgent_answer" : "answer");
		int days = answer.days() + (extended ? rule(facts.urgent() ? "urgent_extension" : "extension").days() : 0);
		return end(facts.receivedOn(), days, answer.workingDays(), pauses(facts));
	}

	/**
	 * Whether the body may extend on {@code day}: once, on or before the first deadline,
	 * clock running.
	 */
	public boolean mayExtend(Facts facts, LocalDate day) {
		LocalDate first = firstAnswerDue(facts);
		return facts.extendedOn() == null && first != null && !day.isAfter(first);
	}

	/** Whether the request is unanswered past its deadline on {@code day}. */
	public boolean overdue(Facts facts, LocalDate day) {
		LocalDate due = answerDue(facts);
		return facts.answeredOn() == null && due != null && day.isAfter(due);
	}

	/**
	 * The day the window for a complaint to the head of the body opens: the answer's day,
	 * or the day after an unanswered deadline; null while neither has happened by
	 * {@code day}.
	 */
	public LocalDate headComplaintOpens(Facts facts, LocalDate day) {
		if (facts.answeredOn() != null) {
			return facts.answeredOn();
		}
		LocalDate due = answerDue(facts);
		return due != null && day.isAfter(due) ? due.plusDays(1) : null;
	}

	/**
	 * The last day a complaint to the head may be made (from the answer, or from the
	 * expired deadline).
	 */
	public LocalDate headComplaintCloses(Facts facts, LocalDate day) {
		LocalDate base = facts.answeredOn() != null ? facts.answeredOn() : answerDue(facts);
		return headComplaintOpens(facts, day) == null ? null : after(base, "complaint_head_window", List.of());
	}

	public boolean mayComplainToHead(Facts facts, LocalDate day) {
		LocalDate closes = headComplaintCloses(facts, day);
		return facts.complaintHeadOn() == null && closes != null && !day.isAfter(closes);
	}

	/** The head's answer deadline; null before a complaint. */
	public LocalDate headAnswerDue(Facts facts) {
		return facts.complaintHeadOn() == null ? null : after(facts.complaintHeadOn(), "head_answer", List.of());
	}

	/**
	 * Whether a complaint to the Commission may be made on {@code day}: after the head
	 * answered or the head's deadline expired, and within the window from then.
	 */
	public boolean mayComplainToCommission(Facts facts, LocalDate day) {
		if (facts.complaintHeadOn() == null || facts.complaintCdaiOn() != null) {
			return false;
		}
		LocalDate base = facts.headAnsweredOn() != null ? facts.headAnsweredOn() : headAnswerDue(facts);
		boolean open = facts.headAnsweredOn() != null || day.isAfter(base);
		return open && !day.isAfter(after(base, "complaint_cdai_window", List.of()));
	}

	/**
	 * The last day of the window for a complaint to the Commission; null before a
	 * complaint to the head.
	 */
	public LocalDate commissionComplaintCloses(Facts facts) {
		if (facts.complaintHeadOn() == null) {
			return null;
		}
		LocalDate base = facts.headAnsweredOn() != null ? facts.headAnsweredOn() : headAnswerDue(facts);
		return after(base, "complaint_cdai_window", List.of());
	}

	/** The Commission's deadline; null before a complaint to it. */
	public LocalDate commissionAnswerDue(Facts facts) {
		return facts.complaintCdaiOn() == null ? null : after(facts.complaintCdaiOn(), "cdai_answer", List.of());
	}

	/**
	 * The day a reminder is due before {@code due}: the {@code reminder_before} working
	 * days before it.
	 */
	public LocalDate reminderOn(LocalDate due) {
		int days = rule("reminder_before").days();
		LocalDate day = due;
		int counted = 0;
		while (counted < days) {
			day = day.minusDays(1);
			if (calendar.isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

}
