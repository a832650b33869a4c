package org.sawa.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sawa.project.ProjectData;

/**
 * Where a demo project stands today: its status's progress (a closed one is done, one in
 * the pipeline has not started, others as far as their time allows, give or take), the
 * milestones done so far, money received from each funder and spent each quarter, jobs
 * created each year by sex and age band, beneficiaries reached. Invented, deterministic.
 */
final class DemoProjectProgress {

	private DemoProjectProgress() {
	}

	/**
	 * The money planned: the total split over the years by months, 60/40 between two
	 * funders.
	 */
	static List<ProjectData.Budget> budgets(DemoProjects.Row row, LocalDate start, LocalDate end) {
		List<ProjectData.Budget> budgets = new ArrayList<>();
		long months = Math.max(1, ChronoUnit.MONTHS.between(start, end));
		for (int year = start.getYear(); year <= end.getYear(); year++) {
			LocalDate from = year == start.getYear() ? start : LocalDate.of(year, 1, 1);
			LocalDate to = year == end.getYear() ? end : LocalDate.of(year + 1, 1, 1);
			double share = Math.max(0, ChronoUnit.MONTHS.between(from, to)) / (double) months;
			if (share <= 0) {
				continue;
			}
			double amount = row.millions() * 1_000_000 * share;
			for (int f = 0; f < row.funders().size(); f++) {
				double part = row.funders().size() == 1 ? 1 : f == 0 ? 0.6 : 0.4 / (row.funders().size() - 1);
				budgets.add(new ProjectData.Budget(year, row.funders().get(f)[0], thousands(amount * part)));
			}
		}
		return budgets;
	}

	private static BigDecimal thousands(double amount) {
		return BigDecimal.valueOf(Math.round(amount / 1000) * 1000L).setScale(2);
	}

	static ProjectData now(ProjectData p, DemoProjects.Row row, LocalDate today, Random random) {
		if (row.status() == 1) {
			return p;
		}
		LocalDate actualStart = p.plannedStart().plusDays(random.nextInt(25));
		if (actualStart.isAfter(today)) {
			actualStart = today;
		}
		double elapsed = ChronoUnit.DAYS.between(actualStart, today)
				/ (double) Math.max(1, ChronoUnit.DAYS.between(p.plannedStart(), p.plannedEnd()));
		double progress = switch (row.status()) {
			case 4 -> 1.0;
			case 3 -> 0.96;
			default -> Math.max(0.05, Math.min(0.9, elapsed * (0.7 + random.nextDouble() * 0.35)));
		};
		LocalDate actualEnd = null;
		if (row.status() == 4) {
			actualEnd = p.plannedEnd().plusDays(random.nextInt(90));
			actualEnd = actualEnd.isAfter(today) ? today : actualEnd;
		}
		LocalDate last = actualEnd != null ? actualEnd : today;
		List<ProjectData.Milestone> milestones = new ArrayList<>();
		int done = 0;
		for (ProjectData.Milestone m : p.milestones()) {
			done += m.weight();
			boolean reached = done <= Math.round(progress * 100);
			LocalDate on = m.dueOn().plusDays(random.nextInt(40));
			milestones.add(new ProjectData.Milestone(m.title(), m.weight(), m.dueOn(),
					reached ? (on.isAfter(last) ? last : on) : null));
		}
		List<ProjectData.Money> money = money(p, row, actualStart, last, progress, random);
		List<ProjectData.Figure> figures = new ArrayList<>(p.figures());
		String note = jobs(figures, row, actualStart, last, progress, random);
		if (row.beneficiaries() > 0) {
			long reached = Math.round(row.beneficiaries() * progress);
			int women = (int) Math.round(reached * (row.womenPercent() >= 50 ? row.womenPercent() : 50) / 100.0);
			figures.add(figure("beneficiaries", last.getYear(), "female", "", women, last));
			figures.add(figure("beneficiaries", last.getYear(), "male", "", (int) reached - women, last));
		}
		List<ProjectData.Result> results = p.results()
			.stream()
			.map(r -> new ProjectData.Result(r.type(), r.title(), r.indicator(), r.measure(), r.baselineYear(),
					r.baselineValue(), r.year(), r.target(),
					r.target().multiply(BigDecimal.valueOf(progress)).setScale(0, RoundingMode.HALF_UP)))
			.toList();
		return new ProjectData(p.identifier(), p.territoryId(), p.language(), p.title(), p.description(), row.status(),
				p.sector(), p.programme(), p.programmeName(), p.genderMarker(), p.plannedStart(), p.plannedEnd(),
				actualStart, actualEnd, p.place(), p.reporting(), p.locations(), p.orgs(), p.budgets(), money,
				milestones, figures, results, p.commitments(), note, p.origin(), p.versions());
	}

