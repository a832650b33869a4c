package org.sawa.project;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Service;

/**
 * The public registry of a territory's projects: filtered by sector, status, programme,
 * funder and commune, sorted, with totals that follow the filters (money planned and
 * spent, jobs created for women, for men and for young people, the public seeing counts
 * of people through the disclosure rule).
 */
@Service
public class Registry {

	/** The sorts a reader may choose. */
	public static final List<String> SORTS = List.of("title", "start", "planned", "spent", "progress", "jobs");

	/** A reader's choice of projects; null or empty for "any". */
	public record Filter(Territory place, String sector, Integer status, String programme, String funder,
			Territory commune, String sort) {

		/** The same choice, said in one line (the cell of its published totals). */
		String key() {
			return String.join("|", place == null ? "" : place.code(), nz(sector), status == null ? "" : "" + status,
					nz(programme), nz(funder), commune == null ? "" : commune.code());
		}

		private static String nz(String text) {
			return text == null ? "" : text;
		}

	}

	/** Totals of the projects shown; counts of people null for "fewer than five". */
	public record Totals(int count, BigDecimal planned, BigDecimal spent, Long jobs, Long women, Long men, Long young,
			long jobsPlanned) {
	}

	/** The projects shown, their totals and the funders to choose from. */
	public record View(List<Project> projects, Totals totals, List<String> funders) {
	}

	private final Projects projects;

	private final ProjectFigures figures;

	private final Territories territories;

	Registry(Projects projects, ProjectFigures figures, Territories territories) {
		this.projects = projects;
		this.figures = figures;
		this.territories = territories;
	}

	public View view(Filter filter, boolean exact, Locale locale) {
		List<Project> all = filter.place() == null ? projects.all() : projects.in(filter.place());
		Set<String> funders = new TreeSet<>();
		all.forEach(p -> p.data().orgs(1).forEach(o -> funders.add(o.name())));
		Set<Long> inCommune = filter.commune() == null ? null : Set.copyOf(territories.subtree(filter.commune().id()));
		List<Project> shown = all.stream()
			.filter(p -> empty(filter.sector()) || p.data().sector().equals(filter.sector()))
			.filter(p -> filter.status() == null || p.data().status() == filter.status())
			.filter(p -> empty(filter.programme()) || p.data().programme().equals(filter.programme()))
			.filter(p -> empty(filter.funder())
					|| p.data().orgs(1).stream().anyMatch(o -> o.name().equals(filter.funder())))
			.filter(p -> inCommune == null || p.data().locations().stream().anyMatch(inCommune::contains))
			.sorted(order(filter.sort(), locale))
			.toList();
		return new View(shown, totals(shown, filter, exact), List.copyOf(funders));
	}

	private static boolean empty(String text) {
		return text == null || text.isEmpty();
	}

	private static Comparator<Project> order(String sort, Locale locale) {
		java.text.Collator collator = java.text.Collator.getInstance(locale);
		Comparator<Project> byTitle = (a, b) -> collator.compare(a.data().title(), b.data().title());
		return switch (sort == null ? "" : sort) {
			case "start" -> Comparator.comparing(Project::starts).reversed().thenComparing(byTitle);
			case "planned" -> Comparator.comparing(Project::planned).reversed().thenComparing(byTitle);
			case "spent" -> Comparator.comparing(Project::spent).reversed().thenComparing(byTitle);
			case "progress" -> Comparator.comparingInt(Project::progress).reversed().thenComparing(byTitle);
			case "jobs" -> Comparator.comparingLong((Project p) -> jobs(p)).reversed().thenComparing(byTitle);
			default -> byTitle;
		};
	}

	/** Jobs created by a project, permanent and temporary. */
	static long jobs(Project p) {
		return jobs(p, "actual", "sex", "");
	}

	private static long jobs(Project p, String stage, String dimension, String option) {
		return p.sums("jobs_permanent", stage, dimension).getOrDefault(option, 0L)
				+ p.sums("jobs_temporary", stage, dimension).getOrDefault(option, 0L);
	}

	private Totals totals(List<Project> shown, Filter filter, boolean exact) {
		BigDecimal planned = shown.stream().map(Project::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal spent = shown.stream().map(Project::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
		long all = shown.stream().mapToLong(p -> jobs(p)).sum();
		long women = shown.stream().mapToLong(p -> jobs(p, "actual", "sex", "female")).sum();
		long men = shown.stream().mapToLong(p -> jobs(p, "actual", "sex", "male")).sum();
		long young = shown.stream()
			.mapToLong(p -> jobs(p, "actual", "age_band", "15-17") + jobs(p, "actual", "age_band", "18-24"))
			.sum();
		long jobsPlanned = shown.stream().mapToLong(p -> jobs(p, "planned", "sex", "")).sum();
		String source = "projects.jobs";
		String key = filter.key();
		return new Totals(shown.size(), planned, spent, figures.total(source, key, "", "sex", all, exact),
				figures.total(source, key, "female", "sex", women, exact),
				figures.total(source, key, "male", "sex", men, exact),
				figures.total(source, key, "15-24", "age_band", young, exact), jobsPlanned);
	}

	/** Whether a reader sees exact counts: staff of the place (or of the country). */
	public boolean exactFor(Long personId, Territory place) {
		if (personId == null) {
			return false;
		}
		return place == null ? territories.country().map(c -> projects.manages(personId, c.id())).orElse(false)
				: projects.manages(personId, place.id());
	}

	public static Map<String, String> sortKeys() {
		Map<String, String> keys = new java.util.LinkedHashMap<>();
		SORTS.forEach(s -> keys.put(s, "project.sort." + s));
		return keys;
	}

}
