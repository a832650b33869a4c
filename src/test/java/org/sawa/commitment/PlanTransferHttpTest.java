package org.sawa.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A plan goes out as CSV and JSON and comes back in unchanged (idempotent); a new plan
 * comes in all or nothing, each bad row named; only staff of the plan's territory may
 * bring one in.
 */
@SawaTest
class PlanTransferHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	ActionPlans plans;

	@Test
	void an_exported_plan_imports_again_without_change_and_a_new_plan_comes_in_whole() {
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff.laayoune@sawa.demo", "sawa-demo-2026");
		String csv = new Browser(port).get("/commitments/plans/LSH-2025-2027.csv").body();
		assertThat(csv.lines()).hasSize(7).first().asString().startsWith("plan_code,plan_territory");
		assertThat(csv).contains("MALAA0003", "2027-06-30");
		String json = new Browser(port).get("/commitments/plans/LSH-2025-2027.json").body();
		assertThat(json).contains("\"code\":\"MALAA0003\"", "\"completion\":");

		String page = "/commitments/import";
		assertThat(staff.upload(page, page, Map.of(), "file", "plan.csv", csv.getBytes(StandardCharsets.UTF_8)).body())
			.contains("6 lignes lues, 0 ajoutées, 0 modifiées, 6 inchangées");
		assertThat(
				staff.upload(page, page, Map.of(), "file", "plan.json", json.getBytes(StandardCharsets.UTF_8)).body())
			.contains("6 lignes lues, 0 ajoutées");

		String header = csv.lines().findFirst().orElseThrow() + "\n";
		String good = "LSH-TEST-2026,MA-11,Plan de test,fr,2026-01-01,2026-12-31,LSH-T1,Club des jeunes,Inclusion,Jeunesse,2026-01-01,2026-12-31,1,Créer le club,2026-01-01,2026-06-30,in_progress\n";
		String bad = "LSH-TEST-2026,MA-11,Plan de test,fr,2026-01-01,2026-12-31,LSH-T1,Club des jeunes,Inclusion,Jeunesse,2026-01-01,2026-12-31,2,Réunions,2026-07-01,2026-03-31,finie\n";
		String refused = staff
			.upload(page, page, Map.of(), "file", "new.csv", (header + good + bad).getBytes(StandardCharsets.UTF_8))
			.body();
		assertThat(refused).contains("ends_on", "status");
		assertThat(plans.planByCode("LSH-TEST-2026")).as("all or nothing").isEmpty();
		assertThat(
				staff.upload(page, page, Map.of(), "file", "new.csv", (header + good).getBytes(StandardCharsets.UTF_8))
					.body())
			.contains("1 lignes lues, 1 ajoutées");
		assertThat(plans.byCode("LSH-T1").orElseThrow().milestones()).extracting(Milestone::status)
			.containsExactly(MilestoneStatus.IN_PROGRESS);

		Browser bmk = new Browser(port).acceptLanguage("fr");
		bmk.signIn("staff@sawa.demo", "sawa-demo-2026");
		assertThat(bmk
			.upload(page, page, Map.of(), "file", "new.csv",
					(header + good.replace("LSH-T1", "LSH-T2")).getBytes(StandardCharsets.UTF_8))
			.body()).contains("plan_territory");
		assertThat(plans.byCode("LSH-T2")).isEmpty();
	}

	@Test
	void a_text_a_spreadsheet_would_run_is_exported_defused_and_imports_back_unchanged() {
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff.laayoune@sawa.demo", "sawa-demo-2026");
		String page = "/commitments/import";
		String header = new Browser(port).get("/commitments/plans/LSH-2025-2027.csv")
			.body()
			.lines()
			.findFirst()
			.orElseThrow() + "\n";
		String formula = "LSH-CSV-2026,MA-11,@SUM(1+1),fr,2026-01-01,2026-12-31,LSH-Z9,\"=HYPERLINK(\"\"http://evil.example\"\")\",Inclusion,Jeunesse,2026-01-01,2026-12-31,1,-Créer le club,2026-01-01,2026-06-30,in_progress\n";
		assertThat(staff
			.upload(page, page, Map.of(), "file", "formula.csv", (header + formula).getBytes(StandardCharsets.UTF_8))
			.body()).contains("1 lignes lues, 1 ajoutées");

		String exported = new Browser(port).get("/commitments/plans/LSH-CSV-2026.csv").body();
		assertThat(exported).contains("'@SUM(1+1)", "\"'=HYPERLINK(\"\"http://evil.example\"\")\"", "'-Créer le club")
			.doesNotContain(",@SUM", ",\"=HYPERLINK", ",-Créer");
		assertThat(staff.upload(page, page, Map.of(), "file", "again.csv", exported.getBytes(StandardCharsets.UTF_8))
			.body()).contains("1 lignes lues, 0 ajoutées, 0 modifiées, 1 inchangées");
		assertThat(plans.byCode("LSH-Z9").orElseThrow().title()).isEqualTo("=HYPERLINK(\"http://evil.example\")");
	}

}
