package org.sawa.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.sawa.audit.AuditLog;
import org.sawa.db.TextVersions;
import org.sawa.follow.Changes;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultations of territories' councils: staff of a territory open one with all its
 * phases at once (checked all together, written in one transaction, audited); anyone
 * reads them.
 */
@Service
public class Processes {

	/** A new process as staff typed it; phases in order. */
	public record NewProcess(String code, String territoryCode, String subject, String title, String summary,
			String language, List<NewPhase> phases) {
	}

	/**
	 * A row of phases as typed: its kind, dates and an optional description. A row with
	 * neither dates nor description is a phase the process does not have.
	 */
	public record NewPhase(String kind, LocalDate startsOn, LocalDate endsOn, String description) {

		boolean used() {
			return startsOn != null || endsOn != null || (description != null && !description.isBlank());
		}

	}

	private final JdbcClient jdbc;

	private final Territories territories;

	private final Permissions permissions;

	private final AuditLog audit;

	private final Clock clock;

	private final Changes changes;

	Processes(JdbcClient jdbc, Territories territories, Permissions permissions, Changes changes, AuditLog audit,
			Clock clock) {
		this.changes = changes;
		this.jdbc = jdbc;
		this.territories = territories;
		this.permissions = permissions;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the person is staff of the territory (or of a territory containing it). */
	public boolean staff(long personId, long territoryId) {
		return permissions.hasAny(personId, territoryId, Role.STAFF, Role.ADMIN);
	}

	/**
	 * Refuses (at {@code field}) one who is not staff of the process's territory: only
	 * they add its documents and their forms, record its gatherings and answer proposals.
	 */
	void requireStaff(Process process, long actorId, String field) {
		if (!staff(actorId, process.territoryId())) {
			throw new ConsultationRefused(field, "consultation.error.notStaff");
		}
	}

	/**
	 * Whether the person is staff (or administrator) of any territory, and so may open a
	 * consultation: read from the grants alone, without going through the territories.
	 */
	public boolean staffAnywhere(long personId) {
		return permissions.of(personId).stream().anyMatch(g -> g.role() == Role.STAFF || g.role() == Role.ADMIN);
	}

	/**
	 * The regions, provinces and communes whose staff (or administrator) the person is,
	 * by level.
	 */
	public List<Territory> territoriesOf(long personId) {
		var scope = permissions.scope(personId, Role.STAFF);
		List<Territory> places = new ArrayList<>();
		for (var level : List.of(org.sawa.territory.Level.REGION, org.sawa.territory.Level.PROVINCE,
				org.sawa.territory.Level.COMMUNE)) {
			territories.atLevel(level).stream().filter(scope).forEach(places::add);
		}
		return places;
	}

	/**
	 * Opens a consultation with its phases; refused as a whole with a reason at each
	 * field (phase fields are keyed {@code phase.<n>.<field>}). Returns its code.
	 */
	@Transactional
	public String open(NewProcess process, long actorId) {
		Refusals refusals = new Refusals();
		String code = process.code() == null ? "" : process.code().strip().toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z0-9][A-Z0-9-]{1,39}")) {
			refusals.add("code", "consultation.error.code");
		}
		else if (byCode(code).isPresent()) {
			refusals.add("code", "consultation.error.codeTaken");
		}
		Territory territory = territories.byCode(process.territoryCode() == null ? "" : process.territoryCode())
			.orElse(null);
		if (territory == null || !staff(actorId, territory.id())) {
			refusals.add("territory", "consultation.error.territory");
		}
		if (!Process.SUBJECTS.contains(process.subject() == null ? "" : process.subject())) {
			refusals.add("subject", "validation.option");
		}
		if (!TextVersions.LANGUAGES.contains(process.language() == null ? "" : process.language())) {
			refusals.add("language", "validation.option");
		}
		String title = strip(process.title());
		String summary = strip(process.summary());
		if (Texts.length(title) < 5 || Texts.length(title) > 200) {
			refusals.add("title", "consultation.error.title", 5, 200);
		}
		if (Texts.length(summary) < 20 || Texts.length(summary) > 5000) {
			refusals.add("summary", "consultation.error.summary", 20, 5000);
		}
		checkPhases(process.phases(), refusals);
		refusals.throwIfAny();
		long id = jdbc.sql("""
				INSERT INTO consultation_process (code, territory_id, subject, title, summary, language, created_by,
				  created_at)
				VALUES (:code, :t, :s, :title, :summary, :l, :by, :at) RETURNING id""")
			.param("code", code)
			.param("t", territory.id())
			.param("s", process.subject())
			.param("title", title)
			.param("summary", summary)
			.param("l", process.language())
			.param("by", actorId)
			.param("at", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		List<NewPhase> used = process.phases().stream().filter(NewPhase::used).toList();
		insertPhases(id, used);
		audit.append("person:" + actorId, "consultation.opened", "consultation:" + code, territory.code());
		changes.record(Changes.Change.of("consultation", code, territory.id(), title, "follow.change.opened",
				List.of(used.get(used.size() - 1).endsOn().toString()), "/consultations/" + code));
		return code;
	}

	private void insertPhases(long processId, List<NewPhase> phases) {
		int position = 1;
		for (NewPhase phase : phases) {
			jdbc.sql("""
					INSERT INTO consultation_phase (process_id, position, kind, starts_on, ends_on, description)
					VALUES (:p, :n, :k, :s, :e, :d)""")
				.param("p", processId)
				.param("n", position++)
				.param("k", phase.kind())
				.param("s", phase.startsOn())
				.param("e", phase.endsOn())
				.param("d", strip(phase.description()))
				.update();
		}
	}

