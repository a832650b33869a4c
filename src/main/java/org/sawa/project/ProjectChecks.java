package org.sawa.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;

/**
 * The rules a project must keep, whatever brought it (a form, a CSV row, an IATI
 * activity): each broken rule is a refusal at its field ({@code title},
 * {@code figure[3].value}...), all found in one pass.
 */
final class ProjectChecks {

	static final String IDENTIFIER = "^[A-Za-z0-9][A-Za-z0-9._-]{2,59}$";

	static final List<String> SEXES = List.of("", "female", "male");

	static final List<String> AGE_BANDS = List.of("", "15-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+");

	static final List<String> DISABILITY = List.of("", "yes", "no");

	static final List<String> AREAS = List.of("", "urban", "rural");

	static final List<String> DIMENSIONS = List.of("sex", "age_band", "disability", "area");

	/**
	 * What the rules need to know beyond the project: today, the sector codes, whether a
	 * territory lies within the project's collectivity and whether a commitment exists.
	 */
	record Context(LocalDate today, Set<String> sectors, LongPredicate within, Predicate<String> commitment) {
	}

	private ProjectChecks() {
	}

	static void check(ProjectData p, Context context, Refusals refusals) {
		identity(p, context, refusals);
		dates(p, context.today(), refusals);
		if (p.locations().isEmpty()) {
			refusals.add("locations", "project.error.locations");
		}
		if (p.locations().stream().anyMatch(id -> !context.within().test(id))) {
			refusals.add("locations", "project.error.outside");
		}
		orgs(p, refusals);
		money(p, context.today(), refusals);
		milestones(p, context.today(), refusals);
		figures(p, context.today(), refusals);
		results(p, refusals);
		for (String code : p.commitments()) {
			if (!context.commitment().test(code)) {
				refusals.add("commitments", "project.error.commitment", code);
			}
		}
	}

	private static void identity(ProjectData p, Context context, Refusals refusals) {
		if (p.identifier() == null || !p.identifier().matches(IDENTIFIER)) {
			refusals.add("identifier", "project.error.identifier");
		}
		else if (!p.identifier().startsWith(p.reporting().ref() + "-")) {
			refusals.add("identifier", "project.error.identifierPrefix", p.reporting().ref());
		}
		length(refusals, "title", p.title(), 3, 200);
		length(refusals, "description", p.description(), 10, 8000);
		length(refusals, "place", p.place(), 0, 300);
		length(refusals, "programmeName", p.programmeName(), 0, 200);
		length(refusals, "jobsNote", p.jobsNote(), 0, 1000);
		if (!Project.STATUSES.contains(p.status())) {
			refusals.add("status", "project.error.status");
		}
		if (!context.sectors().contains(p.sector())) {
			refusals.add("sector", "project.error.sector", String.valueOf(p.sector()));
		}
		if (!Texts.oneOf(p.programme(), Project.PROGRAMMES)) {
			refusals.add("programme", "project.error.programme");
		}
		if (p.genderMarker() != null && (p.genderMarker() < 0 || p.genderMarker() > 2)) {
			refusals.add("genderMarker", "project.error.genderMarker");
		}
		if (!Texts.oneOf(p.language(), List.of("ar", "fr", "en", "zgh"))) {
			refusals.add("language", "project.error.language");
		}
		ProjectData.Org r = p.reporting();
		if (r.ref() == null || !r.ref().matches("^[A-Za-z0-9][A-Za-z0-9._-]{1,50}$")
				|| !Project.ORGANISATION_TYPES.contains(r.type()) || Texts.length(r.name()) < 2) {
			refusals.add("reporting", "project.error.reporting");
		}
	}

