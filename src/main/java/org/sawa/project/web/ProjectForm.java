package org.sawa.project.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sawa.project.ProjectData;
import org.sawa.refusal.Refusals;
import org.sawa.refusal.Refused;
import org.sawa.web.FormValues;

/**
 * A project's forms as maps of fields: rows of organisations, budgets, transactions,
 * milestones, results and figures are numbered fields ({@code budget.2.amount}); a row
 * left empty is no row. Reads a form into the project it changes (the rest kept from
 * before) and writes a project into a form, with empty rows to add more.
 */
final class ProjectForm {

	/** The fields of each kind of row. */
	static final Map<String, List<String>> ROWS = Map.of("org", List.of("role", "type", "name", "ref"), "budget",
			List.of("year", "funder", "amount"), "transaction",
			List.of("type", "day", "amount", "party", "description"), "milestone",
			List.of("title", "weight", "dueOn", "doneOn"), "result",
			List.of("type", "title", "indicator", "measure", "baselineYear", "baselineValue", "year", "target",
					"actual"),
			"figure",
			List.of("measure", "stage", "year", "sex", "ageBand", "disability", "area", "value", "asOf", "source"));

	/** Empty rows offered for more. */
	static final Map<String, Integer> SPARE = Map.of("org", 2, "budget", 3, "transaction", 3, "milestone", 3, "result",
			1, "figure", 6);

	/** The most rows of a kind a form may send. */
	static final int MOST_ROWS = 200;

	private final Map<String, String> form;

	/** For each kind of row, the form's index of each row read. */
	private final Map<String, List<Integer>> indexes = new LinkedHashMap<>();

	ProjectForm(Map<String, String> form) {
		this.form = form;
	}

	String get(String name) {
		String value = form.get(name);
		return value == null ? "" : value.strip();
	}

	/**
	 * The rows of a kind, each read by {@code row} from its fields, empty rows left out.
	 */
	<T> List<T> rows(String kind, Function<Map<String, String>, T> row) {
		List<T> rows = new ArrayList<>();
		List<Integer> read = new ArrayList<>();
		for (int i = 0; i < MOST_ROWS; i++) {
			Map<String, String> fields = new LinkedHashMap<>();
			boolean any = false;
			for (String field : ROWS.get(kind)) {
				String value = get(kind + "." + i + "." + field);
				fields.put(field, value);
				any |= !value.isEmpty() && !isDefault(kind, field, value);
			}
			if (any) {
				rows.add(row.apply(fields));
				read.add(i);
			}
		}
		indexes.put(kind, read);
		return rows;
	}

	/** Choices a spare row shows before anyone types in it do not make it a row. */
	private static boolean isDefault(String kind, String field, String value) {
		return ("figure".equals(kind) && List.of("measure", "stage").contains(field))
				|| ("org".equals(kind) && List.of("role", "type").contains(field))
				|| ("transaction".equals(kind) && "type".equals(field))
				|| ("result".equals(kind) && List.of("type", "measure").contains(field));
	}

	/** The territories ticked ({@code location.<id>}), in order of their ids. */
	List<Long> locations() {
		return form.keySet()
			.stream()
			.filter(k -> k.matches("location\\.[0-9]{1,18}"))
			.map(k -> Long.valueOf(k.substring("location.".length())))
			.sorted()
			.toList();
	}

	/**
	 * The refusals with each row's field named as in the form ({@code budget.5.amount}).
	 */
	Refusals located(Refusals refusals) {
		Refusals located = new Refusals();
		for (Refused r : refusals.all()) {
			String[] parts = r.field().split("\\.", 3);
			List<Integer> read = parts.length == 3 ? indexes.get(parts[0]) : null;
			if (read != null && parts[1].matches("[0-9]+") && Integer.parseInt(parts[1]) < read.size()) {
				located.add(parts[0] + "." + read.get(Integer.parseInt(parts[1])) + "." + parts[2], r.messageKey(),
						r.arguments());
			}
			else {
				located.add(r);
			}
		}
		return located;
	}

	static ProjectData.Org org(Map<String, String> f) {
		return new ProjectData.Org(number(f.get("role")), f.get("ref"), f.get("type"), f.get("name"));
	}

	static ProjectData.Budget budget(Map<String, String> f) {
		return new ProjectData.Budget(number(f.get("year")), f.get("funder"), amount(f.get("amount")));
	}

	static ProjectData.Money transaction(Map<String, String> f) {
		return new ProjectData.Money(number(f.get("type")), FormValues.date(f.get("day")), amount(f.get("amount")),
				f.get("party"), f.get("description"));
	}

	static ProjectData.Milestone milestone(Map<String, String> f) {
		return new ProjectData.Milestone(f.get("title"), number(f.get("weight")), FormValues.date(f.get("dueOn")),
				FormValues.date(f.get("doneOn")));
	}

