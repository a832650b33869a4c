package org.sawa.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sawa.indicator.Indicator;
import org.sawa.indicator.IndicatorFeeds;
import org.sawa.territory.Territories;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Jobs and beneficiaries of every project, summed by territory, year and group, as six
 * indicators of the indicator database (jobs permanent and temporary, beneficiaries;
 * planned and actual), so that the dashboard and the annual report show them with the
 * disparity analysis. A project's figures count where it is: its commune, or the nearest
 * territory that holds all its places. Rebuilt for the years a change touched, in the
 * changing transaction.
 */
@Component
class JobIndicators {

	/** The indicator of each measure and stage. */
	static final Map<String, String> CODES = Map.of("jobs_permanent/actual", "PROJ.JOBS.PERMANENT",
			"jobs_permanent/planned", "PROJ.JOBS.PERMANENT.PLANNED", "jobs_temporary/actual", "PROJ.JOBS.TEMPORARY",
			"jobs_temporary/planned", "PROJ.JOBS.TEMPORARY.PLANNED", "beneficiaries/actual", "PROJ.BENEFICIARIES",
			"beneficiaries/planned", "PROJ.BENEFICIARIES.PLANNED");

	static final String SOURCE = "Sawa projects registry";

	private final JdbcClient jdbc;

	private final IndicatorFeeds feeds;

	private final Territories territories;

	JobIndicators(JdbcClient jdbc, IndicatorFeeds feeds, Territories territories) {
		this.jdbc = jdbc;
		this.feeds = feeds;
		this.territories = territories;
	}

	/** The years a project's figures concern. */
	static Set<Integer> years(ProjectData p) {
		Set<Integer> years = new TreeSet<>();
		p.figures().forEach(f -> years.add(f.year()));
		return years;
	}

	/**
	 * The years whose rebuild waits for the end of a batch, on this thread (null: none).
	 */
	private final ThreadLocal<Set<Integer>> waiting = new ThreadLocal<>();

	/**
	 * Runs many changes, then rebuilds once every year they touched (an import of many
	 * projects rebuilds each indicator-year once, not once per project). The caller holds
	 * the transaction.
	 */
	void batch(Runnable changes, String actor) {
		if (waiting.get() != null) {
			changes.run();
			return;
		}
		Set<Integer> years = new TreeSet<>();
		waiting.set(years);
		try {
			changes.run();
		}
		finally {
			waiting.remove();
		}
		refresh(years, actor);
	}

	/**
	 * Rebuilds the six indicators' values of these years from every project's figures.
	 */
	void refresh(Collection<Integer> years, String actor) {
		if (waiting.get() != null) {
			waiting.get().addAll(years);
			return;
		}
		if (years.isEmpty()) {
			return;
		}
		CODES.forEach((key, code) -> feeds.ensure(definition(key, code), actor));
		Map<Long, Long> home = homes(years);
		for (int year : years) {
			Map<String, Map<List<Object>, BigDecimal>> sums = new HashMap<>();
			jdbc.sql("""
					SELECT project_id, measure, stage, sex, age_band, disability, area, value FROM project_figure
					WHERE year = :y""").param("y", year).query(rs -> {
				Long where = home.get(rs.getLong("project_id"));
				if (where != null) {
					List<Object> cell = List.of(where, rs.getString("sex"), rs.getString("age_band"),
							rs.getString("disability"), rs.getString("area"));
					sums.computeIfAbsent(rs.getString("measure") + "/" + rs.getString("stage"), k -> new HashMap<>())
						.merge(cell, BigDecimal.valueOf(rs.getLong("value")), BigDecimal::add);
				}
			});
			CODES.forEach((key, code) -> {
				List<IndicatorFeeds.Value> values = new ArrayList<>();
				sums.getOrDefault(key, Map.of())
					.forEach((cell, value) -> values
						.add(new IndicatorFeeds.Value((Long) cell.get(0), (String) cell.get(1), (String) cell.get(2),
								(String) cell.get(3), (String) cell.get(4), value)));
				feeds.replace(code, year, values, SOURCE, actor);
			});
		}
	}

