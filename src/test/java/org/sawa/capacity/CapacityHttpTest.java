package org.sawa.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over HTTP: the coach records a session and reads her notes; the programme officer reads
 * them; other staff are refused the plan and nobody else sees the notes on any public
 * page. Public records behind an impact figure show no participant's name; the officer's
 * do.
 */
@SawaTest
class CapacityHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	Programmes programmes;

	@Autowired
	Mentoring mentoring;

	@Autowired
	org.sawa.account.Accounts accounts;

	@Test
	void coaching_notes_are_hidden_from_everyone_but_the_coach_and_officers() {
		// a programme of its own, so the demo programmes keep the seeds' figures
		long officerId = accounts.idByEmail("officer@sawa.demo").orElseThrow();
		long programme = programmes.create(new Programmes.NewProgramme("COACH-HTTP",
				Map.of("ar", "برنامج مواكبة", "fr", "Programme de coaching", "en", "Coaching programme", "zgh",
						"ⴰⵖⴰⵡⴰⵙ ⵏ ⵓⵎⵓⵏ"),
				"fr", "", "", java.util.List.of("elected_women"), java.time.LocalDate.of(2025, 1, 1),
				java.time.LocalDate.of(2026, 12, 31), java.util.List.of("MA-05")), officerId);
		long participant = programmes.enrol(programme,
				new Programmes.NewParticipant("Naima Oulhaj", "female", 1980, "elected", null, null, null), officerId);
		mentoring.openPlan(participant, accounts.idByEmail("coach@sawa.demo").orElseThrow(),
				java.time.LocalDate.of(2025, 2, 1), Map.of("public_speaking", 1, "leadership", 2), officerId);
		String plan = "/capacity/COACH-HTTP/plans/" + participant;
		String note = "Notes confidentielles du coaching numéro sept";

		Browser coach = new Browser(port).acceptLanguage("fr");
		coach.signIn("coach@sawa.demo", "sawa-demo-2026");
		var refused = coach.submit(plan, plan + "/coaching",
				Map.of("heldOn", "2025-07-01", "mode", "remote", "minutes", "5", "notes", note));
		assertThat(refused.body()).contains("id=\"minutes-error\"", "de 10 à 600 minutes");
		String topic = mentoring.plan(participant).orElseThrow().priorities().get(0).priority();
		assertThat(coach
			.submit(plan, plan + "/coaching",
					Map.of("heldOn", "2025-07-01", "mode", "remote", "minutes", "60", "topics", topic, "notes", note))
			.statusCode()).isEqualTo(302);
		assertThat(coach.get(plan).body()).contains(note);

		Browser officer = new Browser(port).acceptLanguage("fr");
		officer.signIn("officer@sawa.demo", "sawa-demo-2026");
		assertThat(officer.get(plan).body()).contains(note);

		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff@sawa.demo", "sawa-demo-2026");
		assertThat(staff.get(plan).statusCode()).isEqualTo(403);
		assertThat(new Browser(port).get(plan).statusCode()).as("anonymous: to the login page").isEqualTo(302);

		Browser anyone = new Browser(port).acceptLanguage("fr");
		for (String page : new String[] { "/capacity/COACH-HTTP", "/capacity/COACH-HTTP/impact/mentoring",
				"/capacity/COACH-HTTP/impact/interventions", "/capacity/AMSSAWASS" }) {
			assertThat(anyone.get(page).body()).doesNotContain(note);
			assertThat(staff.get(page).body()).doesNotContain(note);
		}
	}

	@Test
	void the_records_behind_a_figure_show_names_to_officers_only() {
		String name = programmes.participants(programmes.byCode("AMSSAWASS").orElseThrow().id())
			.stream()
			.filter(p -> "female".equals(p.sex()))
			.findFirst()
			.orElseThrow()
			.fullName();
		String page = "/capacity/AMSSAWASS/impact/elected_women";
		String public_ = new Browser(port).acceptLanguage("fr").get(page).body();
		assertThat(public_).contains("40 participant").doesNotContain(name);
		Browser officer = new Browser(port).acceptLanguage("fr");
		officer.signIn("officer@sawa.demo", "sawa-demo-2026");
		assertThat(officer.get(page).body()).contains(name);
		assertThat(new Browser(port).acceptLanguage("fr").get("/capacity/AMSSAWASS/impact/memos").body())
			.contains("MEMO-2025-0001");
	}

	@Test
	void an_officer_adds_an_improvement_action_and_the_public_page_shows_it() {
		Browser officer = new Browser(port).acceptLanguage("fr");
		officer.signIn("officer@sawa.demo", "sawa-demo-2026");
		String aideca = String.valueOf(accounts.organisations("association")
			.stream()
			.filter(o -> o.name().equals("AIDECA"))
			.findFirst()
			.orElseThrow()
			.id());
		String manage = "/capacity/ISED-BMK/manage";
		var refused = officer.submit(manage, manage + "/actions",
				Map.of("organisation", aideca, "area", "governance", "action", "x"));
		assertThat(refused.body()).contains("id=\"actions-action-error\"", "3 à 1");
		assertThat(officer
			.submit(manage, manage + "/actions",
					Map.of("organisation", aideca, "area", "governance", "action",
							"Renouveler le bureau par une assemblée générale élective", "dueOn", "2026-06-30"))
			.statusCode()).isEqualTo(302);
		assertThat(new Browser(port).acceptLanguage("fr").get("/capacity/ISED-BMK").body())
			.contains("Renouveler le bureau par une assemblée générale élective", "En cours");
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff@sawa.demo", "sawa-demo-2026");
		assertThat(staff.get(manage).statusCode()).as("staff are not the programme's officers").isEqualTo(403);
	}

}
