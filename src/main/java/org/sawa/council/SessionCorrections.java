package org.sawa.council;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sawa.audit.Corrections;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff correct a recorded session: its kind, day, mode and place, the wording of its
 * agenda items, each member's attendance and the interventions (speaker, kind, item,
 * summary; one recorded by mistake is removed, one forgotten is added). The whole
 * correction is checked as a new entry would be, written in one transaction with its
 * reason as the session's next version ({@link Corrections}: before and after kept and
 * audited); the inclusion lens follows: an intervention counted under another speaker or
 * on another day is taken back and counted anew, a removed one is taken back, an added
 * one counted.
 */
@Service
@Transactional
public class SessionCorrections {

	/** The corrected session as staff type it; agenda titles in their order. */
	public record Correction(String kind, LocalDate heldOn, String mode, String place, List<String> agenda,
			Map<Long, String> attendance, List<Fix> interventions, String reason) {
	}

	/**
	 * One row of the interventions: a recorded intervention ({@code id}) as corrected or
	 * removed, or a new one ({@code id} null; a blank new row is skipped). A recorded one
	 * the form leaves out stays as it is.
	 */
	public record Fix(Long id, CouncilSessions.InterventionRow row, boolean remove) {

		boolean skipped() {
			return id == null && (remove || row.blank());
		}
	}

	private final JdbcClient jdbc;

	private final CouncilSessions sessions;

	private final Councils councils;

	private final Memberships memberships;

	private final Corrections corrections;

	private final java.time.Clock clock;

	SessionCorrections(JdbcClient jdbc, CouncilSessions sessions, Councils councils, Memberships memberships,
			Corrections corrections, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.councils = councils;
		this.memberships = memberships;
		this.corrections = corrections;
		this.clock = clock;
	}

	/** The subject a session's corrections are kept under. */
	public static String subject(long sessionId) {
		return "session:" + sessionId;
	}

	public void correct(long sessionId, Correction correction, long actorId) {
		Session session = jdbc.sql("SELECT id FROM council_session WHERE id = :id FOR UPDATE")
			.param("id", sessionId)
			.query(Long.class)
			.optional()
			.flatMap(sessions::session)
			.orElseThrow(() -> new CouncilRefused("", "council.error.noSession"));
		Mandate mandate = councils.mandate(session.mandateId()).orElseThrow();
		Map<Long, Member> members = new LinkedHashMap<>();
		memberships.members(mandate.id()).forEach(m -> members.put(m.membershipId(), m));
		Map<Long, String> attendance = sessions.attendance(sessionId);
		Map<Long, Intervention> spoken = new LinkedHashMap<>();
		sessions.interventions(mandate.id())
			.stream()
			.filter(i -> i.sessionId() == sessionId)
			.forEach(i -> spoken.put(i.id(), i));
		Fixes fixes = Fixes.of(correction.interventions());
		List<String> agenda = correction.agenda().stream().map(t -> t == null ? "" : t.trim()).toList();
		String place = correction.place() == null || correction.place().isBlank() ? null : correction.place().trim();
		Recorded recorded = new Recorded(session, members, attendance, spoken);
		check(recorded, mandate, correction, fixes, agenda);
		corrections.record(subject(sessionId), changes(recorded, correction, fixes, agenda, place), correction.reason(),
				actorId);

		jdbc.sql("UPDATE council_session SET kind = :k, held_on = :d, mode = :m, place = :p WHERE id = :id")
			.param("k", correction.kind())
			.param("d", correction.heldOn())
			.param("m", correction.mode())
			.param("p", place)
			.param("id", sessionId)
			.update();
		for (Session.AgendaItem item : session.agenda()) {
			jdbc.sql("UPDATE council_agenda_item SET title = :t WHERE id = :id")
				.param("t", agenda.get(item.position() - 1))
				.param("id", item.id())
				.update();
		}
		correction.attendance()
			.forEach((membership, status) -> jdbc
				.sql("UPDATE council_attendance SET status = :s WHERE session_id = :session AND membership_id = :m")
				.param("s", status)
				.param("session", sessionId)
				.param("m", membership)
				.update());
		rewrite(recorded, councils.byId(mandate.councilId()).orElseThrow(), fixes, correction.heldOn());
	}

	/**
	 * The rows of the correction that say something, and those of recorded interventions
	 * by id.
	 */
	private record Fixes(List<Fix> rows, Map<Long, Fix> byId) {

