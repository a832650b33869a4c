package org.sawa.council;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * agenda items and each member's attendance. The whole correction is checked as a new
 * entry would be, written in one transaction with its reason as the session's next
 * version ({@link Corrections}: before and after kept and audited); when the day changes,
 * the interventions the inclusion lens counted on the old day are taken back and counted
 * on the new one.
 */
@Service
@Transactional
public class SessionCorrections {

	/** The corrected session as staff type it; agenda titles in their order. */
	public record Correction(String kind, LocalDate heldOn, String mode, String place, List<String> agenda,
			Map<Long, String> attendance, String reason) {
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
		List<Intervention> spoken = sessions.interventions(mandate.id())
			.stream()
			.filter(i -> i.sessionId() == sessionId)
			.toList();
		List<String> agenda = correction.agenda().stream().map(t -> t == null ? "" : t.trim()).toList();
		String place = correction.place() == null || correction.place().isBlank() ? null : correction.place().trim();
		check(session, mandate, correction, members, attendance, spoken, agenda);

		List<Corrections.Change> changes = new ArrayList<>();
		changes.add(Corrections.Change.of("kind", null, session.kind(), correction.kind()));
		changes.add(Corrections.Change.of("heldOn", null, session.heldOn(), correction.heldOn()));
		changes.add(Corrections.Change.of("mode", null, session.mode(), correction.mode()));
		changes.add(Corrections.Change.of("place", null, session.place(), place));
		for (Session.AgendaItem item : session.agenda()) {
			changes.add(Corrections.Change.of("agenda", String.valueOf(item.position()), item.title(),
					agenda.get(item.position() - 1)));
		}
		attendance.forEach((membership, status) -> changes.add(Corrections.Change.of("attendance",
				members.get(membership).fullName(), status, correction.attendance().getOrDefault(membership, status))));
		corrections.record(subject(sessionId), changes, correction.reason(), actorId);

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
		if (!session.heldOn().equals(correction.heldOn())) {
			recount(mandate, spoken, members, session.heldOn(), correction.heldOn());
		}
	}

	/**
	 * Every reason to refuse the correction, at its field, before anything is written.
	 */
	private void check(Session session, Mandate mandate, Correction correction, Map<Long, Member> members,
			Map<Long, String> attendance, List<Intervention> spoken, List<String> agenda) {
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
		else if (attendance.keySet().stream().anyMatch(m -> !members.get(m).activeOn(day))) {
			refusals.add("heldOn", "council.error.sessionMembersNotSeated");
		}
		else if (correction.kind() != null && sessions.sessions(mandate.id())
			.stream()
			.anyMatch(s -> s.id() != session.id() && s.heldOn().equals(day) && s.kind().equals(correction.kind()))) {
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
		for (var entry : correction.attendance().entrySet()) {
			if (!attendance.containsKey(entry.getKey())) {
				refusals.add("attendance." + entry.getKey(), "council.error.notSeated");
			}
			else if (!CouncilSessions.ATTENDANCE.contains(Objects.requireNonNullElse(entry.getValue(), ""))) {
				refusals.add("attendance." + entry.getKey(), "validation.option");
			}
			else if (List.of("excused", "absent").contains(entry.getValue())
					&& spoken.stream().anyMatch(i -> i.membershipId() == entry.getKey())) {
				refusals.add("attendance." + entry.getKey(), "council.error.intervenerAbsent",
						members.get(entry.getKey()).fullName());
			}
		}
		refusals.throwIfAny();
	}

	/**
	 * The interventions were counted by the inclusion lens on the session's day: take
	 * each back there and count it on the corrected day.
	 */
	private void recount(Mandate mandate, List<Intervention> spoken, Map<Long, Member> members, LocalDate from,
			LocalDate to) {
		Council council = councils.byId(mandate.councilId()).orElseThrow();
		for (Intervention intervention : spoken) {
			Member member = members.get(intervention.membershipId());
			sessions.recount(council, member, from, member, to);
		}
	}

}
