package org.sawa.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.sawa.audit.AuditLog;
import org.sawa.support.Browser;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A programme's officer corrects a participant recorded with the wrong sex: refused at
 * the field first with nothing written, then saved with a reason; the trainings she
 * attended move in "who takes part" and the audit log holds before and after.
 */
@SawaTest
class ParticipantCorrectionHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	Programmes programmes;

	@Autowired
	Territories territories;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Activities activities;

	@Autowired
	People people;

	@Test
	void an_officer_corrects_a_participant_and_the_counts_follow() {
		// a programme of its own, so the demo programmes keep the seeds' figures
		long officerId = people.demo("officer");
		long programmeId = programmes.create(new Programmes.NewProgramme("CORR-TEST",
				Map.of("ar", "برنامج", "fr", "Programme de test", "en", "Test programme", "zgh", "ⴰⵖⴰⵡⴰⵙ"), "fr", "",
				"", java.util.List.of("elected_women"), java.time.LocalDate.of(2025, 1, 1),
				java.time.LocalDate.of(2026, 12, 31), java.util.List.of("MA-05")), officerId);
		long manId = programmes.enrol(programmeId,
				new Programmes.NewParticipant("Latifa Ouchen", "male", 1982, "elected", "MA-BEM-07", null, null),
				officerId);
		long women10 = training("female", "2025-03-10");
		long women17 = training("female", "2025-03-17");
		long men10 = training("male", "2025-03-10");
		for (int day : new int[] { 10, 17 }) {
			long activity = activities.schedule(programmeId,
					new Activities.NewActivity("workshop", "Prise de parole en session",
							java.time.LocalDate.of(2025, 3, day), java.math.BigDecimal.valueOf(3), "in_person",
							"Béni Mellal", "AIDECA", "MA-05"),
					officerId);
			activities.recordAttendance(activity,
					java.util.List.of(new Activities.AttendanceLine(manId, true, null, null)), officerId);
		}
		Participant man = programmes.participant(manId).orElseThrow();
		Awaitility.await().untilAsserted(() -> assertThat(training("male", "2025-03-10")).isEqualTo(men10 + 1));
		String page = "/capacity/CORR-TEST/participants/" + man.id() + "/correct";
		Browser officer = new Browser(port).acceptLanguage("fr");
		officer.signIn("officer@sawa.demo", People.PASSWORD);
		assertThat(officer.get("/capacity/CORR-TEST/manage").body()).contains(page);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("fullName", man.fullName());
		form.put("sex", "female");
		form.put("birthYear", "3000");
		form.put("kind", man.kind());
		form.put("commune", man.communeId() == null ? "" : territories.byId(man.communeId()).orElseThrow().code());
		form.put("reason", "");
		HttpResponse<String> refused = officer.submit(page, page, form);
		assertThat(refused.body()).contains("id=\"birthYear-error\"", "id=\"reason-error\"");
		assertThat(programmes.participant(man.id()).orElseThrow().sex()).as("nothing written").isEqualTo("male");

		form.put("birthYear", man.birthYear() == null ? "" : man.birthYear().toString());
		form.put("reason", "Liste de présence signée : c'est une conseillère");
		assertThat(officer.submit(page, page, form).statusCode()).isEqualTo(302);
		assertThat(programmes.participant(man.id()).orElseThrow().sex()).isEqualTo("female");
		Awaitility.await().untilAsserted(() -> {
			assertThat(training("female", "2025-03-10")).isEqualTo(women10 + 1);
			assertThat(training("female", "2025-03-17")).isEqualTo(women17 + 1);
			assertThat(training("male", "2025-03-10")).isEqualTo(men10);
		});
		assertThat(audit.forSubject(ParticipantCorrections.subject(man.id()))).singleElement()
			.satisfies(e -> assertThat(e.details()).contains("sex: male -> female"));
		assertThat(officer.get(page).body()).contains("Version 2", "de Homme à Femme");
	}

	@Test
	void an_officer_moves_an_activity_to_its_real_day_and_unticks_someone_and_the_lens_follows() {
		long officerId = people.demo("officer");
		long programmeId = programmes.create(new Programmes.NewProgramme("CORR-ACT",
				Map.of("ar", "برنامج", "fr", "Programme de test", "en", "Test programme", "zgh", "ⴰⵖⴰⵡⴰⵙ"), "fr", "",
				"", java.util.List.of("elected_women"), java.time.LocalDate.of(2025, 1, 1),
				java.time.LocalDate.of(2026, 12, 31), java.util.List.of("MA-05")), officerId);
		long amina = programmes.enrol(programmeId,
				new Programmes.NewParticipant("Amina Tazi", "female", 1990, "elected", "MA-BEM-07", null, null),
				officerId);
		long salma = programmes.enrol(programmeId,
				new Programmes.NewParticipant("Salma Oulhaj", "female", 1992, "elected", "MA-BEM-07", null, null),
				officerId);
		long women20 = training("female", "2025-05-20");
		long women21 = training("female", "2025-05-21");
		long activity = activities.schedule(programmeId,
				new Activities.NewActivity("workshop", "Budget sensible au genre", java.time.LocalDate.of(2025, 5, 20),
						java.math.BigDecimal.valueOf(3), "in_person", "Béni Mellal", "AIDECA", "MA-05"),
				officerId);
		activities.recordAttendance(activity, java.util.List.of(new Activities.AttendanceLine(amina, true, null, null),
				new Activities.AttendanceLine(salma, true, null, null)), officerId);
		Awaitility.await().untilAsserted(() -> assertThat(training("female", "2025-05-20")).isEqualTo(women20 + 2));

		Browser officer = new Browser(port).acceptLanguage("fr");
		officer.signIn("officer@sawa.demo", People.PASSWORD);
		String sheet = "/capacity/CORR-ACT/activities/" + activity;
		// Salma did not come: ticked by mistake, left off the sheet now
		assertThat(officer.submit(sheet, sheet, Map.of("p." + amina + ".attended", "true")).statusCode())
			.isEqualTo(302);
		Awaitility.await().untilAsserted(() -> assertThat(training("female", "2025-05-20")).isEqualTo(women20 + 1));

		String page = sheet + "/correct";
		assertThat(officer.get(sheet).body()).contains(page);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("kind", "workshop");
		form.put("topic", "Budget sensible au genre");
		form.put("heldOn", "2025-05-21");
		form.put("hours", "0");
		form.put("mode", "in_person");
		form.put("place", "Béni Mellal");
		form.put("trainers", "AIDECA");
		form.put("territory", "MA-05");
		form.put("reason", "Reportée d'un jour (feuille de présence datée du 21)");
		assertThat(officer.submit(page, page, form).body()).contains("id=\"hours-error\"");
		form.put("hours", "3");
		assertThat(officer.submit(page, page, form).statusCode()).isEqualTo(302);
		Awaitility.await().untilAsserted(() -> {
			assertThat(training("female", "2025-05-20")).isEqualTo(women20);
			assertThat(training("female", "2025-05-21")).isEqualTo(women21 + 1);
		});
		assertThat(audit.forSubject(ActivityCorrections.subject(activity))).singleElement()
			.satisfies(e -> assertThat(e.details()).contains("heldOn: 2025-05-20 -> 2025-05-21"));
	}

	/** Trainings counted by the lens in Béni Mellal's commune (MA-BEM-07) on a day. */
	private long training(String sex, String day) {
		return jdbc.sql("""
				SELECT coalesce(sum(count), 0) FROM participation_fact WHERE channel = 'capacity.training'
				AND sex = :s AND day = CAST(:d AS date) AND territory_id = :t""")
			.param("s", sex)
			.param("d", day)
			.param("t", territories.byCode("MA-BEM-07").orElseThrow().id())
			.query(Long.class)
			.single();
	}

}
