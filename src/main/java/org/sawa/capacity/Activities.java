package org.sawa.capacity;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sawa.account.DemographicSnapshot;
import org.sawa.account.Participations;
import org.sawa.audit.AuditLog;
import org.sawa.calendar.WorkingDays;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.sawa.territory.Area;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activities of a capacity programme (trainings, seminars, workshops) and their
 * attendance sheets with the knowledge scores before and after; every attendance is an
 * act of participation.
 */
@Service
@Transactional
public class Activities {

	public static final List<String> ACTIVITY_KINDS = List.of("training", "seminar", "workshop");

	public static final List<String> MODES = List.of("in_person", "remote", "hybrid");

	public record NewActivity(String kind, String topic, LocalDate heldOn, BigDecimal hours, String mode, String place,
			String trainers, String territoryCode) {
	}

	/** One participant's line of an attendance sheet. */
	public record AttendanceLine(long participantId, boolean attended, Integer preScore, Integer postScore) {
	}

	private final JdbcClient jdbc;

	private final Programmes programmes;

	private final Territories territories;

	private final Participations participations;

	private final AuditLog audit;

	private final Clock clock;

	Activities(JdbcClient jdbc, Programmes programmes, Territories territories, Participations participations,
			AuditLog audit, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.territories = territories;
		this.participations = participations;
		this.audit = audit;
	}

	/**
	 * Every reason to refuse what is typed of an activity, at its field; answers the
	 * territory it was held in (null when refused).
	 */
	Territory checkActivity(Programme programme, NewActivity activity, Refusals refusals) {
		if (!ACTIVITY_KINDS.contains(activity.kind() == null ? "" : activity.kind())) {
			refusals.add("kind", "validation.option");
		}
		String topic = activity.topic() == null ? "" : activity.topic().trim();
		if (Texts.length(topic) < 3 || Texts.length(topic) > 300) {
			refusals.add("topic", "capacity.error.topic");
		}
		if (activity.heldOn() == null) {
			refusals.add("heldOn", "validation.date");
		}
		else if (activity.heldOn().isBefore(programme.startsOn()) || activity.heldOn().isAfter(programme.endsOn())) {
			refusals.add("heldOn", "capacity.error.outsidePeriod");
		}
		if (activity.hours() == null || activity.hours().signum() <= 0
				|| activity.hours().compareTo(BigDecimal.valueOf(200)) > 0) {
			refusals.add("hours", "capacity.error.hours");
		}
		if (!MODES.contains(activity.mode() == null ? "" : activity.mode())) {
			refusals.add("mode", "validation.option");
		}
		Territory place = activity.territoryCode() == null ? null
				: territories.byCode(activity.territoryCode().trim()).orElse(null);
		if (place == null) {
			refusals.add("territory", "validation.option");
		}
		return place;
	}

	public long schedule(long programmeId, NewActivity activity, long actorId) {
		Programme programme = programmes.byId(programmeId)
			.orElseThrow(() -> new CapacityRefused("", "capacity.error.noProgramme"));
		Refusals refusals = new Refusals();
		Territory place = checkActivity(programme, activity, refusals);
		String topic = activity.topic().trim();
		refusals.throwIfAny();
		long id = jdbc
			.sql("""
					INSERT INTO capacity_activity (programme_id, kind, topic, held_on, hours, mode, place, trainers, territory_id,
					  created_at)
					VALUES (:p, :k, :t, :d, :h, :m, :pl, :tr, :te, :at) RETURNING id""")
			.param("at", Timestamp.from(clock.instant()))
			.param("p", programmeId)
			.param("k", activity.kind())
			.param("t", topic)
			.param("d", activity.heldOn())
			.param("h", activity.hours())
			.param("m", activity.mode())
			.param("pl", Programmes.blankToNull(activity.place()))
			.param("tr", Programmes.blank(activity.trainers()))
			.param("te", place.id())
			.query(Long.class)
			.single();
		audit.append("person:" + actorId, "capacity.activity.scheduled", "programme:" + programme.code(),
				"activity:" + id);
		return id;
	}

