package org.sawa.project;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sawa.disclosure.Cell;
import org.sawa.disclosure.PublishedCounts;
import org.springframework.stereotype.Component;

/**
 * How counts of people a project declares are published: jobs held and beneficiaries
 * reached are people, so the public sees them through the disclosure rule (no count of
 * one to four); what a plan expects is not people yet and is shown as planned. Staff of
 * the collectivity see exact figures.
 */
@Component
public class ProjectFigures {

	private final PublishedCounts counts;

	ProjectFigures(PublishedCounts counts) {
		this.counts = counts;
	}

	/**
	 * The cell of a project's figure of a measure and stage over all its years, narrowed
	 * by groups.
	 */
	static Cell cell(Project project, String measure, String year, Map<String, String> groups) {
		Cell cell = Cell.of("project:" + project.identifier() + ":" + measure, project.identifier(), year);
		for (Map.Entry<String, String> g : groups.entrySet()) {
			cell = cell.with(g.getKey(), g.getValue());
		}
		return cell;
	}

	/** One figure as a reader sees it (null: fewer than five). */
	public Long shown(Project project, ProjectData.Figure f, boolean exact) {
		if (exact || "planned".equals(f.stage())) {
			return (long) f.value();
		}
		Map<String, String> groups = new LinkedHashMap<>();
		ProjectChecks.DIMENSIONS.forEach(d -> groups.put(d, f.option(d)));
		return counts.shown(cell(project, f.measure(), String.valueOf(f.year()), groups), f.value());
	}

	/**
	 * A project's sums of a measure and stage by one dimension's option ("" the total),
	 * as a reader sees them.
	 */
	public Map<String, Long> sums(Project project, String measure, String stage, String dimension, boolean exact) {
		Map<String, Long> exactSums = project.sums(measure, stage, dimension);
		if (exact || "planned".equals(stage)) {
			return exactSums;
		}
		Map<String, Long> shown = new LinkedHashMap<>();
		exactSums.forEach((option, value) -> shown.put(option, counts
			.shown(cell(project, measure, "all", option.isEmpty() ? Map.of() : Map.of(dimension, option)), value)));
		return shown;
	}

	/**
	 * Young people (15 to 24) counted by a measure of a project, as the public sees them.
	 */
	public Long youngShown(Project project, String measure, Long exact) {
		return exact == null ? null : counts.shown(cell(project, measure, "all", Map.of("age_band", "15-24")), exact);
	}

	/**
	 * Jobs (permanent and temporary) created in an age band, as the reader may see them.
	 */
	public Long jobsInBand(Project project, String band, long exact, boolean exactAllowed) {
		return counts.shown(cell(project, "jobs", "all", Map.of("age_band", band)), exact, exactAllowed);
	}

	/** A total over many projects (a registry's, a report's), as the public sees it. */
	public Long total(String source, String territory, String option, String dimension, long exact,
			boolean exactAllowed) {
		Cell cell = Cell.of(source, territory, "all");
		if (!option.isEmpty()) {
			cell = cell.with(dimension, option);
		}
		return counts.shown(cell, exact, exactAllowed);
	}

}
