package org.sawa.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.sawa.audit.Corrections.Change;

/**
 * What changed between two versions of a project, field by field and row by row (a budget
 * by its year and funder, a figure by its measure, stage, year and group), as the
 * corrections log keeps it: the public page lists every earlier value.
 */
final class ProjectChanges {

	private ProjectChanges() {
	}

	static List<Change> between(ProjectData before, ProjectData after, LongFunction<String> territoryCode) {
		List<Change> changes = new ArrayList<>();
		scalar(changes, "identifier", before, after, ProjectData::identifier);
		scalar(changes, "title", before, after, ProjectData::title);
		scalar(changes, "description", before, after, ProjectData::description);
		scalar(changes, "language", before, after, ProjectData::language);
		scalar(changes, "status", before, after, ProjectData::status);
		scalar(changes, "sector", before, after, ProjectData::sector);
		scalar(changes, "programme", before, after, ProjectData::programme);
		scalar(changes, "programmeName", before, after, ProjectData::programmeName);
		scalar(changes, "genderMarker", before, after, ProjectData::genderMarker);
		scalar(changes, "plannedStart", before, after, ProjectData::plannedStart);
		scalar(changes, "plannedEnd", before, after, ProjectData::plannedEnd);
		scalar(changes, "actualStart", before, after, ProjectData::actualStart);
		scalar(changes, "actualEnd", before, after, ProjectData::actualEnd);
		scalar(changes, "place", before, after, ProjectData::place);
		scalar(changes, "jobsNote", before, after, ProjectData::jobsNote);
		scalar(changes, "reporting", before, after, p -> org(p.reporting()));
		scalar(changes, "locations", before, after,
				p -> String.join(" ", p.locations().stream().map(territoryCode::apply).sorted().toList()));
		scalar(changes, "commitments", before, after, p -> String.join(" ", p.commitments()));
		rows(changes, "org", before, after, p -> numbered(p.orgs().stream().map(ProjectChanges::org).toList()));
		rows(changes, "budget", before, after, p -> keyed(p.budgets(),
				b -> b.year() + (b.funder().isEmpty() ? "" : " " + b.funder()), b -> b.amount().toPlainString()));
		rows(changes, "transaction", before, after,
				p -> numbered(p.transactions()
					.stream()
					.map(m -> m.type() + " " + m.day() + " " + m.amount().toPlainString() + " " + m.party() + " "
							+ m.description())
					.toList()));
		rows(changes, "milestone", before, after,
				p -> numbered(p.milestones()
					.stream()
					.map(m -> m.title() + " (" + m.weight() + ") " + Objects.toString(m.dueOn(), "-") + " "
							+ Objects.toString(m.doneOn(), "-"))
					.toList()));
		rows(changes, "figure", before, after, p -> keyed(p.figures(), ProjectData.Figure::key,
				f -> f.value() + " (" + f.asOf() + ", " + f.source() + ")"));
		rows(changes, "result", before, after,
				p -> numbered(p.results()
					.stream()
					.map(r -> r.type() + " " + r.title() + " / " + r.indicator() + " " + r.year() + ": "
							+ r.baselineValue() + " -> " + r.target() + " / " + r.actual())
					.toList()));
		rows(changes, "version", before, after, p -> {
			Map<String, String> texts = new LinkedHashMap<>();
			p.versions().forEach((field, byLanguage) -> byLanguage.forEach((l, t) -> texts.put(field + " " + l, t)));
			return texts;
		});
		return changes;
	}

	private static String org(ProjectData.Org o) {
		return o.role() + " " + o.type() + " " + o.name() + (o.ref().isEmpty() ? "" : " (" + o.ref() + ")");
	}

	private static <T> void scalar(List<Change> changes, String field, ProjectData before, ProjectData after,
			Function<ProjectData, T> value) {
		Object was = value.apply(before);
		Object is = value.apply(after);
		if (!Objects.equals(was, is)) {
			changes.add(Change.of(field, null, was, is));
		}
	}

	private static void rows(List<Change> changes, String field, ProjectData before, ProjectData after,
			Function<ProjectData, Map<String, String>> rows) {
		Map<String, String> was = rows.apply(before);
		Map<String, String> is = rows.apply(after);
		Set<String> keys = new LinkedHashSet<>(was.keySet());
		keys.addAll(is.keySet());
		for (String key : keys) {
			if (!Objects.equals(was.get(key), is.get(key))) {
				changes.add(Change.of(field, key, was.get(key), is.get(key)));
			}
		}
	}

	private static Map<String, String> numbered(List<String> rows) {
		Map<String, String> numbered = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			numbered.put(String.valueOf(i + 1), rows.get(i));
		}
		return numbered;
	}

	private static <T> Map<String, String> keyed(List<T> rows, Function<T, String> key, Function<T, String> value) {
		Map<String, String> keyed = new LinkedHashMap<>();
		rows.forEach(r -> keyed.put(key.apply(r), value.apply(r)));
		return keyed;
	}

}