	/**
	 * Where each project with figures in these years counts them: the deepest territory
	 * that holds all its places (only those projects' places are read, not the
	 * country's).
	 */
	private Map<Long, Long> homes(Collection<Integer> years) {
		Map<Long, List<Long>> places = new HashMap<>();
		jdbc.sql("""
				SELECT project_id, territory_id FROM project_location WHERE project_id IN
				  (SELECT project_id FROM project_figure WHERE year = ANY(:years))""")
			.param("years", years.toArray(Integer[]::new))
			.query(rs -> {
				places.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
			});
		Set<Long> all = new java.util.HashSet<>();
		places.values().forEach(all::addAll);
		Map<Long, List<Long>> ancestry = territories.ancestry(all);
		Map<Long, Long> homes = new HashMap<>();
		places.forEach((project, ids) -> {
			List<Long> common = null;
			for (Long id : ids) {
				List<Long> line = new ArrayList<>(ancestry.getOrDefault(id, List.of()));
				java.util.Collections.reverse(line);
				if (common == null) {
					common = line;
				}
				else {
					int n = 0;
					while (n < common.size() && n < line.size() && common.get(n).equals(line.get(n))) {
						n++;
					}
					common = common.subList(0, n);
				}
			}
			if (common != null && !common.isEmpty()) {
				homes.put(project, common.get(common.size() - 1));
			}
		});
		return homes;
	}

	private static Indicator definition(String key, String code) {
		String measure = key.substring(0, key.indexOf('/'));
		boolean planned = key.endsWith("planned");
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, String[]> words = Map.of("jobs_permanent",
				new String[] { "مناصب الشغل الدائمة", "Emplois permanents", "Permanent jobs", "ⵜⵉⵡⵓⵔⵉⵡⵉⵏ ⵉⵏⵎⵏⵉⵏ" },
				"jobs_temporary",
				new String[] { "مناصب الشغل المؤقتة", "Emplois temporaires", "Temporary jobs", "ⵜⵉⵡⵓⵔⵉⵡⵉⵏ ⵓⵔ ⵉⵏⵎⵏⵉⵏ" },
				"beneficiaries", new String[] { "المستفيدون", "Bénéficiaires", "Beneficiaries", "ⵉⵏⴰⴼⴰⵖⵏ" });
		String[] w = words.get(measure);
		String[] stage = planned
				? new String[] { " (المتوقعة في المشاريع)", " prévus par les projets", " planned by projects",
						" ⵉⵜⵜⵓⵙⵜⵓⵏ ⵙ ⵉⵙⵏⴼⴰⵔⵏ" }
				: new String[] { " (المحدثة في المشاريع)", " créés par les projets", " created by projects",
						" ⵉⵜⵜⵓⵙⵏⵓⵍⴼⴰⵏ ⵙ ⵉⵙⵏⴼⴰⵔⵏ" };
		if ("beneficiaries".equals(measure)) {
			stage = planned
					? new String[] { " (المتوقعون في المشاريع)", " prévus par les projets", " planned by projects",
							" ⵉⵜⵜⵓⵙⵜⵓⵏ ⵙ ⵉⵙⵏⴼⴰⵔⵏ" }
					: new String[] { " (الذين استفادوا من المشاريع)", " atteints par les projets",
							" reached by projects", " ⵉⵜⵜⵓⵡⵡⴹⵏ ⵙ ⵉⵙⵏⴼⴰⵔⵏ" };
		}
		String[] languages = { "ar", "fr", "en", "zgh" };
		for (int i = 0; i < 4; i++) {
			names.put(languages[i], w[i] + stage[i]);
		}
		Map<String, String> definitions = Map.of("fr",
				"Somme des chiffres déclarés par les projets du registre, par année, là où se trouve le projet.", "en",
				"Sum of the figures the registry's projects declare, per year, where the project is.", "ar",
				"مجموع الأرقام التي تصرح بها مشاريع السجل، حسب السنة ومكان المشروع.", "zgh",
				"ⴰⵎⵓⵏ ⵏ ⵉⵎⴹⴰⵏ ⵏ ⵉⵙⵏⴼⴰⵔⵏ, ⵙ ⵓⵙⴳⴳⵯⴰⵙ.");
		return new Indicator(code, names, definitions, "count", "sum", null, null, "higher", "8.5", SOURCE, "projects",
				List.of("sex", "age_band", "disability", "area"));
	}

}
