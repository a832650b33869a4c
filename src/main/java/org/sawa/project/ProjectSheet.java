package org.sawa.project;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sawa.imports.Csv;
import org.sawa.imports.ImportTally;
import org.sawa.territory.Territory;

/**
 * Projects as one CSV, long format: each row a {@code record} of a project identified by
 * its {@code identifier} — {@code project} (its own fields), {@code org}, {@code budget},
 * {@code transaction}, {@code milestone}, {@code figure}, {@code commitment} — with the
 * columns that record uses, the others empty. A spreadsheet keeps it tidy; each problem
 * is told at its line and column. Sawa's export of a territory's projects is such a file
 * and imports back unchanged.
 */
final class ProjectSheet {

	static final List<String> COLUMNS = List.of("record", "identifier", "territory", "language", "title", "description",
			"status", "sector", "programme", "programme_name", "gender_marker", "planned_start", "planned_end",
			"actual_start", "actual_end", "places", "place", "jobs_note", "role", "org_type", "name", "ref", "year",
			"funder", "amount", "type", "day", "party", "weight", "due_on", "done_on", "measure", "stage", "sex",
			"age_band", "disability", "area", "value", "as_of", "source", "code");

	static final List<String> RECORDS = List.of("project", "org", "budget", "transaction", "milestone", "figure",
			"commitment");

	/** The most rows a file may have. */
	static final int MOST_ROWS = 20_000;

	/** A project read, with the line of its project row and of each row of each kind. */
	record Read(ProjectData data, long line, Map<String, List<Long>> lines) {

		/**
		 * The line and column of a check's field ({@code budget.2.amount},
		 * {@code title}).
		 */
		Map.Entry<Long, String> at(String field) {
			String[] parts = field.split("\\.", 3);
			List<Long> rows = parts.length == 3 ? lines.get(parts[0]) : null;
			if (rows != null && parts[1].matches("[0-9]+") && Integer.parseInt(parts[1]) < rows.size()) {
				return Map.entry(rows.get(Integer.parseInt(parts[1])), parts[2]);
			}
			return Map.entry(line, field);
		}

	}

	/** Where a project is built while its rows are read. */
	private static final class Building {

		Csv.Row row;

		final Map<String, List<Csv.Row>> children = new HashMap<>();

	}

	private ProjectSheet() {
	}

	/**
	 * The projects of the file; a row that cannot be read (an unknown record, a child row
	 * before its project row, a number or day that is none) is a problem at its cell.
	 */
	static List<Read> read(byte[] content, Function<String, Optional<Territory>> territory,
			Function<Territory, ProjectData.Org> reporting, ImportTally tally) {
		Map<String, Building> projects = new LinkedHashMap<>();
		Csv.read(new java.io.ByteArrayInputStream(content), List.of("record", "identifier"), row -> {
			tally.rowRead();
			if (row.line() > MOST_ROWS + 1) {
				if (row.line() == MOST_ROWS + 2) {
					tally.problem(row.line(), "", "project.csv.tooMany", MOST_ROWS);
				}
				return;
			}
			String record = row.get("record");
			String identifier = Csv.undefuse(row.get("identifier"));
			if (!RECORDS.contains(record)) {
				tally.problem(row.line(), "record", "import.error.option", record, String.join(", ", RECORDS));
				return;
			}
			Building b = projects.computeIfAbsent(identifier, k -> new Building());
			if (record.equals("project")) {
				if (b.row != null) {
					tally.problem(row.line(), "identifier", "project.iati.twice", identifier);
				}
				b.row = row;
			}
			else {
				b.children.computeIfAbsent(record, k -> new ArrayList<>()).add(row);
			}
		});
		List<Read> read = new ArrayList<>();
		projects.forEach((identifier, b) -> {
			if (b.row == null) {
				b.children.values()
					.stream()
					.flatMap(List::stream)
					.forEach(r -> tally.problem(r.line(), "identifier", "project.csv.noProject", identifier));
				return;
			}
			Cells cells = new Cells(tally);
			ProjectData data = cells.project(identifier, b, territory, reporting);
			if (!cells.failed) {
				Map<String, List<Long>> lines = new HashMap<>();
				b.children.forEach((kind, rows) -> lines.put(kind, rows.stream().map(Csv.Row::line).toList()));
				read.add(new Read(data, b.row.line(), lines));
			}
		});
		return read;
	}

	/**
	 * Reads cells as what they hold, a problem at the cell when they hold something else.
	 */
	private static final class Cells {

		private final ImportTally tally;

		private boolean failed;

		Cells(ImportTally tally) {
			this.tally = tally;
		}

