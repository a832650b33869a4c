package org.sawa.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.audit.AuditLog;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over HTTP: staff of the plan's territory move a milestone with a note and evidence; others may not. */
@SawaTest
class CommitmentHttpTest {

	@LocalServerPort int port;
	@Autowired ActionPlans plans;
	@Autowired AuditLog audit;

	@Test
	void laayoune_staff_move_a_malaa0003_milestone_with_evidence_and_see_it_audited() {
		String page = "/commitments/MALAA0003";
		Browser bmk = new Browser(port).acceptLanguage("fr");
		bmk.signIn("staff@sawa.demo", "sawa-demo-2026");
		assertThat(bmk.submit(page, page + "/milestones/2", Map.of("status", "in_progress", "onDay", "2026-07-01", "note",
				"Étude lancée")).statusCode()).as("staff of another region").isEqualTo(403);

		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff.laayoune@sawa.demo", "sawa-demo-2026");
		var refused = staff.submit(page, page + "/milestones/2", Map.of("status", "in_progress", "onDay", "2026-07-01", "note", ""));
		assertThat(refused.body()).contains("id=\"note-2-error\"", "note datée");
		var moved = staff.submit(page, page + "/milestones/2", Map.of("status", "in_progress", "onDay", "2026-07-01", "note",
				"Étude de référence sur les disparités lancée avec l'université Ibn Zohr.", "evidence.0.label",
				"Indicateurs désagrégés", "evidence.0.url", "/territories/MA-11/indicators"));
		assertThat(moved.statusCode()).isEqualTo(302);
		String after = new Browser(port).acceptLanguage("fr").get(page).body();
		assertThat(after).contains("Étude de référence sur les disparités", "href=\"/territories/MA-11/indicators\"");
		assertThat(audit.forSubject("commitment:MALAA0003")).extracting(e -> e.action()).contains("commitment.milestone.moved");
		assertThat(plans.byCode("MALAA0003").orElseThrow().milestones().get(1).status()).isEqualTo("in_progress");
		assertThat(new Browser(port).acceptLanguage("fr").get("/commitments?status=stuck").body()).contains("BMK-04")
			.doesNotContain("MALAA0003");
	}
}