	/**
	 * Records who came and their scores, replacing the sheet; each newly attended line is
	 * a participation, and a line no longer attended takes its participation back.
	 */
	public void recordAttendance(long activityId, List<AttendanceLine> lines, long actorId) {
		Activity activity = activity(activityId)
			.orElseThrow(() -> new CapacityRefused("", "capacity.error.noActivity"));
		Programme programme = programmes.byId(activity.programmeId()).orElseThrow();
		Map<Long, Participant> enrolled = new LinkedHashMap<>();
		programmes.participants(programme.id()).forEach(p -> enrolled.put(p.id(), p));
		Refusals refusals = new Refusals();
		for (AttendanceLine line : lines) {
			String prefix = "p." + line.participantId() + ".";
			if (!enrolled.containsKey(line.participantId())) {
				refusals.add(prefix + "attended", "capacity.error.notEnrolled");
			}
			if (line.preScore() != null && (line.preScore() < 0 || line.preScore() > 100)) {
				refusals.add(prefix + "pre", "capacity.error.score");
			}
			if (line.postScore() != null && (line.postScore() < 0 || line.postScore() > 100)) {
				refusals.add(prefix + "post", "capacity.error.score");
			}
			if (!line.attended() && line.postScore() != null) {
				refusals.add(prefix + "post", "capacity.error.scoreAbsent");
			}
		}
		refusals.throwIfAny();
		Map<Long, Boolean> before = attendance(activityId).stream()
			.collect(java.util.stream.Collectors.toMap(AttendanceLine::participantId, AttendanceLine::attended));
		jdbc.sql("DELETE FROM capacity_attendance WHERE activity_id = :a").param("a", activityId).update();
		for (AttendanceLine line : lines) {
			jdbc.sql("""
					INSERT INTO capacity_attendance (activity_id, participant_id, attended, pre_score, post_score)
					VALUES (:a, :p, :at, :pre, :post)""")
				.param("a", activityId)
				.param("p", line.participantId())
				.param("at", line.attended())
				.param("pre", line.preScore())
				.param("post", line.postScore())
				.update();
		}
		recount(activity, enrolled, before, lines);
		audit.append("person:" + actorId, "capacity.attendance.recorded", "programme:" + programme.code(),
				"activity:" + activityId + " attended=" + lines.stream().filter(AttendanceLine::attended).count());
	}

	/**
	 * The lens follows the sheet: someone newly present is counted; someone marked
	 * present before and now absent, or left off the sheet, is taken back.
	 */
	private void recount(Activity activity, Map<Long, Participant> enrolled, Map<Long, Boolean> before,
			List<AttendanceLine> lines) {
		var at = activity.heldOn().atTime(LocalTime.NOON).atZone(WorkingDays.MOROCCO).toInstant();
		Map<Long, Boolean> now = new LinkedHashMap<>();
		lines.forEach(line -> now.put(line.participantId(), line.attended()));
		java.util.Set<Long> everyone = new java.util.LinkedHashSet<>(before.keySet());
		everyone.addAll(now.keySet());
		for (long participantId : everyone) {
			boolean was = before.getOrDefault(participantId, false);
			boolean is = now.getOrDefault(participantId, false);
			if (was == is) {
				continue;
			}
			Participant participant = enrolled.get(participantId);
			long territory = participant.communeId() == null ? activity.territoryId() : participant.communeId();
			DemographicSnapshot snapshot = snapshot(participant, activity.heldOn());
			if (is) {
				participations.record(Programmes.CHANNEL, territory, snapshot, at);
			}
			else {
				participations.withdraw(Programmes.CHANNEL, territory, snapshot, at);
			}
		}
	}