		ProjectData project(String identifier, Building b, Function<String, Optional<Territory>> territories,
				Function<Territory, ProjectData.Org> reporting) {
			Csv.Row p = b.row;
			Territory keeper = territories.apply(p.get("territory")).orElse(null);
			if (keeper == null) {
				problem(p, "territory", "project.csv.territory", p.get("territory"));
			}
			List<Long> places = new ArrayList<>();
			for (String code : p.get("places").split("\\s+")) {
				if (!code.isBlank()) {
					territories.apply(code)
						.ifPresentOrElse(t -> places.add(t.id()),
								() -> problem(p, "places", "project.csv.territory", code));
				}
			}
			List<Csv.Row> none = List.of();
			return new ProjectData(identifier, keeper == null ? 0 : keeper.id(), p.get("language"), text(p, "title"),
					text(p, "description"), integer(p, "status"), p.get("sector"), p.get("programme"),
					text(p, "programme_name"), p.get("gender_marker").isEmpty() ? null : integer(p, "gender_marker"),
					day(p, "planned_start"), day(p, "planned_end"), day(p, "actual_start"), day(p, "actual_end"),
					text(p, "place"), keeper == null ? new ProjectData.Org(0, "", "", "") : reporting.apply(keeper),
					places.stream().sorted().toList(),
					b.children.getOrDefault("org", none)
						.stream()
						.map(r -> new ProjectData.Org(integer(r, "role"), text(r, "ref"), r.get("org_type"),
								text(r, "name")))
						.toList(),
					b.children.getOrDefault("budget", none)
						.stream()
						.map(r -> new ProjectData.Budget(integer(r, "year"), text(r, "funder"), amount(r, "amount")))
						.toList(),
					b.children.getOrDefault("transaction", none)
						.stream()
						.map(r -> new ProjectData.Money(integer(r, "type"), day(r, "day"), amount(r, "amount"),
								text(r, "party"), text(r, "description")))
						.toList(),
					b.children.getOrDefault("milestone", none)
						.stream()
						.map(r -> new ProjectData.Milestone(text(r, "title"), integer(r, "weight"), day(r, "due_on"),
								day(r, "done_on")))
						.toList(),
					b.children.getOrDefault("figure", none)
						.stream()
						.map(r -> new ProjectData.Figure(r.get("measure"), r.get("stage"), integer(r, "year"),
								r.get("sex"), r.get("age_band"), r.get("disability"), r.get("area"),
								integer(r, "value"), day(r, "as_of"), text(r, "source")))
						.toList(),
					List.of(), b.children.getOrDefault("commitment", none).stream().map(r -> r.get("code")).toList(),
					text(p, "jobs_note"), "", Map.of());
		}

		private void problem(Csv.Row row, String column, String key, Object... arguments) {
			tally.problem(row.line(), column, key, arguments);
			failed = true;
		}

		private static String text(Csv.Row row, String column) {
			return Csv.undefuse(row.get(column));
		}

		private int integer(Csv.Row row, String column) {
			String value = row.get(column);
			try {
				return Integer.parseInt(value);
			}
			catch (NumberFormatException ex) {
				problem(row, column, "project.csv.number", value);
				return 0;
			}
		}

		private BigDecimal amount(Csv.Row row, String column) {
			String value = row.get(column);
			try {
				return ProjectData.cents(new BigDecimal(value));
			}
			catch (NumberFormatException ex) {
				problem(row, column, "project.error.amount");
				return null;
			}
		}

		private LocalDate day(Csv.Row row, String column) {
			String value = row.get(column);
			if (value.isEmpty()) {
				return null;
			}
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				problem(row, column, "project.csv.day", value);
				return null;
			}
		}

	}

	/**
	 * The projects as the file Sawa reads, every value exact (for the collectivity's
	 * staff).
	 */
	static byte[] write(List<Project> projects, Function<Long, String> territoryCode) {
		StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
		for (Project project : projects) {
			ProjectData p = project.data();
			Map<String, String> row = base("project", p.identifier());
			row.putAll(Map.of("territory", territoryCode.apply(p.territoryId()), "language", p.language(), "title",
					p.title(), "description", p.description(), "status", String.valueOf(p.status()), "sector",
					p.sector(), "programme", p.programme(), "programme_name", p.programmeName(), "gender_marker",
					p.genderMarker() == null ? "" : String.valueOf(p.genderMarker())));
			row.putAll(Map.of("planned_start", text(p.plannedStart()), "planned_end", text(p.plannedEnd()),
					"actual_start", text(p.actualStart()), "actual_end", text(p.actualEnd()), "places",
					String.join(" ", p.locations().stream().map(territoryCode).toList()), "place", p.place(),
					"jobs_note", p.jobsNote()));
			line(csv, row);
			p.orgs()
				.forEach(o -> line(csv, with(base("org", p.identifier()), "role", String.valueOf(o.role()), "org_type",
						o.type(), "name", o.name(), "ref", o.ref())));
			p.budgets()
				.forEach(b -> line(csv, with(base("budget", p.identifier()), "year", String.valueOf(b.year()), "funder",
						b.funder(), "amount", b.amount().toPlainString())));
			p.transactions()
				.forEach(m -> line(csv,
						with(base("transaction", p.identifier()), "type", String.valueOf(m.type()), "day",
								m.day().toString(), "amount", m.amount().toPlainString(), "party", m.party(),
								"description", m.description())));
			p.milestones()
				.forEach(m -> line(csv, with(base("milestone", p.identifier()), "title", m.title(), "weight",
						String.valueOf(m.weight()), "due_on", text(m.dueOn()), "done_on", text(m.doneOn()))));
			p.figures().forEach(f -> {
				Map<String, String> r = with(base("figure", p.identifier()), "measure", f.measure(), "stage", f.stage(),
						"year", String.valueOf(f.year()), "sex", f.sex(), "age_band", f.ageBand());
				line(csv, with(r, "disability", f.disability(), "area", f.area(), "value", String.valueOf(f.value()),
						"as_of", f.asOf().toString(), "source", f.source()));
			});
			p.commitments().forEach(c -> line(csv, with(base("commitment", p.identifier()), "code", c)));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static Map<String, String> base(String record, String identifier) {
		Map<String, String> row = new HashMap<>();
		row.put("record", record);
		row.put("identifier", identifier);
		return row;
	}

	private static Map<String, String> with(Map<String, String> row, String... pairs) {
		for (int i = 0; i < pairs.length; i += 2) {
			row.put(pairs[i], pairs[i + 1]);
		}
		return row;
	}

	private static void line(StringBuilder csv, Map<String, String> row) {
		csv.append(String.join(",", COLUMNS.stream().map(c -> Csv.cell(row.getOrDefault(c, ""))).toList()))
			.append("\r\n");
	}

	private static String text(LocalDate day) {
		return day == null ? "" : day.toString();
	}

}
