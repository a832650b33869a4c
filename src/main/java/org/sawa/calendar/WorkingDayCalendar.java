package org.sawa.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Deadline arithmetic in working days (Monday to Friday, holidays excepted), as the laws
 * on petitions and on access to information count them:
 * <ul>
 * <li>the day of the starting event (receipt) is not counted; the first day counted is
 * the next working day, and a deadline of {@code n} working days ends at the end of the
 * {@code n}th;</li>
 * <li>while the clock is paused (e.g. the body asked the requester to clarify), no day
 * counts: a pause covers the days after it began up to and including the day it ended, so
 * the day the clarification arrives starts nothing and counting resumes the next working
 * day.</li>
 * </ul>
 * Immutable; built from the holidays the {@link WorkingDays} service reads.
 */
public final class WorkingDayCalendar {

	/**
	 * A paused clock: from {@code from} (exclusive) to {@code until} (inclusive);
	 * {@code until} null while still paused.
	 */
	public record Pause(LocalDate from, LocalDate until) {

		boolean covers(LocalDate day) {
			return day.isAfter(from) && (until == null || !day.isAfter(until));
		}
	}

	private final Set<LocalDate> holidays;

	public WorkingDayCalendar(Set<LocalDate> holidays) {
		this.holidays = Set.copyOf(holidays);
	}

	/** The holidays, in date order. */
	public List<LocalDate> holidays() {
		return holidays.stream().sorted().toList();
	}

	public boolean isWorkingDay(LocalDate day) {
		DayOfWeek weekday = day.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
	}

	/**
	 * The day itself if it is a working day, else the next working day: where a deadline
	 * in months or calendar days ends on a weekend or a holiday, it runs to the next
	 * working day.
	 */
	public LocalDate onOrAfter(LocalDate day) {
		LocalDate current = day;
		while (!isWorkingDay(current)) {
			current = current.plusDays(1);
		}
		return current;
	}

	/** The last day of a deadline of {@code days} working days from {@code start}. */
	public LocalDate deadline(LocalDate start, int days) {
		return deadline(start, days, List.of());
	}

	/**
	 * The last day of a deadline of {@code days} working days from {@code start}, the
	 * clock stopped during the pauses; null while the last pause is still open (no
	 * deadline runs).
	 */
	public LocalDate deadline(LocalDate start, int days, List<Pause> pauses) {
		return count(start, days, pauses, this::isWorkingDay);
	}

	/**
	 * The day on which {@code days} days that {@code count} accepts have passed after
	 * {@code start}, no day of a pause counting; null while the last pause is still open.
	 */
	private static LocalDate count(LocalDate start, int days, List<Pause> pauses, Predicate<LocalDate> count) {
		if (days < 0) {
			throw new IllegalArgumentException("a deadline is not negative: " + days);
		}
		if (pauses.stream().anyMatch(p -> p.until() == null)) {
			return null;
		}
		LocalDate day = start;
		int counted = 0;
		while (counted < days) {
			day = day.plusDays(1);
			LocalDate current = day;
			if (count.test(current) && pauses.stream().noneMatch(p -> p.covers(current))) {
				counted++;
			}
		}
		return day;
	}

	/**
	 * How many working days have run from {@code start} (not counted) to {@code end}
	 * (counted), pauses excepted: 0 when {@code end} is not after {@code start}.
	 */
	public int elapsed(LocalDate start, LocalDate end, List<Pause> pauses) {
		int counted = 0;
		for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
			LocalDate current = day;
			if (isWorkingDay(current) && pauses.stream().noneMatch(p -> p.covers(current))) {
				counted++;
			}
		}
		return counted;
	}

	/**
	 * The last day of a deadline of {@code days} calendar days from {@code start} (not
	 * counted), the days of the pauses not counted; a last day that is not a working day
	 * runs to the next working day. Null while the last pause is still open.
	 */
	public LocalDate calendarDeadline(LocalDate start, int days, List<Pause> pauses) {
		LocalDate last = count(start, days, pauses, day -> true);
		return last == null ? null : onOrAfter(last);
	}

}
