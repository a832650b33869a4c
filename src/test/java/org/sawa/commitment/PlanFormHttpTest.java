package org.sawa.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff create an action plan of their territory and add a commitment with its milestones
 * from the browser's forms: each mistake shown at its field with nothing written; another
 * region's staff can neither create a plan there nor add to its plans.
 */
@SawaTest
class PlanFormHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	ActionPlans plans;

	@Autowired
	JdbcClient jdbc;

	private long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	@Test
	void staff_create_a_plan_and_a_commitment_with_milestones() {
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff.laayoune@sawa.demo", "sawa-demo-2026");
		String form = "/commitments/plans/new";
		long plansBefore = count("commitment_plan");
		var refused = staff.submit(form, form,
				Map.of("code", "lsh 2026", "territory", "MA-11", "title", "Plan 2026-2028", "language", "fr",
						"startsOn", "2026-06-01", "endsOn", "2025-01-01", "status", "in_preparation", "sourceUrl",
						"ftp://x"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"code-error\"", "id=\"endsOn-error\"", "id=\"sourceUrl-error\"");
		assertThat(count("commitment_plan")).isEqualTo(plansBefore);

		var created = staff.submit(form, form,
				Map.of("code", "LSH-2026-2028", "territory", "MA-11", "title",
						"Plan d'action de gouvernement ouvert 2026-2028", "language", "fr", "startsOn", "2026-06-01",
						"endsOn", "2028-06-30", "status", "in_preparation", "sourceUrl", ""));
		assertThat(created.statusCode()).isEqualTo(302);
		String next = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(next).startsWith("/commitments/plans/LSH-2026-2028/commitments/new");

		String add = "/commitments/plans/LSH-2026-2028/commitments/new";
		Map<String, String> fields = new LinkedHashMap<>(
				Map.of("code", "LSH-C1", "title", "Budget participatif sensible au genre", "problem",
						"Les femmes rurales proposent peu de projets au budget participatif.", "policyArea",
						"Participation", "startsOn", "2026-06-01", "endsOn", "2028-06-30", "m.1.description",
						"Ateliers de proposition dans les communes", "m.1.startsOn", "2026-09-01", "m.1.endsOn",
						"2026-12-31", "m.2.description", "Vote des projets"));
		fields.put("m.2.startsOn", "2027-01-01");
		long commitmentsBefore = count("commitment");
		var missing = staff.submit(add, add, fields);
		assertThat(missing.statusCode()).isEqualTo(200);
		assertThat(missing.body()).contains("id=\"m-2-endsOn-error\"").doesNotContain("id=\"m-1-endsOn-error\"");
		assertThat(count("commitment")).isEqualTo(commitmentsBefore);

		fields.put("m.2.endsOn", "2027-06-30");
		fields.put("ogpValues", "civic_participation");
		var done = staff.submit(add, add, fields);
		assertThat(done.statusCode()).isEqualTo(302);
		// written in French: the Arabic is asked for next, the French shown beside each
		// field
		String arabic = done.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(arabic).isEqualTo("/commitments/LSH-C1/texts?language=ar&created");
		assertThat(staff.get(arabic).body()).contains("L’engagement est ajouté. Rédigez-le maintenant en",
				"Budget participatif sensible au genre", "lang=\"ar\"");
		Commitment commitment = plans.byCode("LSH-C1").orElseThrow();
		assertThat(commitment.milestones()).extracting(Milestone::description)
			.containsExactly("Ateliers de proposition dans les communes", "Vote des projets");
		assertThat(commitment.ogpValues()).containsExactly("civic_participation");
		assertThat(new Browser(port).acceptLanguage("fr").get("/commitments?territory=MA-11").body())
			.contains("LSH-C1");
	}

	@Test
	void another_regions_staff_cannot_plan_for_laayoune() {
		Browser other = new Browser(port).acceptLanguage("fr");
		other.signIn("staff@sawa.demo", "sawa-demo-2026");
		String form = "/commitments/plans/new";
		var refused = other.submit(form, form,
				Map.of("code", "LSH-X", "territory", "MA-11", "title", "Plan d'une autre région", "language", "fr",
						"startsOn", "2026-01-01", "endsOn", "2026-12-31", "status", "in_preparation"));
		assertThat(refused.body()).contains("id=\"territory-error\"");
		assertThat(plans.planByCode("LSH-X")).isEmpty();
		assertThat(other.get("/commitments/plans/LSH-2025-2027/commitments/new").statusCode()).isEqualTo(403);
		assertThat(new Browser(port).get("/commitments/plans/new").statusCode()).as("signed out: to the login")
			.isEqualTo(302);
	}

}
