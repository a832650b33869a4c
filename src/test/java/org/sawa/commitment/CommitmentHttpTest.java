package org.sawa.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.audit.AuditLog;
import org.sawa.support.Browser;
import org.sawa.support.MovableClock;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over HTTP: staff of the plan's territory move a milestone with a note and evidence;
 * others may not.
 */
@SawaTest
class CommitmentHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	ActionPlans plans;

	@Autowired
	AuditLog audit;

	@Test
	void laayoune_staff_move_a_malaa0003_milestone_with_evidence_and_see_it_audited() {
		String page = "/commitments/MALAA0003";
		Browser bmk = new Browser(port).acceptLanguage("fr");
		bmk.signIn("staff@sawa.demo", "sawa-demo-2026");
		assertThat(bmk
			.submit(page, page + "/milestones/2",
					Map.of("status", "in_progress", "onDay", "2026-07-01", "note", "Étude lancée"))
			.statusCode()).as("staff of another region").isEqualTo(403);

		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff.laayoune@sawa.demo", "sawa-demo-2026");
		var refused = staff.submit(page, page + "/milestones/2",
				Map.of("status", "in_progress", "onDay", "2026-07-01", "note", ""));
		assertThat(refused.body()).contains("id=\"m2-note-error\"", "note datée");
		var moved = staff.submit(page, page + "/milestones/2",
				Map.of("status", "in_progress", "onDay", "2026-07-01", "note",
						"Étude de référence sur les disparités lancée avec l'université Ibn Zohr.", "evidence.0.label",
						"Indicateurs désagrégés", "evidence.0.url", "/territories/MA-11/indicators"));
		assertThat(moved.statusCode()).isEqualTo(302);
		String after = new Browser(port).acceptLanguage("fr").get(page).body();
		assertThat(after).contains("Étude de référence sur les disparités", "href=\"/territories/MA-11/indicators\"");
		assertThat(audit.forSubject("commitment:MALAA0003")).extracting(e -> e.action())
			.contains("commitment.milestone.moved");
		assertThat(plans.byCode("MALAA0003").orElseThrow().milestones().get(1).status())
			.isEqualTo(MilestoneStatus.IN_PROGRESS);
		assertThat(new Browser(port).acceptLanguage("fr").get("/commitments?status=stuck").body()).contains("BMK-04")
			.doesNotContain("MALAA0003");
	}

	@Test
	void staff_name_a_milestones_owner_by_their_accounts_address_and_the_public_does_not_see_it() {
		String page = "/commitments/BMK-02";
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff@sawa.demo", "sawa-demo-2026");
		var refused = staff.submit(page, page + "/milestones/1/owner", Map.of("owner", "personne@ailleurs.example"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"m1-owner-error\"", "Aucun compte Sawa n&#39;a cette adresse.");
		var saved = staff.submit(page, page + "/milestones/1/owner", Map.of("owner", "officer@sawa.demo"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(staff.get(page).body()).contains("value=\"officer@sawa.demo\"");
		assertThat(new Browser(port).acceptLanguage("fr").get(page).body()).doesNotContain("officer@sawa.demo");
		assertThat(audit.forSubject("commitment:BMK-02")).extracting(e -> e.action())
			.contains("commitment.milestone.owner");
	}

	@Test
	void a_document_uploaded_as_evidence_is_published_with_the_note_and_a_web_page_is_refused() {
		String page = "/commitments/BMK-03";
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff@sawa.demo", "sawa-demo-2026");
		Map<String, String> fields = Map.of("status", "in_progress", "onDay", MovableClock.today().toString(), "note",
				"Forum régional tenu à Béni Mellal avec 120 participantes.");
		var refused = staff.upload(page, page + "/milestones/1", fields, "documents", "pv.pdf",
				"<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"m1-documents-error\"");
		assertThat(staff.get(page).body()).doesNotContain("Forum régional tenu à Béni Mellal");

		byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		var moved = staff.upload(page, page + "/milestones/1", fields, "documents", "pv-forum.pdf", pdf);
		assertThat(moved.statusCode()).isEqualTo(302);
		String shown = new Browser(port).acceptLanguage("fr").get(page).body();
		java.util.regex.Matcher link = java.util.regex.Pattern
			.compile("href=\"(/commitments/evidence/\\d+)\"[^>]*>pv-forum\\.pdf<")
			.matcher(shown);
		assertThat(link.find()).as("the document is linked under its name").isTrue();
		var download = new Browser(port).download(link.group(1));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
		assertThat(new Browser(port).download("/commitments/evidence/999999").statusCode()).isEqualTo(404);
	}

}
