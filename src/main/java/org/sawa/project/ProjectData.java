package org.sawa.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a project says, as a form, a CSV row or an IATI activity carries it: its
 * identity and texts (the original in {@code language}; {@code versions} by field, then
 * language), where, status and dates, who takes part, money, milestones, figures of jobs
 * and beneficiaries, results and linked commitments. Saved whole: an update replaces it.
 */
public record ProjectData(String identifier, long territoryId, String language, String title, String description,
		int status, String sector, String programme, String programmeName, Integer genderMarker, LocalDate plannedStart,
		LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd, String place, Org reporting,
		List<Long> locations, List<Org> orgs, List<Budget> budgets, List<Money> transactions,
		List<Milestone> milestones, List<Figure> figures, List<Result> results, List<String> commitments,
		String jobsNote, String origin, Map<String, Map<String, String>> versions) {

	public ProjectData {
		locations = List.copyOf(locations);
		orgs = List.copyOf(orgs);
		budgets = List.copyOf(budgets);
		transactions = List.copyOf(transactions);
		milestones = List.copyOf(milestones);
		figures = List.copyOf(figures);
		results = List.copyOf(results);
		commitments = List.copyOf(commitments);
		versions = Map.copyOf(versions);
	}

	/**
	 * An organisation taking part: its IATI role (1 funding, 2 accountable, 3 extending,
	 * 4 implementing; 0 for the reporting organisation), identifier (may be empty), type
	 * and name.
	 */
	public record Org(int role, String ref, String type, String name) {
	}

	/** Money planned for a year by a funder ("" when the funder is not said). */
	public record Budget(int year, String funder, BigDecimal amount) {

		public Budget {
			amount = cents(amount);
		}

	}

	/**
	 * Money that moved: IATI transaction type, day, amount, who gave or received it, what
	 * for.
	 */
	public record Money(int type, LocalDate day, BigDecimal amount, String party, String description) {

		public Money {
			amount = cents(amount);
		}

		/** A disbursement or an expenditure: money spent on the project. */
		public boolean spending() {
			return type == 3 || type == 4;
		}

	}

	/** A step of the work; done on a day, or not yet (null). */
	public record Milestone(String title, int weight, LocalDate dueOn, LocalDate doneOn) {
	}

	/**
	 * A figure: jobs (permanent, temporary) or beneficiaries, planned or actual, in a
	 * year, for a group ("" = all of that dimension), known on a day from a source.
	 */
	public record Figure(String measure, String stage, int year, String sex, String ageBand, String disability,
			String area, int value, LocalDate asOf, String source) {

		/** The figure's option of a dimension (sex, age_band, disability, area). */
		public String option(String dimension) {
			return switch (dimension) {
				case "sex" -> sex;
				case "age_band" -> ageBand;
				case "disability" -> disability;
				case "area" -> area;
				default -> throw new IllegalArgumentException(dimension);
			};
		}

		/** Where it is in the table: measure, stage, year and group. */
		public String key() {
			return measure + "/" + stage + "/" + year + "/" + sex + "/" + ageBand + "/" + disability + "/" + area;
		}

	}

	/**
	 * A result with its indicator (IATI result type 1 output, 2 outcome, 3 impact;
	 * measure 1 unit, 2 percentage): baseline, and the target and actual value of a year.
	 */
	public record Result(int type, String title, String indicator, int measure, Integer baselineYear,
			BigDecimal baselineValue, int year, BigDecimal target, BigDecimal actual) {

		public Result {
			baselineValue = cents(baselineValue);
			target = cents(target);
			actual = cents(actual);
		}

	}

	/**
	 * An amount with two decimals, as stored (one with more is left for the checks to
	 * refuse).
	 */
	static BigDecimal cents(BigDecimal amount) {
		return amount == null || amount.scale() > 2 ? amount : amount.setScale(2);
	}

	/** Progress in per cent: the weight of the milestones done over all their weight. */
	public int progress() {
		int total = milestones.stream().mapToInt(Milestone::weight).sum();
		if (total == 0) {
			return status == 4 || status == 3 ? 100 : 0;
		}
		int done = milestones.stream().filter(m -> m.doneOn() != null).mapToInt(Milestone::weight).sum();
		return Math.round(done * 100f / total);
	}

	/**
	 * Sums of a measure and stage, over the years, by one dimension's option; "" holds
	 * the total. Figures broken down by another dimension count in the total and under
	 * "".
	 */
	public Map<String, Long> sums(String measure, String stage, String dimension) {
		Map<String, Long> sums = new LinkedHashMap<>();
		for (Figure f : figures) {
			if (f.measure().equals(measure) && f.stage().equals(stage)) {
				sums.merge("", (long) f.value(), Long::sum);
				if (!f.option(dimension).isEmpty()) {
					sums.merge(f.option(dimension), (long) f.value(), Long::sum);
				}
			}
		}
		return sums;
	}

	/** The organisations of a role. */
	public List<Org> orgs(int role) {
		return orgs.stream().filter(o -> o.role() == role).toList();
	}

}
