package org.sawa.capacity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sawa.account.Participations;
import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.sawa.audit.AuditLog;
import org.sawa.calendar.WorkingDays;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Individual mentoring: a development plan per participant with chosen priorities,
 * coaching sessions, progress per priority. Coaching notes are private: they are read
 * here only for the session's coach and the programme's officers; everyone else gets the
 * session without them. Each coaching session publishes {@code ParticipationRecorded} on
 * channel {@value #CHANNEL}.
 */
@Service
@Transactional
public class Mentoring {

	private final Clock clock;

	public static final String CHANNEL = "capacity.coaching";

	public static final List<String> PRIORITIES = List.of("public_speaking", "leadership", "reading_budgets",
			"advocacy_in_council", "committee_work", "handling_resistance");

	private final JdbcClient jdbc;

	private final Programmes programmes;

	private final Activities activities;

	private final Permissions permissions;

	private final Participations participations;

	private final AuditLog audit;

	Mentoring(JdbcClient jdbc, Programmes programmes, Activities activities, Permissions permissions,
			Participations participations, AuditLog audit, Clock clock) {
		this.activities = activities;
		this.clock = clock;
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.permissions = permissions;
		this.participations = participations;
		this.audit = audit;
	}

	/**
	 * Opens a participant's plan with the chosen priorities and their starting level (1
	 * to 4).
	 */
	public long openPlan(long participantId, long coachId, LocalDate startsOn, Map<String, Integer> baselines,
			long actorId) {
		Participant participant = programmes.participant(participantId)
			.orElseThrow(() -> new CapacityRefused("participant", "validation.option"));
		Programme programme = programmes.byId(participant.programmeId()).orElseThrow();
		if (plan(participantId).isPresent()) {
			throw new CapacityRefused("participant", "capacity.error.planExists");
		}
		Refusals refusals = new Refusals();
		if (startsOn == null || startsOn.isBefore(programme.startsOn()) || startsOn.isAfter(programme.endsOn())) {
			refusals.add("startsOn", "capacity.error.outsidePeriod");
		}
		if (baselines.isEmpty()) {
			refusals.add("priorities", "capacity.error.noPriority");
		}
		for (var entry : baselines.entrySet()) {
			if (!PRIORITIES.contains(entry.getKey())) {
				refusals.add("priorities", "validation.option");
			}
			else if (entry.getValue() == null || entry.getValue() < 1 || entry.getValue() > 4) {
				refusals.add("level." + entry.getKey(), "capacity.error.level");
			}
		}
		refusals.throwIfAny();
		long id = jdbc.sql(
				"INSERT INTO capacity_plan (participant_id, coach_id, starts_on, created_at) VALUES (:p, :c, :s, :stampedAt) RETURNING id")
			.param("stampedAt", Timestamp.from(clock.instant()))
			.param("p", participantId)
			.param("c", coachId)
			.param("s", startsOn)
			.query(Long.class)
			.single();
		baselines.forEach((priority, level) -> jdbc.sql("""
				INSERT INTO capacity_plan_priority (plan_id, priority, baseline, current) VALUES (:p, :k, :l, :l)""")
			.param("p", id)
			.param("k", priority)
			.param("l", level)
			.update());
		audit.append("person:" + actorId, "capacity.plan.opened", "programme:" + programme.code(),
				"participant:" + participantId + " coach:" + coachId);
		return id;
	}

	/**
	 * Records a coaching session by the plan's coach (or an officer); topics are among
	 * the plan's priorities.
	 */
	public long coach(long planId, LocalDate heldOn, String mode, Integer minutes, List<String> topics, String notes,
			long coachId) {
		Plan plan = planById(planId).orElseThrow(() -> new CapacityRefused("", "capacity.error.noPlan"));
		Participant participant = programmes.participant(plan.participantId()).orElseThrow();
		Programme programme = programmes.byId(participant.programmeId()).orElseThrow();
		// every field at once, each reason at its field
		Refusals refusals = new Refusals();
		if (heldOn == null) {
			refusals.add("heldOn", "validation.date");
		}
		else if (heldOn.isBefore(plan.startsOn()) || heldOn.isAfter(LocalDate.now(clock))
				|| heldOn.isAfter(programme.endsOn())) {
			refusals.add("heldOn", "capacity.error.coachingDate");
		}
		if (!Activities.MODES.contains(mode == null ? "" : mode)) {
			refusals.add("mode", "validation.option");
		}
		if (minutes == null || minutes < 10 || minutes > 600) {
			refusals.add("minutes", "capacity.error.minutes");
		}
		List<String> chosen = plan.priorities().stream().map(Plan.Priority::priority).toList();
		if (topics.isEmpty() || !chosen.containsAll(topics)) {
			refusals.add("topics", "capacity.error.topics");
		}
		String clean = notes == null || notes.isBlank() ? null : notes.trim();
		if (clean != null && Texts.length(clean) > 5000) {
			refusals.add("notes", "council.error.summaryLong", 5000);
		}
		refusals.throwIfAny();
		long id = jdbc
			.sql("""
					INSERT INTO capacity_coaching (plan_id, held_on, mode, minutes, topics, private_notes, coach_id, created_at)
					VALUES (:p, :d, :m, :min, :t, :n, :c, :stampedAt) RETURNING id""")
			.param("stampedAt", Timestamp.from(clock.instant()))
			.param("p", planId)
			.param("d", heldOn)
			.param("m", mode)
			.param("min", minutes)
			.param("t", topics.toArray(String[]::new))
			.param("n", clean)
			.param("c", coachId)
			.query(Long.class)
			.single();
		participations.record(CHANNEL,
				participant.communeId() == null ? programme.territoryIds().get(0) : participant.communeId(),
				activities.snapshot(participant, heldOn),
				heldOn.atTime(LocalTime.NOON).atZone(WorkingDays.MOROCCO).toInstant());
		// the audit says a session took place, never what was said in it
		audit.append("person:" + coachId, "capacity.coaching.recorded", "programme:" + programme.code(),
				"plan:" + planId + " minutes=" + minutes);
		return id;
	}

	/** Moves a priority's current level (1 to 4). */
	public void progress(long planId, String priority, Integer level, long actorId) {
		Plan plan = planById(planId).orElseThrow(() -> new CapacityRefused("", "capacity.error.noPlan"));
		if (plan.priorities().stream().noneMatch(p -> p.priority().equals(priority))) {
			throw new CapacityRefused("priority", "validation.option");
		}
		if (level == null || level < 1 || level > 4) {
			throw new CapacityRefused("level." + priority, "capacity.error.level");
		}
		jdbc.sql("UPDATE capacity_plan_priority SET current = :l WHERE plan_id = :p AND priority = :k")
			.param("l", level)
			.param("p", planId)
			.param("k", priority)
			.update();
		audit.append("person:" + actorId, "capacity.plan.progress", "plan:" + planId, priority + "=" + level);
	}

	/**
	 * Whether the person is an officer of the programme (or an administrator above it).
	 */
	@Transactional(readOnly = true)
	public boolean isOfficer(long personId, Programme programme) {
		return programme.territoryIds().stream().anyMatch(t -> permissions.has(personId, Role.PROGRAMME_OFFICER, t));
	}

	/**
	 * Whether the person may read the private notes of the programme's coaching sessions
	 * besides each session's coach: an officer of the programme by their own grant.
	 * Administering the platform is no reason to read a person's coaching (law 09-08,
	 * minimisation): an administrator sees that notes exist, not their text.
	 */
	private boolean readsNotes(long personId, Programme programme) {
		return programme.territoryIds()
			.stream()
			.anyMatch(t -> permissions.holdsItself(personId, Role.PROGRAMME_OFFICER, t));
	}

	/**
	 * The plan's sessions as {@code readerId} may see them (null for an anonymous
	 * reader).
	 */
	@Transactional(readOnly = true)
	public List<Coaching> sessions(long planId, Long readerId) {
		Plan plan = planById(planId).orElseThrow();
		Programme programme = programmes.byId(programmes.participant(plan.participantId()).orElseThrow().programmeId())
			.orElseThrow();
		boolean officer = readerId != null && readsNotes(readerId, programme);
		return jdbc.sql("SELECT * FROM capacity_coaching WHERE plan_id = :p ORDER BY held_on, id")
			.param("p", planId)
			.query((rs, n) -> {
				long coach = rs.getLong("coach_id");
				boolean may = officer || (readerId != null && readerId == coach);
				String notes = rs.getString("private_notes");
				return new Coaching(rs.getLong("id"), planId, rs.getObject("held_on", LocalDate.class),
						rs.getString("mode"), rs.getInt("minutes"),
						List.of((String[]) rs.getArray("topics").getArray()), may ? notes : null, coach,
						!may && notes != null);
			})
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Plan> plan(long participantId) {
		Long id = jdbc.sql("SELECT id FROM capacity_plan WHERE participant_id = :p")
			.param("p", participantId)
			.query(Long.class)
			.optional()
			.orElse(null);
		return id == null ? Optional.empty() : planById(id);
	}

	@Transactional(readOnly = true)
	public Optional<Plan> planById(long id) {
		List<Plan.Priority> priorities = jdbc
			.sql("SELECT * FROM capacity_plan_priority WHERE plan_id = :p ORDER BY priority")
			.param("p", id)
			.query((rs, n) -> new Plan.Priority(rs.getString("priority"), rs.getInt("baseline"), rs.getInt("current")))
			.list();
		return jdbc.sql("SELECT * FROM capacity_plan WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new Plan(rs.getLong("id"), rs.getLong("participant_id"), rs.getLong("coach_id"),
					rs.getObject("starts_on", LocalDate.class), priorities))
			.optional();
	}

	/** The programme's plans, by participant. */
	@Transactional(readOnly = true)
	public Map<Long, Plan> plans(long programmeId) {
		Map<Long, Plan> plans = new LinkedHashMap<>();
		List<Long> ids = jdbc.sql("""
				SELECT pl.id FROM capacity_plan pl JOIN capacity_participant p ON p.id = pl.participant_id
				WHERE p.programme_id = :p ORDER BY p.full_name""").param("p", programmeId).query(Long.class).list();
		for (long id : ids) {
			Plan plan = planById(id).orElseThrow();
			plans.put(plan.participantId(), plan);
		}
		return plans;
	}

	/** How many coaching sessions each plan of the programme had. */
	@Transactional(readOnly = true)
	public Map<Long, Long> sessionCounts(long programmeId) {
		Map<Long, Long> counts = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT c.plan_id, count(*) FROM capacity_coaching c JOIN capacity_plan pl ON pl.id = c.plan_id
				JOIN capacity_participant p ON p.id = pl.participant_id WHERE p.programme_id = :p GROUP BY c.plan_id""")
			.param("p", programmeId)
			.query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2)))
			.list();
		return counts;
	}

	/**
	 * Every coaching session of the programme with dates, without notes (for the impact's
	 * records).
	 */
	@Transactional(readOnly = true)
	public List<Coaching> allSessions(long programmeId) {
		List<Coaching> all = new ArrayList<>();
		jdbc.sql(
				"""
						SELECT c.* FROM capacity_coaching c JOIN capacity_plan pl ON pl.id = c.plan_id
						JOIN capacity_participant p ON p.id = pl.participant_id WHERE p.programme_id = :p ORDER BY c.held_on, c.id""")
			.param("p", programmeId)
			.query((rs,
					n) -> all.add(new Coaching(rs.getLong("id"), rs.getLong("plan_id"),
							rs.getObject("held_on", LocalDate.class), rs.getString("mode"), rs.getInt("minutes"),
							List.of((String[]) rs.getArray("topics").getArray()), null, rs.getLong("coach_id"),
							rs.getString("private_notes") != null)))
			.list();
		return all;
	}

}
