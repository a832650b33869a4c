package org.sawa.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.sawa.audit.AuditEntry;
import org.sawa.audit.AuditLog;
import org.sawa.audit.Corrections;
import org.sawa.support.Browser;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator corrects a recorded council session from the browser: the attendance
 * she fixes changes the representation figures, the earlier version is kept with the
 * reason, the audit log holds before and after, and the public page says "corrected on";
 * a correction without a reason, one that marks a speaker absent, or one that changes
 * nothing is refused at its field with nothing written; a corrected day moves the
 * interventions the inclusion lens counted.
 */
@SawaTest
class SessionCorrectionHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	Councils councils;

	@Autowired
	CouncilSessions sessions;

	@Autowired
	Memberships memberships;

	@Autowired
	RepresentationAnalysis analysis;

	@Autowired
	Corrections corrections;

	@Autowired
	AuditLog audit;

	@Autowired
	Territories territories;

	@Autowired
	JdbcClient jdbc;

	/**
	 * A programme commune's session of 7 October 2025 (demo), its council and members.
	 */
	private record Sitting(Council council, Session session, Map<Long, Member> members) {
	}

	private Sitting sitting(String code, LocalDate day) {
		Council council = councils.byCode(code).orElseThrow();
		Mandate mandate = councils.mandateAt(council.id(), day).orElseThrow();
		Session session = sessions.sessions(mandate.id())
			.stream()
			.filter(s -> s.heldOn().equals(day))
			.findFirst()
			.orElseThrow();
		Map<Long, Member> members = new LinkedHashMap<>();
		memberships.members(mandate.id()).forEach(m -> members.put(m.membershipId(), m));
		return new Sitting(council, session, members);
	}

	private Map<String, String> form(Sitting sitting, String reason) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("kind", sitting.session().kind());
		form.put("heldOn", sitting.session().heldOn().toString());
		form.put("mode", sitting.session().mode());
		form.put("place", sitting.session().place());
		sitting.session().agenda().forEach(i -> form.put("agenda." + i.position(), i.title()));
		sessions.attendance(sitting.session().id()).forEach((m, s) -> form.put("attendance." + m, s));
		form.put("reason", reason);
		return form;
	}

	private Representation.SessionLine line(Sitting sitting) {
		return analysis.of(List.of(sitting.council()), LocalDate.of(2025, 12, 31))
			.sessions()
			.stream()
			.filter(l -> l.session().id() == sitting.session().id())
			.findFirst()
			.orElseThrow();
	}

	@Test
	void an_administrator_corrects_the_attendance_and_the_figures_and_the_audit_log_follow() {
		String code = new DemoCommune(councils, territories).code(0);
		Sitting sitting = sitting(code, LocalDate.of(2025, 5, 7));
		long sessionId = sitting.session().id();
		List<Long> speakers = sessions.interventions(sitting.session().mandateId())
			.stream()
			.filter(i -> i.sessionId() == sessionId)
			.map(Intervention::membershipId)
			.toList();
		Map<Long, String> attendance = sessions.attendance(sessionId);
		long silentWoman = attendance.entrySet()
			.stream()
			.filter(e -> e.getValue().equals("present") && sitting.members().get(e.getKey()).isWoman()
					&& !speakers.contains(e.getKey()))
			.findFirst()
			.orElseThrow()
			.getKey();
		long speaker = speakers.get(0);
		Representation.SessionLine before = line(sitting);

		String page = "/councils/" + code + "/sessions/" + sessionId;
		String correct = page + "/correct";
		assertThat(new Browser(port).get(correct).statusCode()).as("anonymous: to the login page").isEqualTo(302);
		Browser admin = new Browser(port).acceptLanguage("fr");
		admin.signIn("admin@sawa.demo", People.PASSWORD);
		assertThat(admin.get(page).body()).contains("Corriger cette session");

		Map<String, String> noReason = form(sitting, "");
		noReason.put("attendance." + silentWoman, "absent");
		HttpResponse<String> refused = admin.submit(correct, correct, noReason);
		assertThat(refused.body()).contains("id=\"reason-error\"", "Donnez le motif de la correction");
		Map<String, String> speakerAway = form(sitting, "Feuille de présence relue");
		speakerAway.put("attendance." + speaker, "absent");
		assertThat(admin.submit(correct, correct, speakerAway).body())
			.contains("id=\"attendance-" + speaker + "-error\"", "est noté·e absent·e");
		assertThat(admin.submit(correct, correct, form(sitting, "Feuille de présence relue")).body())
			.contains("Rien n&#39;a changé");
		assertThat(sessions.attendance(sessionId)).as("nothing written").isEqualTo(attendance);
		assertThat(corrections.of(SessionCorrections.subject(sessionId))).isEmpty();

		Map<String, String> fixed = form(sitting, "Feuille de présence signée relue : elle était excusée");
		fixed.put("attendance." + silentWoman, "absent");
		fixed.put("place", "Salle des délibérations de la commune");
		HttpResponse<String> saved = admin.submit(correct, correct, fixed);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(page + "?corrected");

		Representation.SessionLine after = line(sitting);
		assertThat(after.womenPresent()).as("women present in the representation figures")
			.isEqualTo(before.womenPresent() - 1);
		assertThat(after.menPresent()).isEqualTo(before.menPresent());
		List<Corrections.Correction> versions = corrections.of(SessionCorrections.subject(sessionId));
		assertThat(versions).hasSize(1);
		assertThat(versions.get(0).version()).isEqualTo(2);
		assertThat(versions.get(0).changes())
			.extracting(Corrections.Change::field, Corrections.Change::before, Corrections.Change::after)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("place", sitting.session().place(),
							"Salle des délibérations de la commune"),
					org.assertj.core.groups.Tuple.tuple("attendance", "present", "absent"));
		List<AuditEntry> entries = audit.forSubject(SessionCorrections.subject(sessionId));
		assertThat(entries).extracting(AuditEntry::action).containsExactly("record.corrected");
		assertThat(entries.get(0).details()).contains("reason: Feuille de présence signée relue",
				"attendance[" + sitting.members().get(silentWoman).fullName() + "]: present -> absent");

		String shown = new Browser(port).acceptLanguage("fr").get(page).body();
		assertThat(shown).contains("Corrigé le", "Version 2", "elle était excusée", "de Présent·e à Absent·e",
				"Salle des délibérations de la commune");
		assertThat(new Browser(port).acceptLanguage("ar").get(page).body()).contains("صُحّح في",
				"من حاضر(ة) إلى متغيب(ة)");
		assertThat(new Browser(port).acceptLanguage("fr").get("/councils/" + code).body()).contains("Corrigé le");
	}

	@Test
	void a_corrected_day_moves_the_interventions_the_lens_counted() {
		String code = new DemoCommune(councils, territories).code(1);
		Sitting sitting = sitting(code, LocalDate.of(2025, 10, 7));
		long spoken = sessions.interventions(sitting.session().mandateId())
			.stream()
			.filter(i -> i.sessionId() == sitting.session().id())
			.count();
		assertThat(spoken).isPositive();
		long territory = sitting.council().territoryId();
		long onOldDay = facts(territory, "2025-10-07");
		long onNewDay = facts(territory, "2025-10-09");
		long staff = jdbc.sql("SELECT id FROM person WHERE email = 'staff@sawa.demo'").query(Long.class).single();
		SessionCorrections.Correction moved = new SessionCorrections.Correction(sitting.session().kind(),
				LocalDate.of(2025, 10, 9), sitting.session().mode(), sitting.session().place(),
				sitting.session().agenda().stream().map(Session.AgendaItem::title).toList(), Map.of(), List.of(),
				"Le procès-verbal porte la date du 9 octobre");
		correctionsService.correct(sitting.session().id(), moved, staff);
		Awaitility.await().untilAsserted(() -> {
			assertThat(facts(territory, "2025-10-07")).isEqualTo(onOldDay - spoken);
			assertThat(facts(territory, "2025-10-09")).isEqualTo(onNewDay + spoken);
		});
		assertThat(sessions.session(sitting.session().id()).orElseThrow().heldOn())
			.isEqualTo(LocalDate.of(2025, 10, 9));
	}

	@Autowired
	SessionCorrections correctionsService;

	@Test
	void staff_correct_the_interventions_and_who_speaks_follows() {
		String code = new DemoCommune(councils, territories).code(4);
		Council council = councils.byCode(code).orElseThrow();
		Mandate mandate = councils.mandateAt(council.id(), LocalDate.of(2025, 12, 31)).orElseThrow();
		Session session = sessions.sessions(mandate.id())
			.stream()
			.filter(s -> sessions.interventions(mandate.id())
				.stream()
				.filter(i -> i.sessionId() == s.id())
				.count() >= 2)
			.findFirst()
			.orElseThrow();
		Sitting sitting = sitting(code, session.heldOn());
		List<Intervention> spoken = sessions.interventions(mandate.id())
			.stream()
			.filter(i -> i.sessionId() == session.id())
			.toList();
		Map<Long, String> attendance = sessions.attendance(session.id());
		Member silentWoman = attendance.keySet()
			.stream()
			.map(sitting.members()::get)
			.filter(m -> m.isWoman() && attendance.get(m.membershipId()).equals("present")
					&& spoken.stream().noneMatch(i -> i.membershipId() == m.membershipId()))
			.findFirst()
			.orElseThrow();
		long absent = attendance.entrySet()
			.stream()
			.filter(e -> e.getValue().equals("absent") || e.getValue().equals("excused"))
			.findFirst()
			.orElseThrow()
			.getKey();
		Intervention first = spoken.get(0);
		Intervention second = spoken.get(1);
		Member firstSpeaker = sitting.members().get(first.membershipId());
		Member secondSpeaker = sitting.members().get(second.membershipId());
		Representation.SessionLine before = line(sitting);
		long women = lensBySex(council.territoryId(), "female");

		String correct = "/councils/" + code + "/sessions/" + session.id() + "/correct";
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff@sawa.demo", People.PASSWORD);
		assertThat(staff.get(correct).body()).contains("name=\"iv.0.id\" value=\"" + first.id() + "\"",
				"Retirer l&#39;intervention 2");
		Map<String, String> form = form(sitting, "Procès-verbal relu : orateurs et interventions");
		form.put("iv.0.id", String.valueOf(first.id()));
		form.put("iv.0.member", String.valueOf(silentWoman.membershipId()));
		form.put("iv.0.kind", first.kind());
		form.put("iv.0.summary", first.summary());
		form.put("iv.1.id", String.valueOf(second.id()));
		form.put("iv.1.remove", "true");
		String added = "iv." + spoken.size() + ".";
		form.put(added + "member", String.valueOf(absent));
		form.put(added + "kind", "proposal");
		form.put(added + "item", "99");
		form.put(added + "summary", "Proposition d'un point d'eau au douar");
		String refused = staff.submit(correct, correct, form).body();
		assertThat(refused).contains("id=\"iv-" + spoken.size() + "-member-error\"", "est noté·e absent·e",
				"id=\"iv-" + spoken.size() + "-item-error\"");
		assertThat(sessions.interventions(mandate.id()).stream().filter(i -> i.sessionId() == session.id()))
			.as("nothing written")
			.containsExactlyElementsOf(spoken);

		form.put(added + "member", String.valueOf(silentWoman.membershipId()));
		form.put(added + "item", "1");
		assertThat(staff.submit(correct, correct, form).statusCode()).isEqualTo(302);

		List<Intervention> now = sessions.interventions(mandate.id())
			.stream()
			.filter(i -> i.sessionId() == session.id())
			.toList();
		assertThat(now).hasSize(spoken.size());
		assertThat(now).extracting(Intervention::id).doesNotContain(second.id());
		assertThat(now.get(0).membershipId()).isEqualTo(silentWoman.membershipId());
		assertThat(now.get(now.size() - 1)).satisfies(i -> {
			assertThat(i.summary()).isEqualTo("Proposition d'un point d'eau au douar");
			assertThat(i.agendaItemId()).isEqualTo(session.agenda().get(0).id());
			assertThat(i.position()).isEqualTo(spoken.get(spoken.size() - 1).position() + 1);
		});
		int lost = (firstSpeaker.isWoman() ? 1 : 0) + (secondSpeaker.isWoman() ? 1 : 0);
		Representation.SessionLine after = line(sitting);
		assertThat(after.byWomen()).as("interventions by women").isEqualTo(before.byWomen() + 2 - lost);
		assertThat(after.byWomen() + after.byMen()).isEqualTo(before.byWomen() + before.byMen());
		Awaitility.await()
			.untilAsserted(() -> assertThat(lensBySex(council.territoryId(), "female")).isEqualTo(women + 2 - lost));
		assertThat(audit.forSubject(SessionCorrections.subject(session.id()))).singleElement()
			.satisfies(e -> assertThat(e.details()).contains(
					"speaker[" + first.position() + "]: " + firstSpeaker.fullName() + " -> " + silentWoman.fullName(),
					"intervention[" + second.position() + "]: " + second.summary() + " -> "));
		assertThat(new Browser(port).acceptLanguage("fr").get("/councils/" + code + "/sessions/" + session.id()).body())
			.contains("Orateur·rice", "Proposition d&#39;un point d&#39;eau au douar");
	}

	@Test
	void staff_correct_a_member_recorded_as_a_man_and_the_seats_and_the_lens_follow() {
		String code = new DemoCommune(councils, territories).code(2);
		Council council = councils.byCode(code).orElseThrow();
		Mandate mandate = councils.mandateAt(council.id(), LocalDate.of(2025, 12, 31)).orElseThrow();
		List<Intervention> spoken = sessions.interventions(mandate.id());
		Member man = memberships.members(mandate.id())
			.stream()
			.filter(m -> !m.isWoman() && spoken.stream().anyMatch(i -> i.membershipId() == m.membershipId()))
			.findFirst()
			.orElseThrow();
		long hisInterventions = spoken.stream().filter(i -> i.membershipId() == man.membershipId()).count();
		Representation.CouncilLine before = analysis.of(List.of(council), LocalDate.of(2025, 12, 31)).councils().get(0);
		long womenCounted = lensBySex(council.territoryId(), "female");

		String form = "/councils/" + code + "/members/" + man.membershipId() + "/correct";
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff@sawa.demo", People.PASSWORD);
		assertThat(staff.get("/councils/" + code + "/manage").body()).contains(form);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("fullName", man.fullName());
		fields.put("sex", "female");
		fields.put("birthYear", "1890");
		fields.put("seatType", man.seatType());
		fields.put("listLabel", "");
		fields.put("reason", "");
		HttpResponse<String> refused = staff.submit(form, form, fields);
		assertThat(refused.body()).contains("id=\"birthYear-error\"", "id=\"reason-error\"");
		fields.put("birthYear", man.birthYear() == null ? "" : man.birthYear().toString());
		fields.put("reason", "Procès-verbal d'installation : siège tenu par une conseillère, saisie erronée");
		assertThat(staff.submit(form, form, fields).statusCode()).isEqualTo(302);

		Representation.CouncilLine after = analysis.of(List.of(council), LocalDate.of(2025, 12, 31)).councils().get(0);
		assertThat(after.women()).isEqualTo(before.women() + 1);
		Awaitility.await()
			.untilAsserted(() -> assertThat(lensBySex(council.territoryId(), "female"))
				.isEqualTo(womenCounted + hisInterventions));
		assertThat(audit.forSubject(MemberCorrections.subject(man.membershipId()))).singleElement()
			.satisfies(e -> assertThat(e.details()).contains("sex: male -> female"));
		assertThat(new Browser(port).acceptLanguage("fr").get("/councils/" + code).body()).contains("Corrigé le");
		assertThat(staff.get(form).body()).contains("Version 2", "de Homme à Femme");
	}

	@Test
	void staff_correct_a_committee_s_names_and_a_taken_name_is_refused() {
		String code = new DemoCommune(councils, territories).code(3);
		Council council = councils.byCode(code).orElseThrow();
		List<Committee> committees = councils.committees(council.id());
		Committee first = committees.get(0);
		String form = "/councils/" + code + "/committees/" + first.id() + "/correct";
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff@sawa.demo", People.PASSWORD);
		Map<String, String> fields = new LinkedHashMap<>();
		first.names().forEach((language, name) -> fields.put("name_" + language, name));
		fields.put("name_fr", committees.get(1).names().get("fr"));
		fields.put("reason", "Intitulé de l'arrêté de constitution");
		assertThat(staff.submit(form, form, fields).body()).contains("id=\"name_fr-error\"");
		fields.put("name_fr", "Commission du budget, des finances et des affaires économiques");
		assertThat(staff.submit(form, form, fields).statusCode()).isEqualTo(302);
		assertThat(councils.committees(council.id())).extracting(c -> c.names().get("fr"))
			.contains("Commission du budget, des finances et des affaires économiques");
		assertThat(audit.forSubject(Councils.committeeSubject(first.id()))).extracting(AuditEntry::action)
			.containsExactly("record.corrected");
		assertThat(staff.get(form).body()).contains("Nom en français", "Version 2");
	}

	private long lensBySex(long territory, String sex) {
		return jdbc.sql("""
				SELECT coalesce(sum(count), 0) FROM participation_fact WHERE channel = 'council.intervention'
				AND territory_id = :t AND sex = :s""").param("t", territory).param("s", sex).query(Long.class).single();
	}

	private long facts(long territory, String day) {
		return jdbc.sql("""
				SELECT coalesce(sum(count), 0) FROM participation_fact WHERE channel = 'council.intervention'
				AND territory_id = :t AND day = CAST(:d AS date)""")
			.param("t", territory)
			.param("d", day)
			.query(Long.class)
			.single();
	}

	/** The demo's programme communes, in the order the demo seats them. */
	private record DemoCommune(Councils councils, Territories territories) {

		String code(int index) {
			var bmk = territories.byCode("MA-05").orElseThrow();
			List<String> codes = new java.util.ArrayList<>();
			for (var province : territories.children(bmk.id())) {
				territories.children(province.id()).stream().limit(4).forEach(c -> codes.add(c.code()));
			}
			return codes.get(index);
		}
	}

}
