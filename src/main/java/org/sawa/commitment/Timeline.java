package org.sawa.commitment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The milestones placed on the plan's period, as percentages of its width, for a chart
 * drawn beside the milestones' table (which carries the same dates): 1 January of each
 * year and today (when within the period) mark the axis.
 */
public record Timeline(List<Bar> bars, List<Tick> ticks, Double today, LocalDate from, LocalDate to) {

	/**
	 * A milestone's bar, with a sign for its status so that statuses differ in more than
	 * colour.
	 */
	public record Bar(int position, double start, double width, String status, boolean overdue) {

		public String symbol() {
			return Timeline.symbol(status);
		}
	}

	/** The sign of a milestone status, shown beside its colour. */
	public static String symbol(String status) {
		return switch (status) {
			case "finished" -> "✓";
			case "in_progress" -> "►";
			case "stuck" -> "!";
			case "incomplete" -> "✕";
			default -> "○";
		};
	}

	public record Tick(int year, double at) {
	}

	public static Timeline of(ActionPlan plan, List<Milestone> milestones, LocalDate today) {
		LocalDate from = plan.startsOn();
		LocalDate to = plan.endsOn();
		for (Milestone milestone : milestones) {
			from = milestone.startsOn().isBefore(from) ? milestone.startsOn() : from;
			to = milestone.endsOn().isAfter(to) ? milestone.endsOn() : to;
		}
		double days = Math.max(1, ChronoUnit.DAYS.between(from, to.plusDays(1)));
		List<Bar> bars = new ArrayList<>();
		for (Milestone milestone : milestones) {
			double start = ChronoUnit.DAYS.between(from, milestone.startsOn()) / days * 100;
			double width = Math.max(1,
					ChronoUnit.DAYS.between(milestone.startsOn(), milestone.endsOn().plusDays(1)) / days * 100);
			bars.add(new Bar(milestone.position(), round(start), round(width), milestone.status().code(),
					milestone.overdue(today)));
		}
		List<Tick> ticks = new ArrayList<>();
		for (int year = from.getYear() + (from.getDayOfYear() == 1 ? 0 : 1); year <= to.getYear(); year++) {
			ticks.add(new Tick(year, round(ChronoUnit.DAYS.between(from, LocalDate.of(year, 1, 1)) / days * 100)));
		}
		Double now = today.isBefore(from) || today.isAfter(to) ? null
				: round(ChronoUnit.DAYS.between(from, today) / days * 100);
		return new Timeline(bars, ticks, now, from, to);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
