package org.sawa.council;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sawa.account.Accounts;
import org.sawa.account.Organisation;
import org.sawa.audit.AuditLog;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consultative bodies a council sets up with civil society (equity and gender; for a
 * region also youth and economic actors): setting one up, its members (associations of
 * the territory and qualified persons, one chair at a time), members leaving, and its
 * meetings with the members present. Every change is checked, made in one transaction and
 * audited; opinions and memos a body sends are {@link Memos}.
 */
@Service
@Transactional
public class ConsultativeBodies {

	public static final List<String> MEMBER_KINDS = List.of("association", "qualified_person");

	public static final List<String> ROLES = List.of("chair", "rapporteur", "member");

	/**
	 * What staff type for a new member; {@code organisationId} only for an association.
	 */
	public record NewBodyMember(String memberKind, Long organisationId, String personName, String sex, String role,
			LocalDate startsOn) {
	}

	/** What staff type for a meeting. */
	public record NewMeeting(LocalDate heldOn, String place, String subject, String minutes, Collection<Long> present) {
	}

	private final JdbcClient jdbc;

	private final Councils councils;

	private final Accounts accounts;

	private final Territories territories;

	private final AuditLog audit;

	private final Clock clock;

	ConsultativeBodies(JdbcClient jdbc, Councils councils, Accounts accounts, Territories territories, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.councils = councils;
		this.accounts = accounts;
		this.territories = territories;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Sets up a body of a kind the council's level has; names in Arabic and French are
	 * required, English and Tamazight may follow.
	 */
	public long establish(long councilId, String kind, Map<String, String> names, LocalDate establishedOn,
			long actorId) {
		Council council = councils.byId(councilId).orElseThrow(() -> new CouncilRefused("", "council.error.noCouncil"));
		Refusals refusals = new Refusals();
		if (!ConsultativeBody.kindsFor(council.level()).contains(kind == null ? "" : kind)) {
			refusals.add("kind", "validation.option");
		}
		else if (byKind(councilId, kind).isPresent()) {
			refusals.add("kind", "council.error.bodyExists");
		}
		Map<String, String> clean = new LinkedHashMap<>();
		for (String language : List.of("ar", "fr", "en", "zgh")) {
			String name = names.getOrDefault(language, "");
			name = name == null ? "" : name.trim();
			if (name.isEmpty()) {
				continue;
			}
			if (Texts.length(name) < 2 || Texts.length(name) > 200) {
				refusals.add("name_" + language, "council.error.committeeName");
			}
			clean.put(language, name);
		}
		refusals.requireNames(clean, "");
		if (establishedOn == null) {
			refusals.add("establishedOn", "validation.date");
		}
		else if (establishedOn.isAfter(LocalDate.now(clock))) {
			refusals.add("establishedOn", "council.error.future");
		}
		refusals.throwIfAny();
		long id = jdbc
			.sql("""
					INSERT INTO council_body (council_id, kind, name_ar, name_fr, name_en, name_zgh, established_on, created_at)
					VALUES (:c, :k, :ar, :fr, :en, :zgh, :on, :at) RETURNING id""")
			.param("c", councilId)
			.param("k", kind)
			.param("ar", clean.get("ar"))
			.param("fr", clean.get("fr"))
			.param("en", clean.get("en"))
			.param("zgh", clean.get("zgh"))
			.param("on", establishedOn)
			.param("at", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		audit.append("person:" + actorId, "council.body.established", "council:" + council.code(),
				"body:" + id + " " + kind + " " + establishedOn);
		return id;
	}

	/**
	 * Adds a member: an association of the council's territory (or of a territory it lies
	 * in) once at a time, or a qualified person with name and sex; one chair at a time.
	 */
	public long addMember(long bodyId, NewBodyMember member, long actorId) {
		ConsultativeBody body = byId(bodyId).orElseThrow(() -> new CouncilRefused("", "council.error.noBody"));
		Council council = councils.byId(body.councilId()).orElseThrow();
		checkMember(body, council, member, null).throwIfAny();
		String kind = member.memberKind();
		String name = personName(member);
		boolean namedPerson = isNamed(member);
		LocalDate from = member.startsOn();
		long id = jdbc
			.sql("""
					INSERT INTO council_body_member (body_id, member_kind, organisation_id, person_name, sex, role, starts_on)
					VALUES (:b, :k, :o, :n, :s, :r, :from) RETURNING id""")
			.param("b", bodyId)
			.param("k", kind)
			.param("o", "association".equals(kind) ? member.organisationId() : null)
			.param("n", name.isEmpty() ? null : name)
			.param("s", namedPerson ? member.sex() : null)
			.param("r", member.role())
			.param("from", from)
			.query(Long.class)
			.single();
		audit.append("person:" + actorId, "council.body.member.added", "body:" + bodyId,
				"member:" + id + " " + kind
						+ (member.organisationId() == null ? "" : " organisation:" + member.organisationId()) + " role="
						+ member.role() + " from " + from);
		return id;
	}

	static String personName(NewBodyMember member) {
		return member.personName() == null ? "" : member.personName().trim().replaceAll("\\s+", " ");
	}

	/**
	 * Whether a person is named: always for a qualified person, maybe for an association.
	 */
	static boolean isNamed(NewBodyMember member) {
		return "qualified_person".equals(member.memberKind()) || !personName(member).isEmpty();
	}

	/**
	 * Every reason to refuse a member as typed, at its field; {@code self} is the member
	 * being corrected (null for a new one), which does not count against itself.
	 */
	Refusals checkMember(ConsultativeBody body, Council council, NewBodyMember member, Long self) {
		Refusals refusals = new Refusals();
		String kind = member.memberKind() == null ? "" : member.memberKind();
		String name = personName(member);
		if (!MEMBER_KINDS.contains(kind)) {
			refusals.add("memberKind", "validation.option");
		}
		if ("association".equals(kind)) {
			checkAssociation(body, council, member, self, refusals);
		}
		if (isNamed(member) && (Texts.length(name) < 2 || Texts.length(name) > 200)) {
			refusals.add("personName", "council.error.name");
		}
		if (isNamed(member) && !List.of("female", "male").contains(member.sex() == null ? "" : member.sex())) {
			refusals.add("sex", "council.error.sex");
		}
		if (!ROLES.contains(member.role() == null ? "" : member.role())) {
			refusals.add("role", "validation.option");
		}
		checkStart(body, member, self, refusals);
		return refusals;
	}

	/** An association member: one of the territory's, not sitting twice at once. */
	private void checkAssociation(ConsultativeBody body, Council council, NewBodyMember member, Long self,
			Refusals refusals) {
		LocalDate from = member.startsOn();
		// an association of the council's territory, or of a territory it lies in
		Territory territory = territories.byId(council.territoryId()).orElseThrow();
		Optional<Organisation> association = Optional.ofNullable(member.organisationId())
			.flatMap(accounts::organisation)
			.filter(o -> "association".equals(o.kind()) && territories.byId(o.territoryId())
				.map(t -> territory.contains(t) || t.contains(territory))
				.orElse(false));
		if (association.isEmpty()) {
			refusals.add("organisation", "council.error.bodyAssociation");
		}
		else if (from != null && members(body.id()).stream()
			.anyMatch(m -> !Long.valueOf(m.id()).equals(self) && member.organisationId().equals(m.organisationId())
					&& m.activeOn(from))) {
			refusals.add("organisation", "council.error.bodyMemberTwice");
		}
	}

	/** The first day: not before the body, not in the future, one chair at a time. */
	private void checkStart(ConsultativeBody body, NewBodyMember member, Long self, Refusals refusals) {
		LocalDate from = member.startsOn();
		if (from == null) {
			refusals.add("startsOn", "validation.date");
		}
		else if (from.isBefore(body.establishedOn())) {
			refusals.add("startsOn", "council.error.beforeBody");
		}
		else if (from.isAfter(LocalDate.now(clock))) {
			refusals.add("startsOn", "council.error.future");
		}
		else if ("chair".equals(member.role()) && members(body.id()).stream()
			.anyMatch(m -> !Long.valueOf(m.id()).equals(self) && "chair".equals(m.role()) && m.activeOn(from))) {
			refusals.add("role", "council.error.bodyChairTaken");
		}
	}

	/** Ends a membership on a day (from its start on). */
	public void endMember(long memberId, LocalDate endsOn, long actorId) {
		ConsultativeBody.BodyMember member = member(memberId)
			.orElseThrow(() -> new CouncilRefused("", "council.error.noBodyMember"));
		if (endsOn == null) {
			throw new CouncilRefused("endsOn", "validation.date");
		}
		if (member.endsOn() != null) {
			throw new CouncilRefused("endsOn", "council.error.alreadyLeft");
		}
		if (endsOn.isBefore(member.startsOn())) {
			throw new CouncilRefused("endsOn", "council.error.endBeforeStart");
		}
		jdbc.sql("UPDATE council_body_member SET ends_on = :e WHERE id = :id")
			.param("e", endsOn)
			.param("id", memberId)
			.update();
		audit.append("person:" + actorId, "council.body.member.left", "body:" + member.bodyId(),
				"member:" + memberId + " on " + endsOn);
	}

	/**
	 * Records a meeting: its day (not before the body was set up, not in the future), its
	 * subject, minutes and the members present, who must be members on that day.
	 */
	public long recordMeeting(long bodyId, NewMeeting meeting, long actorId) {
		ConsultativeBody body = byId(bodyId).orElseThrow(() -> new CouncilRefused("", "council.error.noBody"));
		Refusals refusals = new Refusals();
		LocalDate day = meeting.heldOn();
		String subject = meeting.subject() == null ? "" : meeting.subject().trim();
		String minutes = meeting.minutes() == null ? "" : meeting.minutes().trim();
		if (day == null) {
			refusals.add("heldOn", "validation.date");
		}
		else if (day.isBefore(body.establishedOn())) {
			refusals.add("heldOn", "council.error.beforeBody");
		}
		else if (day.isAfter(LocalDate.now(clock))) {
			refusals.add("heldOn", "council.error.future");
		}
		if (Texts.length(subject) < 3 || Texts.length(subject) > 300) {
			refusals.add("subject", "council.error.memoTitle", 3, 300);
		}
		else if (day != null && meetings(bodyId).stream()
			.anyMatch(m -> m.heldOn().equals(day) && m.subject().equalsIgnoreCase(subject))) {
			refusals.add("subject", "council.error.meetingExists");
		}
		if (Texts.length(minutes) > 5000) {
			refusals.add("minutes", "council.error.summaryLong", 5000);
		}
		Set<Long> present = new LinkedHashSet<>(meeting.present());
		if (day != null) {
			List<Long> sitting = members(bodyId).stream().filter(m -> m.activeOn(day)).map(m -> m.id()).toList();
			if (!sitting.containsAll(present)) {
				refusals.add("present", "council.error.notBodyMember");
			}
		}
		refusals.throwIfAny();
		long id = jdbc.sql("""
				INSERT INTO council_body_meeting (body_id, held_on, place, subject, minutes, recorded_by, created_at)
				VALUES (:b, :d, :p, :s, :m, :by, :at) RETURNING id""")
			.param("b", bodyId)
			.param("d", day)
			.param("p", meeting.place() == null || meeting.place().isBlank() ? null : meeting.place().trim())
			.param("s", subject)
			.param("m", minutes.isEmpty() ? null : minutes)
			.param("by", actorId)
			.param("at", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		for (long member : present) {
			jdbc.sql("INSERT INTO council_body_attendance (meeting_id, member_id) VALUES (:m, :p)")
				.param("m", id)
				.param("p", member)
				.update();
		}
		audit.append("person:" + actorId, "council.body.meeting.recorded", "body:" + bodyId,
				"meeting:" + id + " " + day + " present=" + present.size());
		return id;
	}

	@Transactional(readOnly = true)
	public List<ConsultativeBody> ofCouncil(long councilId) {
		return jdbc.sql("""
				SELECT * FROM council_body WHERE council_id = :c
				ORDER BY array_position(ARRAY['equity_gender', 'youth', 'economic'], kind)""")
			.param("c", councilId)
			.query(ConsultativeBodies::body)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<ConsultativeBody> byKind(long councilId, String kind) {
		return jdbc.sql("SELECT * FROM council_body WHERE council_id = :c AND kind = :k")
			.param("c", councilId)
			.param("k", kind)
			.query(ConsultativeBodies::body)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<ConsultativeBody> byId(long id) {
		return jdbc.sql("SELECT * FROM council_body WHERE id = :id")
			.param("id", id)
			.query(ConsultativeBodies::body)
			.optional();
	}

	/** Every member the body has had, chair first, then by start and id. */
	@Transactional(readOnly = true)
	public List<ConsultativeBody.BodyMember> members(long bodyId) {
		return jdbc.sql("""
				SELECT * FROM council_body_member WHERE body_id = :b
				ORDER BY array_position(ARRAY['chair', 'rapporteur', 'member'], role), starts_on, id""")
			.param("b", bodyId)
			.query(ConsultativeBodies::member)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<ConsultativeBody.BodyMember> member(long id) {
		return jdbc.sql("SELECT * FROM council_body_member WHERE id = :id")
			.param("id", id)
			.query(ConsultativeBodies::member)
			.optional();
	}

	/** The body's meetings, newest first, each with the members present. */
	@Transactional(readOnly = true)
	public List<ConsultativeBody.Meeting> meetings(long bodyId) {
		return jdbc.sql("SELECT * FROM council_body_meeting WHERE body_id = :b ORDER BY held_on DESC, id DESC")
			.param("b", bodyId)
			.query((rs, n) -> new ConsultativeBody.Meeting(rs.getLong("id"), rs.getLong("body_id"),
					rs.getObject("held_on", LocalDate.class), rs.getString("place"), rs.getString("subject"),
					rs.getString("minutes"), present(rs.getLong("id"))))
			.list();
	}

	private List<Long> present(long meetingId) {
		return jdbc.sql("SELECT member_id FROM council_body_attendance WHERE meeting_id = :m ORDER BY member_id")
			.param("m", meetingId)
			.query(Long.class)
			.list();
	}

	private static ConsultativeBody body(ResultSet rs, int n) throws SQLException {
		Map<String, String> names = new LinkedHashMap<>();
		for (String language : List.of("ar", "fr", "en", "zgh")) {
			String name = rs.getString("name_" + language);
			if (name != null) {
				names.put(language, name);
			}
		}
		return new ConsultativeBody(rs.getLong("id"), rs.getLong("council_id"), rs.getString("kind"), names,
				rs.getObject("established_on", LocalDate.class));
	}

	private static ConsultativeBody.BodyMember member(ResultSet rs, int n) throws SQLException {
		return new ConsultativeBody.BodyMember(rs.getLong("id"), rs.getLong("body_id"), rs.getString("member_kind"),
				(Long) rs.getObject("organisation_id"), rs.getString("person_name"), rs.getString("sex"),
				rs.getString("role"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class));
	}

}