	private static void dates(ProjectData p, LocalDate today, Refusals refusals) {
		if (p.plannedStart() == null) {
			refusals.add("plannedStart", "project.error.date");
		}
		if (p.plannedEnd() == null) {
			refusals.add("plannedEnd", "project.error.date");
		}
		else if (p.plannedStart() != null && p.plannedEnd().isBefore(p.plannedStart())) {
			refusals.add("plannedEnd", "project.error.endBeforeStart");
		}
		if (p.actualStart() != null && p.actualStart().isAfter(today)) {
			refusals.add("actualStart", "project.error.future");
		}
		if (p.actualEnd() != null) {
			if (p.actualStart() == null || p.actualEnd().isBefore(p.actualStart())) {
				refusals.add("actualEnd", "project.error.endBeforeStart");
			}
			else if (p.actualEnd().isAfter(today)) {
				refusals.add("actualEnd", "project.error.future");
			}
		}
		if (p.status() >= 2 && p.status() <= 4 && p.actualStart() == null) {
			refusals.add("actualStart", "project.error.startedWithoutDate");
		}
		if (p.status() == 4 && p.actualEnd() == null) {
			refusals.add("actualEnd", "project.error.closedWithoutDate");
		}
	}

	private static void orgs(ProjectData p, Refusals refusals) {
		for (int i = 0; i < p.orgs().size(); i++) {
			ProjectData.Org o = p.orgs().get(i);
			String at = "org." + i + ".";
			if (!Project.ROLES.contains(o.role())) {
				refusals.add(at + "role", "project.error.role");
			}
			if (!Project.ORGANISATION_TYPES.contains(o.type())) {
				refusals.add(at + "type", "project.error.orgType");
			}
			length(refusals, at + "name", o.name(), 2, 200);
			if (o.ref() != null && !o.ref().isEmpty() && !o.ref().matches("^[A-Za-z0-9][A-Za-z0-9._-]{1,59}$")) {
				refusals.add(at + "ref", "project.error.orgRef");
			}
		}
		if (p.orgs(1).isEmpty()) {
			refusals.add("orgs", "project.error.noFunder");
		}
	}