		static Fixes of(List<Fix> typed) {
			List<Fix> rows = typed.stream().filter(f -> !f.skipped()).toList();
			Map<Long, Fix> byId = new HashMap<>();
			rows.stream().filter(f -> f.id() != null).forEach(f -> byId.put(f.id(), f));
			return new Fixes(rows, byId);
		}
	}

	/**
	 * The session as recorded before the correction, with its members and interventions.
	 */
	private record Recorded(Session session, Map<Long, Member> members, Map<Long, String> attendance,
			Map<Long, Intervention> spoken) {

		/** The agenda line's number of an intervention, or null when it names none. */
		Integer item(Intervention intervention) {
			return session.agenda()
				.stream()
				.filter(a -> a.id() == Objects.requireNonNullElse(intervention.agendaItemId(), -1L))
				.map(Session.AgendaItem::position)
				.findFirst()
				.orElse(null);
		}

		String name(Long membershipId) {
			return membershipId == null || !members.containsKey(membershipId) ? null
					: members.get(membershipId).fullName();
		}
	}

	/**
	 * Every reason to refuse the correction, at its field, before anything is written.
	 */
	private void check(Recorded recorded, Mandate mandate, Correction correction, Fixes fixes, List<String> agenda) {
		Session session = recorded.session();
		Refusals refusals = new Refusals();
		Corrections.checkReason(correction.reason(), refusals);
		if (!CouncilSessions.KINDS.contains(Objects.requireNonNullElse(correction.kind(), ""))) {
			refusals.add("kind", "validation.option");
		}
		if (!CouncilSessions.MODES.contains(Objects.requireNonNullElse(correction.mode(), ""))) {
			refusals.add("mode", "validation.option");
		}
		LocalDate day = correction.heldOn();
		if (day == null) {
			refusals.add("heldOn", "validation.date");
		}
		else if (!mandate.covers(day)) {
			refusals.add("heldOn", "council.error.outsideMandate", mandate.label());
		}
		else if (day.isAfter(LocalDate.now(clock))) {
			refusals.add("heldOn", "council.error.future");
		}
		else if (recorded.attendance().keySet().stream().anyMatch(m -> !recorded.members().get(m).activeOn(day))) {
			refusals.add("heldOn", "council.error.sessionMembersNotSeated");
		}
		else if (correction.kind() != null && sessions.exists(mandate.id(), day, correction.kind(), session.id())) {
			refusals.add("heldOn", "council.error.sessionExists");
		}
		if (agenda.size() != session.agenda().size()) {
			refusals.add("agenda", "council.error.agendaCount", session.agenda().size());
		}
		for (int i = 0; i < agenda.size(); i++) {
			if (agenda.get(i).isEmpty() || Texts.length(agenda.get(i)) > 500) {
				refusals.add("agenda." + (i + 1), "council.error.agendaLong");
			}
		}
		checkAttendance(recorded, correction, fixes, refusals);
		checkInterventions(recorded, correction, fixes, refusals);
		refusals.throwIfAny();
	}

	/**
	 * Each attendance from the list, for a member seated at the session; a member who
	 * still speaks (an intervention left under their name) cannot be marked absent.
	 */
	private void checkAttendance(Recorded recorded, Correction correction, Fixes fixes, Refusals refusals) {
		Map<Long, Fix> byId = fixes.byId();
		for (var entry : correction.attendance().entrySet()) {
			long membership = entry.getKey();
			boolean stillSpeaks = recorded.spoken()
				.values()
				.stream()
				.anyMatch(
						i -> i.membershipId() == membership && (!byId.containsKey(i.id()) || !byId.get(i.id()).remove()
								&& Objects.equals(byId.get(i.id()).row().membershipId(), membership)));
			if (!recorded.attendance().containsKey(membership)) {
				refusals.add("attendance." + membership, "council.error.notSeated");
			}
			else if (!CouncilSessions.ATTENDANCE.contains(Objects.requireNonNullElse(entry.getValue(), ""))) {
				refusals.add("attendance." + membership, "validation.option");
			}
			else if (List.of("excused", "absent").contains(entry.getValue()) && stillSpeaks) {
				refusals.add("attendance." + membership, "council.error.intervenerAbsent",
						recorded.members().get(membership).fullName());
			}
		}
	}

