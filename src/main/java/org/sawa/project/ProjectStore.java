package org.sawa.project;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sawa.db.TextVersions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes projects whole: the project row and its rows of locations,
 * organisations, budgets, transactions, milestones, figures, results, commitments and
 * versions in other languages. A list is read in one query per table, whatever its
 * length.
 */
@Component
class ProjectStore {

	private final JdbcClient jdbc;

	private final TextVersions versions;

	ProjectStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.versions = new TextVersions(jdbc, "project_text");
	}

	/** The ids of the projects kept by, or located in, any of these territories. */
	List<Long> idsIn(Collection<Long> territoryIds) {
		return jdbc.sql("""
				SELECT id FROM project WHERE territory_id = ANY(:t)
				UNION SELECT project_id FROM project_location WHERE territory_id = ANY(:t)""")
			.param("t", territoryIds.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	Long idOf(String identifier) {
		return jdbc.sql("SELECT id FROM project WHERE identifier = :i")
			.param("i", identifier)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/** A list's rows of every child table, by project id. */
	private record Children(Map<Long, List<Long>> locations, Map<Long, List<ProjectData.Org>> orgs,
			Map<Long, List<ProjectData.Budget>> budgets, Map<Long, List<ProjectData.Money>> money,
			Map<Long, List<ProjectData.Milestone>> milestones, Map<Long, List<ProjectData.Figure>> figures,
			Map<Long, List<ProjectData.Result>> results, Map<Long, List<String>> commitments, TextVersions.Read texts) {
	}

	/** The projects of these ids, in the order of their titles. */
	List<Project> read(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Long[] keys = ids.toArray(Long[]::new);
		Children c = children(ids, keys);
		return jdbc.sql("SELECT * FROM project WHERE id = ANY(:ids) ORDER BY title, id")
			.param("ids", keys)
			.query((rs, n) -> project(rs, c))
			.list();
	}

	private Children children(Collection<Long> ids, Long[] keys) {
		return new Children(
				children("SELECT project_id, territory_id FROM project_location"
						+ " WHERE project_id = ANY(:ids) ORDER BY territory_id", keys, rs -> rs.getLong(2)),
				children("SELECT * FROM project_org WHERE project_id = ANY(:ids) ORDER BY position", keys,
						rs -> new ProjectData.Org(rs.getInt("role"), rs.getString("ref"), rs.getString("type"),
								rs.getString("name"))),
				children("SELECT * FROM project_budget WHERE project_id = ANY(:ids) ORDER BY year, funder", keys,
						rs -> new ProjectData.Budget(rs.getInt("year"), rs.getString("funder"),
								rs.getBigDecimal("amount"))),
				children("SELECT * FROM project_transaction WHERE project_id = ANY(:ids) ORDER BY position", keys,
						rs -> new ProjectData.Money(rs.getInt("type"), day(rs, "day"), rs.getBigDecimal("amount"),
								rs.getString("party"), rs.getString("description"))),
				children("SELECT * FROM project_milestone WHERE project_id = ANY(:ids) ORDER BY position", keys,
						rs -> new ProjectData.Milestone(rs.getString("title"), rs.getInt("weight"), day(rs, "due_on"),
								day(rs, "done_on"))),
				children(
						"SELECT * FROM project_figure WHERE project_id = ANY(:ids)"
								+ " ORDER BY measure, stage DESC, year, sex, age_band, disability, area",
						keys, ProjectStore::figure),
				children("SELECT * FROM project_result WHERE project_id = ANY(:ids) ORDER BY position", keys,
						ProjectStore::result),
				children(
						"SELECT project_id, commitment_code FROM project_commitment"
								+ " WHERE project_id = ANY(:ids) ORDER BY commitment_code",
						keys, rs -> rs.getString(2)),
				versions.read(ids.stream().map(id -> new TextVersions.Subject("project", id)).toList()));
	}

	private static Project project(ResultSet rs, Children c) throws SQLException {
		long id = rs.getLong("id");
		Map<String, Map<String, String>> texts = new HashMap<>();
		for (String field : List.of("title", "description")) {
			Map<String, String> of = c.texts().of("project", id, field);
			if (!of.isEmpty()) {
				texts.put(field, of);
			}
		}
		Integer marker = (Integer) rs.getObject("gender_marker", Integer.class);
		ProjectData data = new ProjectData(rs.getString("identifier"), rs.getLong("territory_id"),
				rs.getString("language"), rs.getString("title"), rs.getString("description"), rs.getInt("status"),
				rs.getString("sector_code"), rs.getString("programme"), rs.getString("programme_name"), marker,
				day(rs, "planned_start"), day(rs, "planned_end"), day(rs, "actual_start"), day(rs, "actual_end"),
				rs.getString("place"),
				new ProjectData.Org(0, rs.getString("reporting_ref"), rs.getString("reporting_type"),
						rs.getString("reporting_name")),
				c.locations().getOrDefault(id, List.of()), c.orgs().getOrDefault(id, List.of()),
				c.budgets().getOrDefault(id, List.of()), c.money().getOrDefault(id, List.of()),
				c.milestones().getOrDefault(id, List.of()), c.figures().getOrDefault(id, List.of()),
				c.results().getOrDefault(id, List.of()), c.commitments().getOrDefault(id, List.of()),
				rs.getString("jobs_note"), rs.getString("origin"), texts);
		return new Project(id, data, rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	private interface Row<T> {

		T map(ResultSet rs) throws SQLException;

	}

	private <T> Map<Long, List<T>> children(String sql, Long[] ids, Row<T> row) {
		Map<Long, List<T>> children = new HashMap<>();
		jdbc.sql(sql).param("ids", ids).query(rs -> {
			children.computeIfAbsent(rs.getLong("project_id"), k -> new ArrayList<>()).add(row.map(rs));
		});
		return children;
	}

	private static ProjectData.Figure figure(ResultSet rs) throws SQLException {
		return new ProjectData.Figure(rs.getString("measure"), rs.getString("stage"), rs.getInt("year"),
				rs.getString("sex"), rs.getString("age_band"), rs.getString("disability"), rs.getString("area"),
				rs.getInt("value"), day(rs, "as_of"), rs.getString("source"));
	}

	private static ProjectData.Result result(ResultSet rs) throws SQLException {
		return new ProjectData.Result(rs.getInt("type"), rs.getString("title"), rs.getString("indicator"),
				rs.getInt("measure"), (Integer) rs.getObject("baseline_year", Integer.class),
				rs.getBigDecimal("baseline_value"), rs.getInt("year"), rs.getBigDecimal("target_value"),
				rs.getBigDecimal("actual_value"));
	}

	private static LocalDate day(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	/** Inserts a new project; its id. */
	long insert(ProjectData p, Instant at, long actorId) {
		long id = row(jdbc.sql("""
				INSERT INTO project (identifier, territory_id, language, title, description, status, sector_code,
				  programme, programme_name, gender_marker, planned_start, planned_end, actual_start, actual_end, place,
				  reporting_ref, reporting_type, reporting_name, jobs_note, origin, created_at, updated_at)
				VALUES (:identifier, :territory, :language, :title, :description, :status, :sector, :programme,
				  :programmeName, :marker, :plannedStart, :plannedEnd, :actualStart, :actualEnd, :place, :rref, :rtype,
				  :rname, :note, :origin, :at, :at)
				RETURNING id"""), p, at).query(Long.class).single();
		children(id, p, at, actorId);
		return id;
	}

	/** Replaces a project's data whole. */
	void replace(long id, ProjectData p, Instant at, long actorId) {
		row(jdbc.sql("""
				UPDATE project SET identifier = :identifier, territory_id = :territory, language = :language,
				  title = :title, description = :description, status = :status, sector_code = :sector,
				  programme = :programme, programme_name = :programmeName, gender_marker = :marker,
				  planned_start = :plannedStart, planned_end = :plannedEnd, actual_start = :actualStart,
				  actual_end = :actualEnd, place = :place, reporting_ref = :rref, reporting_type = :rtype,
				  reporting_name = :rname, jobs_note = :note, origin = :origin, updated_at = :at
				WHERE id = :id"""), p, at).param("id", id).update();
		for (String table : List.of("project_location", "project_org", "project_budget", "project_transaction",
				"project_milestone", "project_figure", "project_result", "project_commitment")) {
			jdbc.sql("DELETE FROM " + table + " WHERE project_id = :id").param("id", id).update();
		}
		jdbc.sql("DELETE FROM project_text WHERE subject = 'project' AND subject_id = :id").param("id", id).update();
		children(id, p, at, actorId);
	}

	private static JdbcClient.StatementSpec row(JdbcClient.StatementSpec sql, ProjectData p, Instant at) {
		return sql.param("identifier", p.identifier())
			.param("territory", p.territoryId())
			.param("language", p.language())
			.param("title", p.title())
			.param("description", p.description())
			.param("status", p.status())
			.param("sector", p.sector())
			.param("programme", p.programme())
			.param("programmeName", p.programmeName())
			.param("marker", p.genderMarker())
			.param("plannedStart", p.plannedStart())
			.param("plannedEnd", p.plannedEnd())
			.param("actualStart", p.actualStart())
			.param("actualEnd", p.actualEnd())
			.param("place", p.place())
			.param("rref", p.reporting().ref())
			.param("rtype", p.reporting().type())
			.param("rname", p.reporting().name())
			.param("note", p.jobsNote())
			.param("origin", p.origin())
			.param("at", Timestamp.from(at));
	}

	private void children(long id, ProjectData p, Instant at, long actorId) {
		p.locations().forEach(t -> insert("project_location (project_id, territory_id) VALUES (:id, :a)", id, t));
		each(p.orgs(), (o, i) -> insert(
				"project_org (project_id, position, role, ref, type, name)" + " VALUES (:id, :a, :b, :c, :d, :e)", id,
				i, o.role(), o.ref(), o.type(), o.name()));
		p.budgets()
			.forEach(b -> insert("project_budget (project_id, year, funder, amount) VALUES (:id, :a, :b, :c)", id,
					b.year(), b.funder(), b.amount()));
		each(p.transactions(),
				(m, i) -> insert(
						"project_transaction (project_id, position, type, day, amount, party,"
								+ " description) VALUES (:id, :a, :b, :c, :d, :e, :f)",
						id, i, m.type(), m.day(), m.amount(), m.party(), m.description()));
		each(p.milestones(),
				(m, i) -> insert(
						"project_milestone (project_id, position, title, weight, due_on, done_on)"
								+ " VALUES (:id, :a, :b, :c, :d, :e)",
						id, i, m.title(), m.weight(), m.dueOn(), m.doneOn()));
		p.figures()
			.forEach(f -> insert(
					"project_figure (project_id, measure, stage, year, sex, age_band, disability,"
							+ " area, value, as_of, source) VALUES (:id, :a, :b, :c, :d, :e, :f, :g, :h, :i, :j)",
					id, f.measure(), f.stage(), f.year(), f.sex(), f.ageBand(), f.disability(), f.area(), f.value(),
					f.asOf(), f.source()));
		each(p.results(),
				(r, i) -> insert(
						"project_result (project_id, position, type, title, indicator, measure,"
								+ " baseline_year, baseline_value, year, target_value, actual_value)"
								+ " VALUES (:id, :a, :b, :c, :d, :e, :f, :g, :h, :i, :j)",
						id, i, r.type(), r.title(), r.indicator(), r.measure(), r.baselineYear(), r.baselineValue(),
						r.year(), r.target(), r.actual()));
		p.commitments()
			.forEach(c -> insert("project_commitment (project_id, commitment_code) VALUES (:id, :a)", id, c));
		p.versions()
			.forEach((field, byLanguage) -> byLanguage.forEach((language, text) -> jdbc.sql("""
					INSERT INTO project_text (subject, subject_id, field, language, text, updated_by, updated_at)
					VALUES ('project', :id, :f, :l, :t, :by, :at)""")
				.param("id", id)
				.param("f", field)
				.param("l", language)
				.param("t", text)
				.param("by", actorId)
				.param("at", Timestamp.from(at))
				.update()));
	}

	private interface Indexed<T> {

		void accept(T item, int index);

	}

	private static <T> void each(List<T> items, Indexed<T> action) {
		for (int i = 0; i < items.size(); i++) {
			action.accept(items.get(i), i);
		}
	}

	private void insert(String into, long id, Object... values) {
		JdbcClient.StatementSpec sql = jdbc.sql("INSERT INTO " + into).param("id", id);
		String names = "abcdefghij";
		for (int i = 0; i < values.length; i++) {
			sql = sql.param(String.valueOf(names.charAt(i)), values[i]);
		}
		sql.update();
	}

	static <K, V> Map<K, V> by(Collection<V> values, Function<V, K> key) {
		Map<K, V> map = new java.util.LinkedHashMap<>();
		values.forEach(v -> map.put(key.apply(v), v));
		return map;
	}

}
