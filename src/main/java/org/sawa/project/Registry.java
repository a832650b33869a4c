package org.sawa.project;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public registry of a territory's projects: filtered by sector, status, programme,
 * funder and commune, sorted, a page at a time, with totals that follow the filters
 * (money planned and spent, jobs created for women, for men and for young people, the
 * public seeing counts of people through the disclosure rule). PostgreSQL filters, sorts
 * and sums; only the page's projects are read whole.
 */
@Service
@Transactional(readOnly = true)
public class Registry {

	/** The sorts a reader may choose. */
	public static final List<String> SORTS = List.of("title", "start", "planned", "spent", "progress", "jobs");

	/** Projects a page shows. */
	public static final int PAGE = 20;

	/** A reader's choice of projects; null or empty for "any". */
	public record Filter(Territory place, String sector, Integer status, String programme, String funder,
			Territory commune, String sort, int page) {

		/** The same choice, said in one line (the cell of its published totals). */
		String key() {
			return String.join("|", place == null ? "" : place.code(), nz(sector), status == null ? "" : "" + status,
					nz(programme), nz(funder), commune == null ? "" : commune.code());
		}

		private static String nz(String text) {
			return text == null ? "" : text;
		}

	}

	/** Totals of the projects chosen; counts of people null for "fewer than five". */
	public record Totals(int count, BigDecimal planned, BigDecimal spent, Long jobs, Long women, Long men, Long young,
			long jobsPlanned) {
	}

	/**
	 * A page of the projects chosen, their totals, the pages and the funders to choose
	 * from.
	 */
	public record View(List<Project> projects, Totals totals, int page, int pages, List<String> funders) {
	}

	/** Each project's figures the list sorts by, computed by PostgreSQL. */
	static final String CHOSEN = """
			WITH chosen AS (
			  SELECT p.id, sawa_fold(p.title) AS folded, coalesce(p.actual_start, p.planned_start) AS starts,
			    (SELECT coalesce(sum(b.amount), 0) FROM project_budget b WHERE b.project_id = p.id) AS planned,
			    (SELECT coalesce(sum(t.amount), 0) FROM project_transaction t
			     WHERE t.project_id = p.id AND t.type IN (3, 4)) AS spent,
			    (SELECT CASE WHEN coalesce(sum(m.weight), 0) = 0 THEN CASE WHEN p.status IN (3, 4) THEN 100 ELSE 0 END
			            ELSE round(100.0 * coalesce(sum(m.weight) FILTER (WHERE m.done_on IS NOT NULL), 0) / sum(m.weight))
			            END FROM project_milestone m WHERE m.project_id = p.id) AS progress,
			    f.jobs, f.women, f.men, f.young, f.planned_jobs
			  FROM project p
			  CROSS JOIN LATERAL (SELECT coalesce(sum(value) FILTER (WHERE stage = 'actual'), 0) AS jobs,
			      coalesce(sum(value) FILTER (WHERE stage = 'actual' AND sex = 'female'), 0) AS women,
			      coalesce(sum(value) FILTER (WHERE stage = 'actual' AND sex = 'male'), 0) AS men,
			      coalesce(sum(value) FILTER (WHERE stage = 'actual' AND age_band IN ('15-17', '18-24')), 0) AS young,
			      coalesce(sum(value) FILTER (WHERE stage = 'planned'), 0) AS planned_jobs
			    FROM project_figure WHERE project_id = p.id AND measure LIKE 'jobs%') f
			  WHERE (:everywhere OR p.territory_id = ANY(:places)
			         OR EXISTS (SELECT 1 FROM project_location l WHERE l.project_id = p.id AND l.territory_id = ANY(:places)))
			    AND (:sector = '' OR p.sector_code = :sector)
			    AND (:status = 0 OR p.status = :status)
			    AND (:programme = '' OR p.programme = :programme)
			    AND (:funder = '' OR EXISTS (SELECT 1 FROM project_org o
			         WHERE o.project_id = p.id AND o.role = 1 AND o.name = :funder))
			    AND (NOT :inCommune OR EXISTS (SELECT 1 FROM project_location l
			         WHERE l.project_id = p.id AND l.territory_id = ANY(:communes))))
			""";

	static final Map<String, String> ORDER = Map.of("title", "folded, id", "start", "starts DESC, folded, id",
			"planned", "planned DESC, folded, id", "spent", "spent DESC, folded, id", "progress",
			"progress DESC, folded, id", "jobs", "jobs DESC, folded, id");

	private final ProjectStore store;

	private final Projects projects;

	private final ProjectFigures figures;

	private final Territories territories;

	private final JdbcClient jdbc;

	Registry(ProjectStore store, Projects projects, ProjectFigures figures, Territories territories, JdbcClient jdbc) {
		this.store = store;
		this.projects = projects;
		this.figures = figures;
		this.territories = territories;
		this.jdbc = jdbc;
	}