	static ProjectData.Result result(Map<String, String> f) {
		Integer baselineYear = f.get("baselineYear").isEmpty() ? null : number(f.get("baselineYear"));
		return new ProjectData.Result(number(f.get("type")), f.get("title"), f.get("indicator"),
				number(f.get("measure")), baselineYear, amount(f.get("baselineValue")), number(f.get("year")),
				amount(f.get("target")), amount(f.get("actual")));
	}

	static ProjectData.Figure figure(Map<String, String> f) {
		return new ProjectData.Figure(f.get("measure"), f.get("stage"), number(f.get("year")), f.get("sex"),
				f.get("ageBand"), f.get("disability"), f.get("area"), number(f.get("value")),
				FormValues.date(f.get("asOf")), f.get("source"));
	}

	/** A whole number, or -1 when the field holds none (refused by the checks). */
	static int number(String text) {
		Integer n = FormValues.integer(text);
		return n == null ? -1 : n;
	}

	/** An amount as people type it ("1 500 000", "1.500.000,50"), or null. */
	static BigDecimal amount(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String clean = text.replaceAll("[\\s\u00a0\u202f]", "");
		if (clean.matches("[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]{1,2})?")) {
			clean = clean.replace(".", "").replace(',', '.');
		}
		else if (clean.matches("-?[0-9]+,[0-9]{1,2}")) {
			clean = clean.replace(',', '.');
		}
		else {
			clean = clean.replace(",", "");
		}
		try {
			return new BigDecimal(clean);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The form of a project: its fields, its rows and the empty rows after them. */
	static Map<String, String> of(ProjectData p) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("language", p.language());
		form.put("title", p.title());
		form.put("description", p.description());
		form.put("status", String.valueOf(p.status()));
		form.put("sector", p.sector());
		form.put("programme", p.programme());
		form.put("programmeName", p.programmeName());
		form.put("genderMarker", p.genderMarker() == null ? "" : String.valueOf(p.genderMarker()));
		form.put("plannedStart", text(p.plannedStart()));
		form.put("plannedEnd", text(p.plannedEnd()));
		form.put("actualStart", text(p.actualStart()));
		form.put("actualEnd", text(p.actualEnd()));
		form.put("place", p.place());
		form.put("jobsNote", p.jobsNote());
		form.put("commitments", String.join(" ", p.commitments()));
		p.locations().forEach(id -> form.put("location." + id, "on"));
		put(form, "org", p.orgs(), o -> List.of(String.valueOf(o.role()), o.type(), o.name(), o.ref()));
		put(form, "budget", p.budgets(),
				b -> List.of(String.valueOf(b.year()), b.funder(), b.amount().stripTrailingZeros().toPlainString()));
		put(form, "transaction", p.transactions(), m -> List.of(String.valueOf(m.type()), text(m.day()),
				m.amount().stripTrailingZeros().toPlainString(), m.party(), m.description()));
		put(form, "milestone", p.milestones(),
				m -> List.of(m.title(), String.valueOf(m.weight()), text(m.dueOn()), text(m.doneOn())));
		put(form, "result", p.results(),
				r -> List.of(String.valueOf(r.type()), r.title(), r.indicator(), String.valueOf(r.measure()),
						r.baselineYear() == null ? "" : String.valueOf(r.baselineYear()), plain(r.baselineValue()),
						String.valueOf(r.year()), plain(r.target()), plain(r.actual())));
		put(form, "figure", p.figures(), f -> List.of(f.measure(), f.stage(), String.valueOf(f.year()), f.sex(),
				f.ageBand(), f.disability(), f.area(), String.valueOf(f.value()), text(f.asOf()), f.source()));
		return form;
	}

	/** How many rows of each kind a form shows: those it has and the spare ones. */
	static Map<String, Integer> rowCounts(Map<String, String> form) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String kind : ROWS.keySet()) {
			int last = -1;
			for (String key : form.keySet()) {
				String[] parts = key.split("\\.", 3);
				if (parts.length == 3 && parts[0].equals(kind) && parts[1].matches("[0-9]{1,3}")
						&& !form.get(key).isBlank() && !isDefault(kind, parts[2], form.get(key))) {
					last = Math.max(last, Integer.parseInt(parts[1]));
				}
			}
			counts.put(kind, Math.min(MOST_ROWS, last + 1 + SPARE.get(kind)));
		}
		return counts;
	}

	private static <T> void put(Map<String, String> form, String kind, List<T> rows, Function<T, List<String>> values) {
		for (int i = 0; i < rows.size(); i++) {
			List<String> v = values.apply(rows.get(i));
			List<String> fields = ROWS.get(kind);
			for (int f = 0; f < fields.size(); f++) {
				form.put(kind + "." + i + "." + fields.get(f), v.get(f));
			}
		}
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	private static String text(LocalDate day) {
		return day == null ? "" : day.toString();
	}

}
