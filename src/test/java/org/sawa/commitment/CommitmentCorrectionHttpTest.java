package org.sawa.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.audit.AuditLog;
import org.sawa.support.Browser;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff of the plan's territory correct a commitment as entered (texts, period,
 * milestones' wording and dates), each mistake refused at its field with nothing written;
 * the commitment's page says what was corrected and the audit log holds before and after.
 */
@SawaTest
class CommitmentCorrectionHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	ActionPlans plans;

	@Autowired
	AuditLog audit;

	@Autowired
	org.sawa.support.People people;

	/**
	 * A plan of Es-Semara with one commitment of two milestones, for these tests alone.
	 */
	private ActionPlan plan(String code) {
		long staff = people.demo("staff.laayoune");
		long plan = plans.createPlan(code, "MA-ESM", "Plan d'action de test d'Es-Semara", "fr",
				java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2027, 12, 31), "in_progress", null, staff);
		plans.addCommitment(plan, new ActionPlans.NewCommitment(code + "-C1", "Budget participatif des douars",
				"Les douars ne sont pas consultés", "", "Consultations annuelles", "", "", "Participation", "Budget",
				java.util.List.of("civic_participation"), "", java.time.LocalDate.of(2025, 1, 1),
				java.time.LocalDate.of(2027, 12, 31), Map.of(),
				java.util.List.of(
						new ActionPlans.NewMilestone("Consultation dans les douars", java.time.LocalDate.of(2025, 3, 1),
								java.time.LocalDate.of(2025, 9, 30), "in_progress", null),
						new ActionPlans.NewMilestone("Vote du budget", java.time.LocalDate.of(2025, 10, 1),
								java.time.LocalDate.of(2025, 12, 31), "not_started", null))),
				staff);
		return plans.planByCode(code).orElseThrow();
	}

	@Test
	void staff_correct_a_commitment_s_milestone_dates_and_wording() {
		plan("ESM-CORR-1");
		Commitment commitment = plans.byCode("ESM-CORR-1-C1").orElseThrow();
		String page = "/commitments/ESM-CORR-1-C1/correct";
		Browser other = new Browser(port).acceptLanguage("fr");
		other.signIn("staff@sawa.demo", People.PASSWORD);
		assertThat(other.get(page).statusCode()).as("staff of another region").isEqualTo(403);

		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff.laayoune@sawa.demo", People.PASSWORD);
		assertThat(staff.get("/commitments/ESM-CORR-1-C1").body()).contains(page);
		Map<String, String> form = new LinkedHashMap<>();
		CommitmentCorrections.texts(commitment).forEach(form::put);
		form.put("startsOn", commitment.startsOn().toString());
		form.put("endsOn", commitment.endsOn().toString());
		for (Milestone m : commitment.milestones()) {
			form.put("m." + m.position() + ".description", m.description());
			form.put("m." + m.position() + ".startsOn", m.startsOn().toString());
			form.put("m." + m.position() + ".endsOn", m.endsOn().toString());
		}
		form.put("title", "");
		form.put("m.1.endsOn", m1(commitment).startsOn().minusDays(1).toString());
		form.put("reason", "Calendrier du plan adopté");
		HttpResponse<String> refused = staff.submit(page, page, form);
		assertThat(refused.body()).contains("id=\"title-error\"", "id=\"m-1-endsOn-error\"");
		assertThat(plans.byCode("ESM-CORR-1-C1").orElseThrow().title()).as("nothing written")
			.isEqualTo(commitment.title());

		form.put("title", commitment.title());
		form.put("m.1.endsOn", m1(commitment).endsOn().plusMonths(2).toString());
		form.put("m.1.description", m1(commitment).description() + " (avec les communes)");
		assertThat(staff.submit(page, page, form).statusCode()).isEqualTo(302);
		Commitment after = plans.byCode("ESM-CORR-1-C1").orElseThrow();
		assertThat(m1(after).endsOn()).isEqualTo(m1(commitment).endsOn().plusMonths(2));
		assertThat(m1(after).status()).as("a correction never moves a status").isEqualTo(m1(commitment).status());
		assertThat(audit.forSubject("commitment:ESM-CORR-1-C1")).extracting(e -> e.action())
			.contains("record.corrected");
		String shown = new Browser(port).acceptLanguage("fr").get("/commitments/ESM-CORR-1-C1").body();
		assertThat(shown).contains("Corrigé le", "Calendrier du plan adopté", "(avec les communes)", "Fin du jalon");
	}

	@Test
	void staff_correct_a_plan_s_period_and_the_tracker_says_so() {
		ActionPlan plan = plan("ESM-CORR-2");
		String page = "/commitments/plans/ESM-CORR-2/correct";
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff.laayoune@sawa.demo", People.PASSWORD);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", plan.title());
		form.put("language", plan.language());
		form.put("startsOn", plan.startsOn().toString());
		form.put("endsOn", plan.startsOn().minusDays(1).toString());
		form.put("status", plan.status());
		form.put("sourceUrl", "javascript:alert(1)");
		form.put("reason", "Dates du plan publié sur le site de l'OGP");
		HttpResponse<String> refused = staff.submit(page, page, form);
		assertThat(refused.body()).contains("id=\"endsOn-error\"", "id=\"sourceUrl-error\"");
		form.put("endsOn", plan.endsOn().plusYears(1).toString());
		form.put("sourceUrl", "");
		assertThat(staff.submit(page, page, form).statusCode()).isEqualTo(302);
		assertThat(plans.planByCode("ESM-CORR-2").orElseThrow().endsOn()).isEqualTo(plan.endsOn().plusYears(1));
		assertThat(audit.forSubject("plan:ESM-CORR-2")).extracting(e -> e.action()).contains("record.corrected");
		assertThat(new Browser(port).acceptLanguage("fr").get("/commitments?territory=MA-ESM").body())
			.contains("Corrigé le");
	}

	private static Milestone m1(Commitment commitment) {
		return commitment.milestones().get(0);
	}

}
