package org.sawa.council;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Council sessions entered by staff in one go: the session, its agenda, every member's
 * attendance and the interventions. The whole entry is checked first and written in one
 * transaction; each intervention publishes {@code ParticipationRecorded} on channel
 * {@value #CHANNEL}.
 */
@Service
@Transactional
public class CouncilSessions {

	private final Clock clock;

	public static final String CHANNEL = "council.intervention";

	public static final List<String> KINDS = List.of("ordinary", "extraordinary");

	public static final List<String> MODES = List.of("in_person", "remote", "hybrid");

	public static final List<String> ATTENDANCE = List.of("present", "remote", "excused", "absent");

	public static final List<String> INTERVENTION_KINDS = List.of("question", "proposal", "advocacy", "amendment");

	/**
	 * A whole session as staff type it: agenda lines, attendance per membership,
	 * intervention rows.
	 */
	public record Entry(long mandateId, String kind, LocalDate heldOn, String mode, String place, List<String> agenda,
			Map<Long, String> attendance, List<InterventionRow> interventions) {
	}

	/** One row of the interventions grid; {@code item} is the agenda line's number. */
	public record InterventionRow(int row, Long membershipId, Integer item, String kind, String summary) {

		boolean blank() {
			return membershipId == null && (summary == null || summary.isBlank());
		}
	}

	private final JdbcClient jdbc;

	private final Councils councils;

	private final Memberships memberships;

	private final Territories territories;

	private final Participations participations;

	private final AuditLog audit;

	CouncilSessions(JdbcClient jdbc, Councils councils, Memberships memberships, Territories territories,
			Participations participations, AuditLog audit, Clock clock) {
		this.memberships = memberships;
		this.clock = clock;
		this.jdbc = jdbc;
		this.councils = councils;
		this.territories = territories;
		this.participations = participations;
		this.audit = audit;
	}

	public long record(Entry entry, long actorId) {
		Refusals refusals = new Refusals();
		Mandate mandate = councils.mandate(entry.mandateId())
			.orElseThrow(() -> new org.sawa.refusal.Refused("", "council.error.noMandate"));
		Council council = councils.byId(mandate.councilId()).orElseThrow();
		if (!KINDS.contains(entry.kind() == null ? "" : entry.kind())) {
			refusals.add("kind", "validation.option");
		}
		if (!MODES.contains(entry.mode() == null ? "" : entry.mode())) {
			refusals.add("mode", "validation.option");
		}
		if (entry.heldOn() == null) {
			refusals.add("heldOn", "validation.date");
		}
		else if (!mandate.covers(entry.heldOn())) {
			refusals.add("heldOn", "council.error.outsideMandate", mandate.label());
		}
		else if (entry.heldOn().isAfter(LocalDate.now(clock))) {
			refusals.add("heldOn", "council.error.future");
		}
		else if (entry.kind() != null && exists(mandate.id(), entry.heldOn(), entry.kind(), 0)) {
			refusals.add("heldOn", "council.error.sessionExists");
		}
		List<String> agenda = entry.agenda().stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
		if (agenda.isEmpty()) {
			refusals.add("agenda", "council.error.agendaEmpty");
		}
		if (agenda.stream().anyMatch(s -> Texts.length(s) > 500)) {
			refusals.add("agenda", "council.error.agendaLong");
		}
		Map<Long, Member> seated = new LinkedHashMap<>();
		LocalDate day = entry.heldOn() == null ? LocalDate.now(clock) : entry.heldOn();
		for (Member member : memberships.members(mandate.id())) {
			if (member.activeOn(day)) {
				seated.put(member.membershipId(), member);
			}
		}
		for (var attendance : entry.attendance().entrySet()) {
			if (!seated.containsKey(attendance.getKey())) {
				refusals.add("attendance." + attendance.getKey(), "council.error.notSeated");
			}
			else if (!ATTENDANCE.contains(attendance.getValue())) {
				refusals.add("attendance." + attendance.getKey(), "validation.option");
			}
		}
		for (InterventionRow row : entry.interventions()) {
			if (!row.blank()) {
				checkRow(refusals, "iv." + row.row() + ".", row, seated, entry.attendance(), agenda.size());
			}
		}
		refusals.throwIfAny();

		long session = jdbc.sql("""
				INSERT INTO council_session (mandate_id, kind, held_on, mode, place, recorded_by, created_at)
				VALUES (:m, :k, :d, :mode, :p, :by, :stampedAt) RETURNING id""")
			.param("stampedAt", Timestamp.from(clock.instant()))
			.param("m", mandate.id())
			.param("k", entry.kind())
			.param("d", entry.heldOn())
			.param("mode", entry.mode())
			.param("p", entry.place() == null || entry.place().isBlank() ? null : entry.place().trim())
			.param("by", actorId)
			.query(Long.class)
			.single();
		Map<Integer, Long> items = new HashMap<>();
		for (int i = 0; i < agenda.size(); i++) {
			items.put(i + 1, jdbc
				.sql("INSERT INTO council_agenda_item (session_id, position, title) VALUES (:s, :p, :t) RETURNING id")
				.param("s", session)
				.param("p", i + 1)
				.param("t", agenda.get(i))
				.query(Long.class)
				.single());
		}
		for (Member member : seated.values()) {
			jdbc.sql("INSERT INTO council_attendance (session_id, membership_id, status) VALUES (:s, :m, :st)")
				.param("s", session)
				.param("m", member.membershipId())
				.param("st", entry.attendance().getOrDefault(member.membershipId(), "present"))
				.update();
		}
		String area = areaOf(council);
		var at = noon(entry.heldOn());
		int position = 0;
		for (InterventionRow row : entry.interventions()) {
			if (row.blank()) {
				continue;
			}
			position++;
			writeIntervention(null, session, row, items, position);
			Member member = seated.get(row.membershipId());
			participations.record(CHANNEL, council.territoryId(), snapshot(member, entry.heldOn(), area), at);
		}
		audit.append("person:" + actorId, "council.session.recorded", "council:" + council.code(), "session:" + session
				+ " " + entry.kind() + " " + entry.heldOn() + " items=" + agenda.size() + " interventions=" + position);
		return session;
	}

	/**
	 * One intervention row written: a corrected one ({@code id} given, its place kept) or
	 * a new one at {@code position}; {@code items} maps agenda numbers to their ids.
	 */
	void writeIntervention(Long id, long sessionId, InterventionRow row, Map<Integer, Long> items, int position) {
		jdbc.sql(id != null ? """
				UPDATE council_intervention SET agenda_item_id = :i, membership_id = :m, kind = :k, summary = :t
				WHERE id = :id""" : """
				INSERT INTO council_intervention (session_id, agenda_item_id, membership_id, kind, summary, position)
				VALUES (:s, :i, :m, :k, :t, :p)""")
			.param("id", id)
			.param("s", sessionId)
			.param("i", row.item() == null ? null : items.get(row.item()))
			.param("m", row.membershipId())
			.param("k", row.kind())
			.param("t", row.summary().trim())
			.param("p", position)
			.update();
	}

	/**
	 * Every reason to refuse one intervention row, at its fields ({@code prefix} +
	 * member, kind, item, summary): a speaker who sits and is not marked absent, a kind
	 * from the list, an item of the agenda, a summary of 1 to 1,000 characters.
	 */
	static void checkRow(Refusals refusals, String prefix, InterventionRow row, Map<Long, Member> seated,
			Map<Long, String> attendance, int agendaSize) {
		if (row.membershipId() == null || !seated.containsKey(row.membershipId())) {
			refusals.add(prefix + "member", "council.error.intervenerNotSeated");
		}
		else if (List.of("excused", "absent").contains(attendance.getOrDefault(row.membershipId(), "present"))) {
			refusals.add(prefix + "member", "council.error.intervenerAbsent",
					seated.get(row.membershipId()).fullName());
		}
		if (!INTERVENTION_KINDS.contains(row.kind() == null ? "" : row.kind())) {
			refusals.add(prefix + "kind", "validation.option");
		}
		if (row.item() != null && (row.item() < 1 || row.item() > agendaSize)) {
			refusals.add(prefix + "item", "council.error.item", agendaSize);
		}
		String summary = row.summary() == null ? "" : row.summary().trim();
		if (summary.isEmpty()) {
			refusals.add(prefix + "summary", "council.error.summaryEmpty");
		}
		else if (Texts.length(summary) > 1000) {
			refusals.add(prefix + "summary", "council.error.summaryLong", 1000);
		}
	}

	/**
	 * A councillor's public sex and age band at the session; disability is never recorded
	 * for councillors.
	 */
	static DemographicSnapshot snapshot(Member member, LocalDate day, String area) {
		return new DemographicSnapshot(member.sex(), DemographicSnapshot.ageBand(member.birthYear(), day.getYear()),
				DemographicSnapshot.NOT_STATED, area);
	}

	/** The area (rural, urban) of the council's territory, as the lens counts it. */
	String areaOf(Council council) {
		return territories.byId(council.territoryId())
			.orElseThrow()
			.area()
			.map(Area::code)
			.orElse(DemographicSnapshot.NOT_STATED);
	}

	/** The moment an intervention of a session held that day is counted at. */
	static java.time.Instant noon(LocalDate day) {
		return day.atTime(LocalTime.NOON).atZone(WorkingDays.MOROCCO).toInstant();
	}

	/**
	 * An intervention counted by the lens as {@code before} spoke on {@code beforeDay} is
	 * now known as {@code after} on {@code afterDay} (a corrected record): when its count
	 * would differ, take the old one back and count the new one.
	 */
	void recount(Council council, Member before, LocalDate beforeDay, Member after, LocalDate afterDay) {
		String area = areaOf(council);
		DemographicSnapshot was = snapshot(before, beforeDay, area);
		DemographicSnapshot is = snapshot(after, afterDay, area);
		if (!was.equals(is) || !beforeDay.equals(afterDay)) {
			uncount(council, before, beforeDay);
			count(council, after, afterDay);
		}
	}

	/** The lens counts an intervention of this member at a session held that day. */
	void count(Council council, Member member, LocalDate day) {
		participations.record(CHANNEL, council.territoryId(), snapshot(member, day, areaOf(council)), noon(day));
	}

	/** The lens takes back an intervention it counted (recorded by mistake). */
	void uncount(Council council, Member member, LocalDate day) {
		participations.withdraw(CHANNEL, council.territoryId(), snapshot(member, day, areaOf(council)), noon(day));
	}

	/**
	 * Whether the mandate has a session of that kind on that day other than
	 * {@code except}.
	 */
	boolean exists(long mandateId, LocalDate day, String kind, long except) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM council_session
				WHERE mandate_id = :m AND held_on = :d AND kind = :k AND id <> :except)""")
			.param("m", mandateId)
			.param("d", day)
			.param("k", kind)
			.param("except", except)
			.query(Boolean.class)
			.single();
	}

	@Transactional(readOnly = true)
	public List<Session> sessions(long mandateId) {
		List<Long> ids = jdbc.sql("SELECT id FROM council_session WHERE mandate_id = :m ORDER BY held_on DESC, id DESC")
			.param("m", mandateId)
			.query(Long.class)
			.list();
		return ids.stream().map(id -> session(id).orElseThrow()).toList();
	}

	@Transactional(readOnly = true)
	public Optional<Session> session(long id) {
		List<Session.AgendaItem> items = jdbc
			.sql("SELECT * FROM council_agenda_item WHERE session_id = :s ORDER BY position")
			.param("s", id)
			.query((rs, n) -> new Session.AgendaItem(rs.getLong("id"), rs.getInt("position"), rs.getString("title")))
			.list();
		return jdbc.sql("SELECT * FROM council_session WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new Session(rs.getLong("id"), rs.getLong("mandate_id"), rs.getString("kind"),
					rs.getObject("held_on", LocalDate.class), rs.getString("mode"), rs.getString("place"), items))
			.optional();
	}

	/** Each seated member's attendance at the session, by membership. */
	@Transactional(readOnly = true)
	public Map<Long, String> attendance(long sessionId) {
		Map<Long, String> attendance = new LinkedHashMap<>();
		jdbc.sql("SELECT membership_id, status FROM council_attendance WHERE session_id = :s")
			.param("s", sessionId)
			.query((rs, n) -> attendance.put(rs.getLong(1), rs.getString(2)))
			.list();
		return attendance;
	}

	/**
	 * An intervention with its speaker's councillor record and where it was made, for
	 * other modules' figures.
	 */
	public record Spoken(long councillorId, String councilCode, long sessionId, LocalDate heldOn, String kind,
			String summary) {
	}

	/**
	 * What these councillors said in sessions held from {@code from} on, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<Spoken> spokenBy(java.util.Collection<Long> councillorIds, LocalDate from) {
		if (councillorIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT m.councillor_id, c.code, s.id AS session_id, s.held_on, i.kind, i.summary
				FROM council_intervention i JOIN council_session s ON s.id = i.session_id
				JOIN council_membership m ON m.id = i.membership_id JOIN council_mandate md ON md.id = s.mandate_id
				JOIN council c ON c.id = md.council_id
				WHERE m.councillor_id IN (:ids) AND s.held_on >= :from ORDER BY s.held_on, s.id, i.position""")
			.param("ids", councillorIds)
			.param("from", from)
			.query((rs, n) -> new Spoken(rs.getLong(1), rs.getString(2), rs.getLong(3),
					rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6)))
			.list();
	}

	/** The interventions of a mandate's sessions, in session and speaking order. */
	@Transactional(readOnly = true)
	public List<Intervention> interventions(long mandateId) {
		return jdbc.sql("""
				SELECT i.* FROM council_intervention i JOIN council_session s ON s.id = i.session_id
				WHERE s.mandate_id = :m ORDER BY s.held_on, i.session_id, i.position""")
			.param("m", mandateId)
			.query((rs, n) -> new Intervention(rs.getLong("id"), rs.getLong("session_id"),
					(Long) rs.getObject("agenda_item_id"), rs.getLong("membership_id"), rs.getString("kind"),
					rs.getString("summary"), rs.getInt("position")))
			.list();
	}

}
