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

	@Test
	void staff_correct_a_commitment_s_milestone_dates_and_wording() {
		Commitment commitment = plans.byCode("MALAA0003").orElseThrow();
		String page = "/commitments/MALAA0003/correct";
		Browser other = new Browser(port).acceptLanguage("fr");
		other.signIn("staff@sawa.demo", People.PASSWORD);
		assertThat(other.get(page).statusCode()).as("staff of another region").isEqualTo(403);

		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff.laayoune@sawa.demo", People.PASSWORD);
		assertThat(staff.get("/commitments/MALAA0003").body()).contains(page);
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
		assertThat(refused.body()).contains("id=\"title-error\"", "id=\"m.1.endsOn-error\"");
		assertThat(plans.byCode("MALAA0003").orElseThrow().title()).as("nothing written").isEqualTo(commitment.title());

		form.put("title", commitment.title());
		form.put("m.1.endsOn", m1(commitment).endsOn().plusMonths(2).toString());
		form.put("m.1.description", m1(commitment).description() + " (avec les communes)");
		assertThat(staff.submit(page, page, form).statusCode()).isEqualTo(302);
		Commitment after = plans.byCode("MALAA0003").orElseThrow();
		assertThat(m1(after).endsOn()).isEqualTo(m1(commitment).endsOn().plusMonths(2));
		assertThat(m1(after).status()).as("a correction never moves a status").isEqualTo(m1(commitment).status());
		assertThat(audit.forSubject("commitment:MALAA0003")).extracting(e -> e.action()).contains("record.corrected");
		String shown = new Browser(port).acceptLanguage("fr").get("/commitments/MALAA0003").body();
		assertThat(shown).contains("Corrigé le", "Calendrier du plan adopté", "(avec les communes)", "Fin du jalon");
	}

	private static Milestone m1(Commitment commitment) {
		return commitment.milestones().get(0);
	}

}
