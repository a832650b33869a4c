package org.sawa.project.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sawa.project.ProjectData;
import org.sawa.web.FormValues;

/**
 * A project changed by one of its forms: the main form (what, where, who, the budget),
 * progress (status, dates, milestones, money that moved, results) or jobs (figures and
 * the note); what the form does not hold is kept as it was.
 */
final class ProjectEdits {

	/** The forms, each naming the fields it holds. */
	enum Part {

		MAIN, PROGRESS, JOBS

	}

	private ProjectEdits() {
	}

	/**
	 * The project as the form makes it; {@code rows} reads the rows and locates their
	 * errors.
	 */
	static ProjectData apply(ProjectData base, Part part, ProjectForm rows) {
		return switch (part) {
			case MAIN -> new ProjectData(base.identifier(), base.territoryId(), rows.get("language"), rows.get("title"),
					rows.get("description"), ProjectForm.number(rows.get("status")), rows.get("sector"),
					rows.get("programme"), rows.get("programmeName"), marker(rows.get("genderMarker")),
					FormValues.date(rows.get("plannedStart")), FormValues.date(rows.get("plannedEnd")),
					FormValues.date(rows.get("actualStart")), FormValues.date(rows.get("actualEnd")), rows.get("place"),
					base.reporting(), rows.locations(), rows.rows("org", ProjectForm::org),
					rows.rows("budget", ProjectForm::budget), base.transactions(), base.milestones(), base.figures(),
					base.results(), codes(rows.get("commitments")), base.jobsNote(), base.origin(), base.versions());
			case PROGRESS -> new ProjectData(base.identifier(), base.territoryId(), base.language(), base.title(),
					base.description(), ProjectForm.number(rows.get("status")), base.sector(), base.programme(),
					base.programmeName(), base.genderMarker(), base.plannedStart(), base.plannedEnd(),
					FormValues.date(rows.get("actualStart")), FormValues.date(rows.get("actualEnd")), base.place(),
					base.reporting(), base.locations(), base.orgs(), base.budgets(),
					rows.rows("transaction", ProjectForm::transaction), rows.rows("milestone", ProjectForm::milestone),
					base.figures(), rows.rows("result", ProjectForm::result), base.commitments(), base.jobsNote(),
					base.origin(), base.versions());
			case JOBS -> new ProjectData(base.identifier(), base.territoryId(), base.language(), base.title(),
					base.description(), base.status(), base.sector(), base.programme(), base.programmeName(),
					base.genderMarker(), base.plannedStart(), base.plannedEnd(), base.actualStart(), base.actualEnd(),
					base.place(), base.reporting(), base.locations(), base.orgs(), base.budgets(), base.transactions(),
					base.milestones(), rows.rows("figure", ProjectForm::figure), base.results(), base.commitments(),
					rows.get("jobsNote"), base.origin(), base.versions());
		};
	}

	private static Integer marker(String text) {
		return text == null || text.isBlank() ? null : ProjectForm.number(text);
	}

	/** Commitment codes typed with spaces or commas between them, in capitals. */
	static List<String> codes(String text) {
		List<String> codes = new ArrayList<>();
		Arrays.stream(text.split("[\\s,;]+"))
			.filter(c -> !c.isBlank())
			.map(c -> c.strip().toUpperCase(java.util.Locale.ROOT))
			.distinct()
			.sorted()
			.forEach(codes::add);
		return codes;
	}

	/**
	 * A new project's data from its form, in a collectivity, with its identifier made.
	 */
	static ProjectData created(Map<String, String> form, long territoryId, ProjectData.Org reporting,
			ProjectForm rows) {
		String code = rows.get("code");
		ProjectData blank = new ProjectData(reporting.ref() + "-" + code, territoryId, "fr", "", "", 1, "", "own", "",
				null, null, null, null, null, "", reporting, List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), "", "", Map.of());
		return apply(blank, Part.MAIN, rows);
	}

}