	/** Each funder's money received once a year, and expenditures each quarter. */
	private static List<ProjectData.Money> money(ProjectData p, DemoProjects.Row row, LocalDate from, LocalDate to,
			double progress, Random random) {
		List<ProjectData.Money> money = new ArrayList<>();
		for (ProjectData.Budget b : p.budgets()) {
			LocalDate day = LocalDate.of(b.year(), 2, 10).isBefore(from) ? from : LocalDate.of(b.year(), 2, 10);
			if (!day.isAfter(to)) {
				money.add(new ProjectData.Money(1, day, b.amount(), b.funder(), "Tranche " + b.year()));
			}
		}
		double spend = row.millions() * 1_000_000 * progress * (0.9 + random.nextDouble() * 0.12);
		List<LocalDate> quarters = new ArrayList<>();
		for (LocalDate q = from.plusMonths(2); !q.isAfter(to); q = q.plusMonths(3)) {
			quarters.add(q);
		}
		if (quarters.isEmpty()) {
			quarters.add(to);
		}
		for (LocalDate q : quarters) {
			money.add(new ProjectData.Money(4, q, thousands(spend / quarters.size()), row.implementer()[0],
					"Dépenses du trimestre"));
		}
		return money;
	}

	/**
	 * Jobs created each year by sex and age band; a few projects create more temporary
	 * jobs than planned, with the note the rule asks for.
	 */
	private static String jobs(List<ProjectData.Figure> figures, DemoProjects.Row row, LocalDate from, LocalDate to,
			double progress, Random random) {
		boolean above = row.code().equals("ECO-AZI");
		String[] measures = { "jobs_permanent", "jobs_temporary" };
		int[] planned = { row.permanent(), row.temporary() };
		for (int m = 0; m < 2; m++) {
			double factor = m == 1 && above ? 1.12 : Math.min(1, progress * (0.85 + random.nextDouble() * 0.2));
			int created = (int) Math.round(planned[m] * factor);
			int years = to.getYear() - from.getYear() + 1;
			int left = created;
			for (int y = from.getYear(); y <= to.getYear() && left > 0; y++) {
				int inYear = y == to.getYear() ? left : created / years;
				left -= inYear;
				byGroup(figures, measures[m], y, inYear, row.womenPercent(),
						to.withYear(y).isAfter(to) ? to : (y == to.getYear() ? to : LocalDate.of(y, 12, 31)));
			}
		}
		return above ? "Les travaux en montagne ont demandé plus de main-d'œuvre locale que prévu." : "";
	}

	private static void byGroup(List<ProjectData.Figure> figures, String measure, int year, int total, int womenPercent,
			LocalDate known) {
		int women = (int) Math.round(total * womenPercent / 100.0);
		String[] ages = DemoProjects.ages();
		double[] shares = DemoProjects.ageShares();
		for (String sex : new String[] { "female", "male" }) {
			int ofSex = sex.equals("female") ? women : total - women;
			int left = ofSex;
			for (int a = 0; a < ages.length; a++) {
				int n = a == ages.length - 1 ? left : (int) Math.round(ofSex * shares[a]);
				n = Math.min(n, left);
				left -= n;
				if (n > 0) {
					figures.add(figure(measure, year, sex, ages[a], n, known));
				}
			}
		}
	}

	private static ProjectData.Figure figure(String measure, int year, String sex, String age, int value,
			LocalDate known) {
		return new ProjectData.Figure(measure, "actual", year, sex, age, "", "", value, known, DemoProjects.SOURCE);
	}

}