	/**
	 * Phases: at least one row used, at most twelve; each a known kind with both dates,
	 * ending on or after its start, starting after the one before ends. Reasons are keyed
	 * by row ({@code phase.<row>.<field>}).
	 */
	private static void checkPhases(List<NewPhase> phases, Refusals refusals) {
		long used = phases.stream().filter(NewPhase::used).count();
		if (used == 0 || phases.size() > 12) {
			refusals.add("phases", "consultation.error.phases");
			return;
		}
		LocalDate previousEnd = null;
		for (int i = 0; i < phases.size(); i++) {
			NewPhase phase = phases.get(i);
			if (!phase.used()) {
				continue;
			}
			String prefix = "phase." + (i + 1) + ".";
			if (!Process.Phase.KINDS.contains(phase.kind() == null ? "" : phase.kind())) {
				refusals.add(prefix + "kind", "validation.option");
			}
			if (phase.startsOn() == null) {
				refusals.add(prefix + "startsOn", "validation.date");
			}
			if (phase.endsOn() == null || (phase.startsOn() != null && phase.endsOn().isBefore(phase.startsOn()))) {
				refusals.add(prefix + "endsOn", "consultation.error.period");
			}
			else if (phase.startsOn() != null && previousEnd != null && !phase.startsOn().isAfter(previousEnd)) {
				refusals.add(prefix + "startsOn", "consultation.error.order");
			}
			if (Texts.length(strip(phase.description())) > 2000) {
				refusals.add(prefix + "description", "consultation.error.description", 2000);
			}
			if (phase.endsOn() != null) {
				previousEnd = phase.endsOn();
			}
		}
	}

	/**
	 * The next number of a process's proposals or documents ({@code table}), the process
	 * locked until the caller's transaction ends so that two at once do not take the
	 * same.
	 */
	int nextNumber(Process process, String table) {
		return nextNumber(process, table, "number");
	}

	/** The same, for a table whose numbers are in another column. */
	int nextNumber(Process process, String table, String column) {
		jdbc.sql("SELECT id FROM consultation_process WHERE id = :id FOR UPDATE")
			.param("id", process.id())
			.query(Long.class)
			.single();
		return jdbc.sql("SELECT coalesce(max(" + column + "), 0) + 1 FROM " + table + " WHERE process_id = :p")
			.param("p", process.id())
			.query(Integer.class)
			.single();
	}

	public Optional<Process> byCode(String code) {
		return withPhases(jdbc.sql("SELECT * FROM consultation_process WHERE code = :c")
			.param("c", code)
			.query(Processes::row)
			.list()).stream().findFirst();
	}

	public Optional<Process> byId(long id) {
		return withPhases(jdbc.sql("SELECT * FROM consultation_process WHERE id = :id")
			.param("id", id)
			.query(Processes::row)
			.list()).stream().findFirst();
	}

	/**
	 * The consultations that concern a territory: its own and those of the territories
	 * that contain it (a region's plan concerns each of its communes), latest first; all
	 * when {@code territory} is null.
	 */
	public List<Process> concerning(Territory territory) {
		return withPhases(jdbc.sql("SELECT * FROM consultation_process WHERE " + CONCERNING + " ORDER BY id DESC")
			.param("places", places(territory))
			.query(Processes::row)
			.list()).stream().sorted(java.util.Comparator.comparing(Process::startsOn).reversed()).toList();
	}

	/**
	 * How many consultations concern a territory (as {@link #concerning}), by one count.
	 */
	public long countConcerning(Territory territory) {
		return jdbc.sql("SELECT count(*) FROM consultation_process WHERE " + CONCERNING)
			.param("places", places(territory))
			.query(Long.class)
			.single();
	}

	private static final String CONCERNING = "cardinality(:places::bigint[]) = 0 OR territory_id = ANY(:places)";

	/** The territory and those containing it; none (every territory) for null. */
	private Long[] places(Territory territory) {
		return territory == null ? new Long[0]
				: territories.lineage(territory).stream().map(Territory::id).toArray(Long[]::new);
	}

	/** A process's own columns, before its phases are read. */
	private record Row(long id, String code, long territoryId, String subject, String title, String summary,
			String language) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("code"), rs.getLong("territory_id"), rs.getString("subject"),
				rs.getString("title"), rs.getString("summary"), rs.getString("language"));
	}

	/**
	 * The processes with their phases, read in one statement for all of them once the
	 * processes' rows are read (never a statement inside another's rows: that would hold
	 * one pooled connection while waiting for a second).
	 */
	private List<Process> withPhases(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		java.util.Map<Long, List<Process.Phase>> phases = new java.util.HashMap<>();
		jdbc.sql("SELECT * FROM consultation_phase WHERE process_id = ANY(:ids) ORDER BY process_id, position")
			.param("ids", rows.stream().map(Row::id).toArray(Long[]::new))
			.query((r, i) -> java.util.Map.entry(r.getLong("process_id"),
					new Process.Phase(r.getLong("id"), r.getInt("position"), r.getString("kind"),
							r.getObject("starts_on", LocalDate.class), r.getObject("ends_on", LocalDate.class),
							r.getString("description"))))
			.list()
			.forEach(e -> phases.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return rows.stream()
			.map(r -> new Process(r.id(), r.code(), r.territoryId(), r.subject(), r.title(), r.summary(), r.language(),
					phases.getOrDefault(r.id(), List.of())))
			.toList();
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

}
