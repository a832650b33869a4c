package org.sawa.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.MovableClock;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff record a workshop with who came (checked all at once: no more young people than
 * people, no day outside the consultation), each person counted by the lens by sex and
 * disability, then type in the proposals collected there; the synthesis shows the themes
 * and who took part, small counts of people hidden.
 */
@SawaTest
class GatheringHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Autowired
	Processes processes;

	@Test
	void a_workshop_is_recorded_with_who_came_its_proposals_typed_in_and_the_synthesis_protects_small_counts() {
		Process process = OpenProcesses.open(processes, people, "staff", "MA-05");
		String code = process.code();
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff@sawa.demo", People.PASSWORD);
		String add = "/consultations/" + code + "/gatherings/new";
		Map<String, String> form = new LinkedHashMap<>();
		form.put("kind", "workshop");
		form.put("name", "Atelier de Naour");
		form.put("heldOn", MovableClock.today().plusDays(3).toString());
		form.put("commune", "MA-BEM-07");
		form.put("women", "12");
		form.put("men", "9");
		form.put("young", "30");
		form.put("disability", "2");
		form.put("associations", "x");
		String refused = staff.submit(add, add, form).body();
		assertThat(refused).contains("id=\"heldOn-error\"", "id=\"young-error\"", "id=\"associations-error\"",
				"Pas plus que de femmes et d’hommes en tout.");
		long before = facts("female");
		form.put("heldOn", MovableClock.today().minusDays(1).toString());
		form.put("young", "8");
		form.put("associations", "6");
		String location = staff.submit(add, add, form).headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/consultations/" + code + "/gatherings/").endsWith("?recorded");
		String page = location.substring(location.indexOf("/consultations/"), location.indexOf('?'));
		Awaitility.await().untilAsserted(() -> assertThat(facts("female") - before).isEqualTo(12));

		assertThat(staff
			.submit(page, page + "/proposals",
					Map.of("title", "Une maison des jeunes à Naour", "body",
							"Les jeunes du douar n’ont aucun lieu pour se retrouver le soir.", "category", "culture"))
			.statusCode()).isEqualTo(302);
		String proposal = new Browser(port).acceptLanguage("fr").get("/consultations/" + code + "/proposals/1").body();
		assertThat(proposal).contains("Recueillie à", "Atelier de Naour").doesNotContain("Nadia El Idrissi");

		String synthesis = new Browser(port).acceptLanguage("fr").get("/consultations/" + code + "/synthesis").body();
		assertThat(synthesis).contains("Culture, sport et jeunesse", "Propositions : 1 · soutiens : 0",
				"Dans les rencontres (1)");
		// two people with a disability: never shown as such
		String disability = synthesis.substring(synthesis.indexOf("Dont personnes handicapées"));
		assertThat(disability.substring(0, disability.indexOf("</dd>"))).endsWith("&lt;5");

		long organisations = jdbc.sql("SELECT count(*) FROM organisation").query(Long.class).single();
		assertThat(staff.submit(page, page + "/associations", Map.of("names", "x\nAIDECA")).body())
			.contains("id=\"present-names-error\"", "Ligne 1 : un nom de 3 à 200 caractères.");
		assertThat(
				staff
					.submit(page, page + "/associations",
							Map.of("names",
									"AIDECA\nAssociation des femmes de Naour\n\nassociation des femmes de naour"))
					.headers()
					.firstValue("Location")
					.orElseThrow())
			.contains("?associations=2");
		assertThat(jdbc.sql("SELECT count(*) FROM organisation").query(Long.class).single())
			.as("AIDECA is known: one association registered")
			.isEqualTo(organisations + 1);
		assertThat(new Browser(port).acceptLanguage("fr").get(page).body()).contains("Associations présentes : 2",
				"Association des femmes de Naour", "AIDECA");
		assertThat(new Browser(port).acceptLanguage("fr").get("/consultations/PDR-BMK-2022/synthesis").body())
			.contains("Associations nommées dans les rencontres</dt><dd>412</dd>");

		Browser resident = new Browser(port).acceptLanguage("fr");
		String email = people.address("not.staff");
		people.person(email);
		resident.signIn(email, People.PASSWORD);
		assertThat(resident.get(add).statusCode()).isEqualTo(403);
	}

	private long facts(String sex) {
		return jdbc.sql(
				"SELECT coalesce(sum(count), 0) FROM participation_fact WHERE channel = 'consultation.gathering' AND sex = :s")
			.param("s", sex)
			.query(Long.class)
			.single();
	}

}
