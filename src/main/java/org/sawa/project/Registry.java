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
			    (SELECT coalesce(sum(f.value), 0) FROM project_figure f
			     WHERE f.project_id = p.id AND f.stage = 'actual' AND f.measure LIKE 'jobs%') AS jobs
			  FROM project p
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

	public View view(Filter filter, boolean exact) {
		Map<String, Object> params = params(filter);
		Object[] sums = jdbc
			.sql(CHOSEN + "SELECT count(*), coalesce(sum(planned), 0), coalesce(sum(spent), 0) FROM chosen")
			.params(params)
			.query((rs, n) -> new Object[] { rs.getInt(1), rs.getBigDecimal(2), rs.getBigDecimal(3) })
			.single();
		int count = (Integer) sums[0];
		int pages = Math.max(1, (count + PAGE - 1) / PAGE);
		int page = Math.min(Math.max(1, filter.page()), pages);
		List<Long> ids = jdbc
			.sql(CHOSEN + "SELECT id FROM chosen ORDER BY "
					+ ORDER.getOrDefault(filter.sort() == null ? "" : filter.sort(), ORDER.get("title"))
					+ " LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", PAGE)
			.param("offset", (page - 1) * PAGE)
			.query(Long.class)
			.list();
		Map<Long, Project> read = ProjectStore.by(store.read(ids), Project::id);
		List<Project> shown = ids.stream().map(read::get).toList();
		return new View(shown, totals(filter, params, count, (BigDecimal) sums[1], (BigDecimal) sums[2], exact), page,
				pages, funders(params));
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

	/**
	 * Jobs created (permanent and temporary) by the chosen projects, by sex and age band.
	 */
	private Totals totals(Filter filter, Map<String, Object> params, int count, BigDecimal planned, BigDecimal spent,
			boolean exact) {
		long[] jobs = new long[5];
		jdbc.sql(CHOSEN + """
				SELECT f.stage, f.sex, f.age_band, sum(f.value) FROM project_figure f
				WHERE f.project_id IN (SELECT id FROM chosen) AND f.measure LIKE 'jobs%'
				GROUP BY f.stage, f.sex, f.age_band""").params(params).query(rs -> {
			long value = rs.getLong(4);
			if ("planned".equals(rs.getString(1))) {
				jobs[4] += value;
				return;
			}
			jobs[0] += value;
			jobs[1] += "female".equals(rs.getString(2)) ? value : 0;
			jobs[2] += "male".equals(rs.getString(2)) ? value : 0;
			jobs[3] += List.of("15-17", "18-24").contains(rs.getString(3)) ? value : 0;
		});
		String source = "projects.jobs";
		String key = filter.key();
		return new Totals(count, planned, spent, figures.total(source, key, "", "sex", jobs[0], exact),
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