	/**
	 * An act the lens counted for {@code before} on {@code beforeDay} (in their commune,
	 * else {@code beforePlace}) is now known as {@code after} on {@code afterDay}: when
	 * its count would differ, take the old one back and count the new one.
	 */
	void recount(String channel, Participant before, long beforePlace, LocalDate beforeDay, Participant after,
			long afterPlace, LocalDate afterDay) {
		long from = before.communeId() == null ? beforePlace : before.communeId();
		long to = after.communeId() == null ? afterPlace : after.communeId();
		DemographicSnapshot was = snapshot(before, beforeDay);
		DemographicSnapshot is = snapshot(after, afterDay);
		if (from != to || !was.equals(is) || !beforeDay.equals(afterDay)) {
			participations.withdraw(channel, from, was,
					beforeDay.atTime(LocalTime.NOON).atZone(WorkingDays.MOROCCO).toInstant());
			participations.record(channel, to, is,
					afterDay.atTime(LocalTime.NOON).atZone(WorkingDays.MOROCCO).toInstant());
		}
	}

	/**
	 * What a participant declared of themselves at a day: sex, age band, the commune's
	 * area; disability is not asked.
	 */
	DemographicSnapshot snapshot(Participant participant, LocalDate day) {
		String band = DemographicSnapshot.ageBand(participant.birthYear(), day.getYear());
		String area = participant.communeId() == null ? DemographicSnapshot.NOT_STATED
				: territories.byId(participant.communeId())
					.flatMap(Territory::area)
					.map(Area::code)
					.orElse(DemographicSnapshot.NOT_STATED);
		return new DemographicSnapshot(participant.sex() == null ? DemographicSnapshot.NOT_STATED : participant.sex(),
				band, DemographicSnapshot.NOT_STATED, area);
	}

	@Transactional(readOnly = true)
	public List<Activity> activities(long programmeId) {
		return jdbc.sql("SELECT * FROM capacity_activity WHERE programme_id = :p ORDER BY held_on, id")
			.param("p", programmeId)
			.query(Activities::activity)
			.list();
	}

	/**
	 * The activities held in any of the territories between two days, in date order (for
	 * the public calendar of events), the latest first when asked; at most {@code limit}.
	 */
	@Transactional(readOnly = true)
	public List<Activity> heldIn(java.util.Collection<Long> territoryIds, LocalDate from, LocalDate to,
			boolean latestFirst, int limit) {
		return jdbc.sql("""
				SELECT * FROM capacity_activity WHERE territory_id = ANY(:t) AND held_on BETWEEN :from AND :to
				ORDER BY held_on %1$s, id %1$s LIMIT :limit""".formatted(latestFirst ? "DESC" : ""))
			.param("t", territoryIds.toArray(Long[]::new))
			.param("from", from)
			.param("to", to)
			.param("limit", limit)
			.query(Activities::activity)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Activity> activity(long id) {
		return jdbc.sql("SELECT * FROM capacity_activity WHERE id = :id")
			.param("id", id)
			.query(Activities::activity)
			.optional();
	}

	@Transactional(readOnly = true)
	public List<AttendanceLine> attendance(long activityId) {
		return jdbc.sql("SELECT * FROM capacity_attendance WHERE activity_id = :a ORDER BY participant_id")
			.param("a", activityId)
			.query((rs, n) -> new AttendanceLine(rs.getLong("participant_id"), rs.getBoolean("attended"),
					(Integer) rs.getObject("pre_score"), (Integer) rs.getObject("post_score")))
			.list();
	}

	private static Activity activity(ResultSet rs, int n) throws SQLException {
		return new Activity(rs.getLong("id"), rs.getLong("programme_id"), rs.getString("kind"), rs.getString("topic"),
				rs.getObject("held_on", LocalDate.class), rs.getBigDecimal("hours"), rs.getString("mode"),
				rs.getString("place"), rs.getString("trainers"), rs.getLong("territory_id"));
	}

}