	/**
	 * Each intervention row checked as in a new entry; a speaker now marked absent is
	 * refused at the row only when the row changed its speaker (otherwise at the
	 * attendance).
	 */
	private void checkInterventions(Recorded recorded, Correction correction, Fixes fixes, Refusals refusals) {
		Map<Long, Member> seated = new LinkedHashMap<>();
		recorded.attendance().keySet().forEach(m -> seated.put(m, recorded.members().get(m)));
		Map<Long, String> attendance = new HashMap<>(recorded.attendance());
		attendance.putAll(correction.attendance());
		for (Fix fix : fixes.rows()) {
			Intervention before = fix.id() == null ? null : recorded.spoken().get(fix.id());
			if (fix.id() != null && before == null) {
				refusals.add("form", "council.error.noIntervention");
			}
			else if (!fix.remove()) {
				boolean sameSpeaker = before != null && Objects.equals(before.membershipId(), fix.row().membershipId());
				CouncilSessions.checkRow(refusals, "iv." + fix.row().row() + ".", fix.row(), seated,
						sameSpeaker ? Map.of() : attendance, recorded.session().agenda().size());
			}
		}
	}

	/** What the correction changes, field by field, for the session's next version. */
	private List<Corrections.Change> changes(Recorded recorded, Correction correction, Fixes fixes, List<String> agenda,
			String place) {
		Session session = recorded.session();
		List<Corrections.Change> changes = new ArrayList<>();
		changes.add(Corrections.Change.of("kind", null, session.kind(), correction.kind()));
		changes.add(Corrections.Change.of("heldOn", null, session.heldOn(), correction.heldOn()));
		changes.add(Corrections.Change.of("mode", null, session.mode(), correction.mode()));
		changes.add(Corrections.Change.of("place", null, session.place(), place));
		for (Session.AgendaItem item : session.agenda()) {
			changes.add(Corrections.Change.of("agenda", String.valueOf(item.position()), item.title(),
					agenda.get(item.position() - 1)));
		}
		recorded.attendance()
			.forEach((membership, status) -> changes.add(Corrections.Change.of("attendance", recorded.name(membership),
					status, correction.attendance().getOrDefault(membership, status))));
		int next = nextPosition(recorded);
		for (Fix fix : fixes.rows()) {
			Intervention before = fix.id() == null ? null : recorded.spoken().get(fix.id());
			String number = String.valueOf(before == null ? next++ : before.position());
			CouncilSessions.InterventionRow row = fix.row();
			if (fix.remove()) {
				changes.add(Corrections.Change.of("intervention", number, before.summary(), null));
				continue;
			}
			changes.add(Corrections.Change.of("intervention", number, before == null ? null : before.summary(),
					row.summary().trim()));
			changes.add(Corrections.Change.of("speaker", number,
					before == null ? null : recorded.name(before.membershipId()), recorded.name(row.membershipId())));
			changes.add(Corrections.Change.of("ivKind", number, before == null ? null : before.kind(), row.kind()));
			changes.add(
					Corrections.Change.of("ivItem", number, before == null ? null : recorded.item(before), row.item()));
		}
		return changes;
	}

	private static int nextPosition(Recorded recorded) {
		return recorded.spoken().values().stream().mapToInt(Intervention::position).max().orElse(0) + 1;
	}

	/**
	 * The interventions as corrected, and the inclusion lens with them: each kept one
	 * counted under its speaker on the session's day (taken back and counted anew when
	 * either changed), each removed one taken back, each added one counted.
	 */
	private void rewrite(Recorded recorded, Council council, Fixes fixes, LocalDate day) {
		Map<Integer, Long> items = new HashMap<>();
		recorded.session().agenda().forEach(a -> items.put(a.position(), a.id()));
		LocalDate was = recorded.session().heldOn();
		for (Intervention before : recorded.spoken().values()) {
			Fix fix = fixes.byId().get(before.id());
			Member speaker = recorded.members().get(before.membershipId());
			if (fix == null) {
				sessions.recount(council, speaker, was, speaker, day);
			}
			else if (fix.remove()) {
				jdbc.sql("DELETE FROM council_intervention WHERE id = :id").param("id", before.id()).update();
				sessions.uncount(council, speaker, was);
			}
			else {
				sessions.writeIntervention(before.id(), recorded.session().id(), fix.row(), items, before.position());
				sessions.recount(council, speaker, was, recorded.members().get(fix.row().membershipId()), day);
			}
		}
		int next = nextPosition(recorded);
		for (Fix fix : fixes.rows()) {
			if (fix.id() == null) {
				sessions.writeIntervention(null, recorded.session().id(), fix.row(), items, next++);
				sessions.count(council, recorded.members().get(fix.row().membershipId()), day);
			}
		}
	}

}