	private static void money(ProjectData p, LocalDate today, Refusals refusals) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < p.budgets().size(); i++) {
			ProjectData.Budget b = p.budgets().get(i);
			String at = "budget." + i + ".";
			year(refusals, at + "year", b.year());
			amount(refusals, at + "amount", b.amount());
			if (!seen.add(b.year() + "/" + b.funder())) {
				refusals.add(at + "year", "project.error.budgetTwice");
			}
		}
		for (int i = 0; i < p.transactions().size(); i++) {
			ProjectData.Money m = p.transactions().get(i);
			String at = "transaction." + i + ".";
			if (!Project.TRANSACTION_TYPES.contains(m.type())) {
				refusals.add(at + "type", "project.error.transactionType");
			}
			if (m.day() == null) {
				refusals.add(at + "day", "project.error.date");
			}
			else if (m.day().isAfter(today)) {
				refusals.add(at + "day", "project.error.future");
			}
			amount(refusals, at + "amount", m.amount());
			length(refusals, at + "party", m.party(), 0, 200);
			length(refusals, at + "description", m.description(), 0, 500);
		}
	}

	private static void milestones(ProjectData p, LocalDate today, Refusals refusals) {
		for (int i = 0; i < p.milestones().size(); i++) {
			ProjectData.Milestone m = p.milestones().get(i);
			String at = "milestone." + i + ".";
			length(refusals, at + "title", m.title(), 2, 200);
			if (m.weight() < 1 || m.weight() > 100) {
				refusals.add(at + "weight", "project.error.weight");
			}
			if (m.doneOn() != null && m.doneOn().isAfter(today)) {
				refusals.add(at + "doneOn", "project.error.future");
			}
		}
	}

	private static void figures(ProjectData p, LocalDate today, Refusals refusals) {
		Set<String> keys = new HashSet<>();
		Map<String, String> breakdowns = new HashMap<>();
		for (int i = 0; i < p.figures().size(); i++) {
			ProjectData.Figure f = p.figures().get(i);
			String at = "figure." + i + ".";
			if (!Texts.oneOf(f.measure(), Project.MEASURES)) {
				refusals.add(at + "measure", "project.error.measure");
			}
			if (!Texts.oneOf(f.stage(), Project.STAGES)) {
				refusals.add(at + "stage", "project.error.stage");
			}
			year(refusals, at + "year", f.year());
			if (!Texts.oneOf(f.sex(), SEXES) || !Texts.oneOf(f.ageBand(), AGE_BANDS)
					|| !Texts.oneOf(f.disability(), DISABILITY) || !Texts.oneOf(f.area(), AREAS)) {
				refusals.add(at + "group", "project.error.group");
			}
			if (f.value() < 0) {
				refusals.add(at + "value", "project.error.negative");
			}
			if (f.asOf() == null || f.asOf().isAfter(today)) {
				refusals.add(at + "asOf", f.asOf() == null ? "project.error.date" : "project.error.future");
			}
			length(refusals, at + "source", f.source(), 2, 200);
			if (!keys.add(f.key())) {
				refusals.add(at + "group", "project.error.figureTwice");
			}
			String shape = DIMENSIONS.stream().map(d -> f.option(d).isEmpty() ? "-" : d).toList().toString();
			String earlier = breakdowns.putIfAbsent(f.measure() + "/" + f.stage() + "/" + f.year(), shape);
			if (earlier != null && !earlier.equals(shape)) {
				refusals.add(at + "group", "project.error.breakdown");
			}
		}
		if (p.jobsNote() == null || p.jobsNote().isBlank()) {
			for (String measure : List.of("jobs_permanent", "jobs_temporary")) {
				long planned = p.sums(measure, "planned", "sex").getOrDefault("", 0L);
				long actual = p.sums(measure, "actual", "sex").getOrDefault("", 0L);
				if (planned > 0 && actual > planned) {
					refusals.add("jobsNote", "project.error.aboveThePlan", String.valueOf(actual),
							String.valueOf(planned));
				}
			}
		}
	}

	private static void results(ProjectData p, Refusals refusals) {
		for (int i = 0; i < p.results().size(); i++) {
			ProjectData.Result r = p.results().get(i);
			String at = "result." + i + ".";
			if (r.type() < 1 || r.type() > 3) {
				refusals.add(at + "type", "project.error.resultType");
			}
			length(refusals, at + "title", r.title(), 2, 200);
			length(refusals, at + "indicator", r.indicator(), 2, 200);
			if (r.measure() != 1 && r.measure() != 2) {
				refusals.add(at + "measure", "project.error.resultMeasure");
			}
			year(refusals, at + "year", r.year());
			if (r.baselineYear() != null) {
				year(refusals, at + "baselineYear", r.baselineYear());
			}
			for (BigDecimal v : java.util.Arrays.asList(r.baselineValue(), r.target(), r.actual())) {
				if (v != null && v.signum() < 0) {
					refusals.add(at + "target", "project.error.negative");
				}
			}
		}
	}

	private static void year(Refusals refusals, String field, int year) {
		if (year < 1990 || year > 2100) {
			refusals.add(field, "project.error.year");
		}
	}

	private static void amount(Refusals refusals, String field, BigDecimal amount) {
		if (amount == null) {
			refusals.add(field, "project.error.amount");
		}
		else if (amount.signum() < 0) {
			refusals.add(field, "project.error.negative");
		}
		else if (amount.scale() > 2 || amount.compareTo(new BigDecimal("99999999999999")) > 0) {
			refusals.add(field, "project.error.amount");
		}
	}

	private static void length(Refusals refusals, String field, String text, int least, int most) {
		int length = Texts.length(text == null ? "" : text);
		if (length < least || length > most) {
			refusals.add(field, least == 0 ? "project.error.tooLong" : "project.error.length", least, most);
		}
	}

}
