package org.sawa.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A territory's projects over a year, as the annual report shows them: those running that
 * year, money planned and spent in it, jobs created in it by sex and for young people
 * (exact: the report protects them), and the largest projects with their progress.
 */
@Service
public class ProjectYears {

	/**
	 * A project as the report lists it; its title in its language and the others written.
	 */
	public record Line(String identifier, String language, Map<String, String> titles, int status, int progress,
			BigDecimal planned, BigDecimal spent) {
	}

	/** The year's figures. */
	public record Summary(int running, BigDecimal plannedInYear, BigDecimal spentInYear, long jobs, long women,
			long men, long young, long jobsPlanned, List<Line> largest) {
	}

	/** How many projects the report lists, the largest first. */
	static final int LISTED = 15;

	private final Projects projects;

	ProjectYears(Projects projects) {
		this.projects = projects;
	}

	@Transactional(readOnly = true)
	public Summary of(Territory territory, int year) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		List<Project> running = projects.in(territory)
			.stream()
			.filter(p -> !p.starts().isAfter(to) && !p.ends().isBefore(from) && p.data().status() != 5)
			.toList();
		BigDecimal planned = BigDecimal.ZERO;
		BigDecimal spent = BigDecimal.ZERO;
		long[] jobs = new long[5];
		for (Project p : running) {
			for (ProjectData.Budget b : p.data().budgets()) {
				planned = b.year() == year ? planned.add(b.amount()) : planned;
			}
			for (ProjectData.Money m : p.data().transactions()) {
				spent = m.spending() && m.day().getYear() == year ? spent.add(m.amount()) : spent;
			}
			for (ProjectData.Figure f : p.data().figures()) {
				if (f.measure().startsWith("jobs_")) {
					count(jobs, f, year);
				}
			}
		}
		List<Line> largest = running.stream()
			.sorted(Comparator.comparing(Project::planned).reversed())
			.limit(LISTED)
			.map(ProjectYears::line)
			.toList();
		return new Summary(running.size(), planned, spent, jobs[0], jobs[1], jobs[2], jobs[3], jobs[4], largest);
	}

	/**
	 * Jobs created in the year (all, women, men, 15-24) and planned over the projects'
	 * lives.
	 */
	private static void count(long[] jobs, ProjectData.Figure f, int year) {
		if ("planned".equals(f.stage())) {
			jobs[4] += f.value();
			return;
		}
		if (f.year() != year) {
			return;
		}
		jobs[0] += f.value();
		jobs[1] += "female".equals(f.sex()) ? f.value() : 0;
		jobs[2] += "male".equals(f.sex()) ? f.value() : 0;
		jobs[3] += "15-17".equals(f.ageBand()) || "18-24".equals(f.ageBand()) ? f.value() : 0;
	}

	private static Line line(Project p) {
		Map<String, String> titles = new HashMap<>(p.data().versions().getOrDefault("title", Map.of()));
		titles.put(p.data().language(), p.data().title());
		return new Line(p.identifier(), p.data().language(), titles, p.data().status(), p.progress(), p.planned(),
				p.spent());
	}

}
