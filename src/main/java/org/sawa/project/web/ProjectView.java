package org.sawa.project.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sawa.project.Project;
import org.sawa.project.ProjectData;
import org.sawa.project.ProjectFigures;

/**
 * What a project's page shows beyond its data: money planned against spent by year (the
 * chart's bars), and jobs and beneficiaries planned against actual, for women, men and
 * young people, and by age band, as the reader may see them.
 */
record ProjectView(List<YearMoney> money, List<FigureLine> figures, List<AgeLine> ages, java.time.LocalDate knownOn,
		String sources) {

	/**
	 * A year's money: planned and spent, with their bars' lengths in per cent of the
	 * largest.
	 */
	record YearMoney(int year, BigDecimal planned, BigDecimal spent, int plannedBar, int spentBar) {
	}

	/**
	 * A measure (jobs permanent, temporary, beneficiaries): planned and actual, in all
	 * and for women, men and young people (15 to 24); null: fewer than five.
	 */
	record FigureLine(String measure, Long planned, Long actual, Long plannedWomen, Long women, Long plannedMen,
			Long men, Long plannedYoung, Long young) {

		/**
		 * The actual share of the plan, in per cent (null without a plan or a figure).
		 */
		public Integer done() {
			return planned == null || planned == 0 || actual == null ? null
					: (int) Math.round(actual * 100.0 / planned);
		}

	}

	/** Jobs (permanent and temporary) created in an age band, planned and actual. */
	record AgeLine(String band, Long planned, Long actual) {
	}

	static ProjectView of(Project project, ProjectFigures figures, boolean exact) {
		ProjectData p = project.data();
		Map<Integer, BigDecimal[]> byYear = new TreeMap<>();
		p.budgets().forEach(b -> add(byYear, b.year(), 0, b.amount()));
		p.transactions()
			.stream()
			.filter(ProjectData.Money::spending)
			.forEach(m -> add(byYear, m.day().getYear(), 1, m.amount()));
		BigDecimal largest = byYear.values()
			.stream()
			.flatMap(v -> java.util.Arrays.stream(v))
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ZERO);
		List<YearMoney> money = new ArrayList<>();
		byYear.forEach((year, v) -> money.add(new YearMoney(year, v[0], v[1], bar(v[0], largest), bar(v[1], largest))));
		List<FigureLine> lines = new ArrayList<>();
		for (String measure : Project.MEASURES) {
			Map<String, Long> plannedSex = figures.sums(project, measure, "planned", "sex", exact);
			Map<String, Long> actualSex = figures.sums(project, measure, "actual", "sex", exact);
			if (plannedSex.isEmpty() && actualSex.isEmpty()) {
				continue;
			}
			Map<String, Long> plannedAge = figures.sums(project, measure, "planned", "age_band", exact);
			Map<String, Long> actualAge = figures.sums(project, measure, "actual", "age_band", true);
			lines.add(new FigureLine(measure, plannedSex.get(""), actualSex.get(""), plannedSex.get("female"),
					actualSex.get("female"), plannedSex.get("male"), actualSex.get("male"), young(plannedAge),
					exact ? young(actualAge) : figures.youngShown(project, measure, young(actualAge))));
		}
		List<AgeLine> ages = new ArrayList<>();
		for (String band : List.of("15-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+")) {
			long planned = 0;
			long actual = 0;
			for (String measure : List.of("jobs_permanent", "jobs_temporary")) {
				planned += project.sums(measure, "planned", "age_band").getOrDefault(band, 0L);
				actual += project.sums(measure, "actual", "age_band").getOrDefault(band, 0L);
			}
			if (planned > 0 || actual > 0) {
				ages.add(new AgeLine(band, planned, figures.jobsInBand(project, band, actual, exact)));
			}
		}
		java.time.LocalDate knownOn = p.figures()
			.stream()
			.map(ProjectData.Figure::asOf)
			.max(java.time.LocalDate::compareTo)
			.orElse(null);
		String sources = String.join(" ; ", p.figures().stream().map(ProjectData.Figure::source).distinct().toList());
		return new ProjectView(money, lines, ages, knownOn, sources);
	}

	private static Long young(Map<String, Long> byAge) {
		Long a = byAge.get("15-17");
		Long b = byAge.get("18-24");
		return a == null && b == null ? null : (a == null ? 0 : a) + (b == null ? 0 : b);
	}

	private static void add(Map<Integer, BigDecimal[]> byYear, int year, int column, BigDecimal amount) {
		BigDecimal[] v = byYear.computeIfAbsent(year, y -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
		v[column] = v[column].add(amount);
	}

	private static int bar(BigDecimal amount, BigDecimal largest) {
		if (largest.signum() == 0) {
			return 0;
		}
		return amount.multiply(BigDecimal.valueOf(100)).divide(largest, 0, RoundingMode.HALF_UP).intValue();
	}

}