	/** The page's ids and the sums over every project chosen, from one query. */
	private record Page(List<Long> ids, int count, BigDecimal planned, BigDecimal spent, long[] jobs) {
	}

	public View view(Filter filter, boolean exact) {
		Map<String, Object> params = params(filter);
		Page page = page(filter, params, Math.max(1, filter.page()));
		int pages = Math.max(1, (page.count() + PAGE - 1) / PAGE);
		int number = Math.min(Math.max(1, filter.page()), pages);
		if (page.ids().isEmpty() && number < filter.page()) {
			// past the last page: the last one
			page = page(filter, params, number);
		}
		Map<Long, Project> read = ProjectStore.by(store.read(page.ids()), Project::id);
		List<Project> shown = page.ids().stream().map(read::get).toList();
		return new View(shown, totals(filter, page, exact), number, pages, funders(params));
	}

	private Page page(Filter filter, Map<String, Object> params, int number) {
		String order = ORDER.getOrDefault(filter.sort() == null ? "" : filter.sort(), ORDER.get("title"));
		List<Long> ids = new java.util.ArrayList<>();
		Object[] sums = { 0, BigDecimal.ZERO, BigDecimal.ZERO, new long[5] };
		jdbc.sql(CHOSEN + """
				SELECT id, count(*) OVER () AS n, sum(planned) OVER () AS planned_all, sum(spent) OVER () AS spent_all,
				  sum(jobs) OVER () AS j, sum(women) OVER () AS w, sum(men) OVER () AS m, sum(young) OVER () AS y,
				  sum(planned_jobs) OVER () AS pj
				FROM chosen ORDER BY %s LIMIT :limit OFFSET :offset""".formatted(order))
			.params(params)
			.param("limit", PAGE)
			.param("offset", (number - 1) * PAGE)
			.query(rs -> {
				ids.add(rs.getLong("id"));
				sums[0] = rs.getInt("n");
				sums[1] = rs.getBigDecimal("planned_all");
				sums[2] = rs.getBigDecimal("spent_all");
				sums[3] = new long[] { rs.getLong("j"), rs.getLong("w"), rs.getLong("m"), rs.getLong("y"),
						rs.getLong("pj") };
			});
		if (ids.isEmpty() && number > 1) {
			int count = jdbc.sql(CHOSEN + "SELECT count(*) FROM chosen").params(params).query(Integer.class).single();
			return new Page(ids, count, BigDecimal.ZERO, BigDecimal.ZERO, new long[5]);
		}
		return new Page(ids, (Integer) sums[0], (BigDecimal) sums[1], (BigDecimal) sums[2], (long[]) sums[3]);
	}

	private Map<String, Object> params(Filter filter) {
		Map<String, Object> params = new HashMap<>();
		params.put("everywhere", filter.place() == null);
		params.put("places",
				filter.place() == null ? new Long[0] : territories.subtree(filter.place().id()).toArray(Long[]::new));
		params.put("sector", filter.sector() == null ? "" : filter.sector());
		params.put("status", filter.status() == null ? 0 : filter.status());
		params.put("programme", filter.programme() == null ? "" : filter.programme());
		params.put("funder", filter.funder() == null ? "" : filter.funder());
		params.put("inCommune", filter.commune() != null);
		params.put("communes", filter.commune() == null ? new Long[0]
				: territories.subtree(filter.commune().id()).toArray(Long[]::new));
		return params;
	}

	/** The totals as the reader may see them: jobs held are people. */
	private Totals totals(Filter filter, Page page, boolean exact) {
		long[] jobs = page.jobs();
		String source = "projects.jobs";
		String key = filter.key();
		return new Totals(page.count(), page.planned(), page.spent(),
				figures.total(source, key, "", "sex", jobs[0], exact),
				figures.total(source, key, "female", "sex", jobs[1], exact),
				figures.total(source, key, "male", "sex", jobs[2], exact),
				figures.total(source, key, "15-24", "age_band", jobs[3], exact), jobs[4]);
	}

	/** The funders of the place's projects, to choose among. */
	private List<String> funders(Map<String, Object> params) {
		return jdbc
			.sql("""
					SELECT DISTINCT o.name FROM project_org o JOIN project p ON p.id = o.project_id
					WHERE o.role = 1 AND (:everywhere OR p.territory_id = ANY(:places)
					  OR EXISTS (SELECT 1 FROM project_location l WHERE l.project_id = p.id AND l.territory_id = ANY(:places)))
					ORDER BY o.name""")
			.param("everywhere", params.get("everywhere"))
			.param("places", params.get("places"))
			.query(String.class)
			.list();
	}

	/** Whether a reader sees exact counts: staff of the place (or of the country). */
	public boolean exactFor(Long personId, Territory place) {
		if (personId == null) {
			return false;
		}
		return place == null ? territories.country().map(c -> projects.manages(personId, c.id())).orElse(false)
				: projects.manages(personId, place.id());
	}

}
