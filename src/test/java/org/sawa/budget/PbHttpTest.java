package org.sawa.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.account.Role;
import org.sawa.support.Browser;
import org.sawa.support.MovableClock;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Participatory budgets through their pages: staff open one (every mistake at its field),
 * a resident proposes and another supports, staff review and publish the reviews; the
 * demo's Naour budget takes a ballot within its envelope, refuses one over it at the
 * field, and shows her choices to change; the region's results name the winners with the
 * share kept for women, the turnout by sex and age, and a list for the projects registry.
 */
@SawaTest
class PbHttpTest {

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	ParticipatoryBudgets processes;

	@Autowired
	PbProposals proposals;

	@Autowired
	ObjectMapper json;

	private Browser signedIn(String email) {
		Browser browser = new Browser(port).acceptLanguage("fr");
		browser.signIn(email, People.PASSWORD);
		return browser;
	}

	@Test
	void staff_open_a_budget_residents_propose_and_support_staff_review_and_publish() {
		String staffEmail = people.address("pb.http.staff");
		people.withRole(staffEmail, Role.STAFF, "MA-BEM-10");
		Browser staff = signedIn(staffEmail);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("code", "PB-TEST-HTTP");
		form.put("territory", "MA-BEM-10");
		form.put("year", "2027");
		form.put("language", "fr");
		form.put("title", "Budget participatif");
		form.put("summary", "trop court");
		form.put("envelope", "-5");
		form.put("split", "none");
		form.put("method", "approval");
		form.put("reservedPercent", "20");
		String today = MovableClock.today().toString();
		form.put("proposalsFrom", today);
		form.put("proposalsTo", MovableClock.today().plusDays(10).toString());
		form.put("reviewTo", MovableClock.today().plusDays(5).toString());
		form.put("votingFrom", MovableClock.today().plusDays(30).toString());
		form.put("votingTo", MovableClock.today().plusDays(40).toString());
		String refused = staff.submit("/participatory-budgets/new", "/participatory-budgets/new", form).body();
		assertThat(refused).contains("id=\"summary-error\"", "id=\"envelope-error\"", "id=\"choices-error\"",
				"id=\"reservedFor-error\"", "id=\"reviewTo-error\"", "Cette date vient avant celle du dessus.");
		assertThat(processes.byCode("PB-TEST-HTTP")).isEmpty();
		form.put("summary", "Les habitants de la commune proposent des projets pour 800 000 dirhams.");
		form.put("envelope", "800000");
		form.put("choices", "3");
		form.put("reservedFor", "youth");
		form.put("reviewTo", MovableClock.today().plusDays(20).toString());
		assertThat(staff.submit("/participatory-budgets/new", "/participatory-budgets/new", form).statusCode())
			.isEqualTo(302);
		assertThat(staff.get("/participatory-budgets/PB-TEST-HTTP").body()).contains("Les propositions sont ouvertes",
				"Choisir jusqu’à 3 projets", "pour des projets proposés par ou pour des jeunes");

		staff.submit("/participatory-budgets/PB-TEST-HTTP/texts?language=ar",
				"/participatory-budgets/PB-TEST-HTTP/texts?language=ar",
				Map.of("title", "الميزانية التشاركية لأولاد امبارك", "summary", ""));
		assertThat(new Browser(port).acceptLanguage("ar").get("/participatory-budgets/PB-TEST-HTTP").body()).contains(
				"lang=\"ar\" dir=\"rtl\">الميزانية التشاركية لأولاد امبارك",
				"lang=\"fr\" dir=\"ltr\">Les habitants de la commune proposent");
		assertThat(new Browser(port).acceptLanguage("en").get("/participatory-budgets/PB-TEST-HTTP").body())
			.contains("lang=\"fr\" dir=\"ltr\">Budget participatif", "Part of this page is not yet written in");

		String residentEmail = people.address("pb.http.resident");
		people.resident(residentEmail, "female", 1995, "MA-BEM-10");
		Browser resident = signedIn(residentEmail);
		Map<String, String> proposal = new LinkedHashMap<>(Map.of("title", "Éclairage", "description", "court",
				"commune", "MA-BEM-01", "theme", "roads", "estimatedCost", "900000"));
		String wrong = resident
			.submit("/participatory-budgets/PB-TEST-HTTP/propose", "/participatory-budgets/PB-TEST-HTTP/propose",
					proposal)
			.body();
		assertThat(wrong).contains("id=\"description-error\"", "id=\"commune-error\"", "id=\"estimatedCost-error\"");
		proposal.putAll(Map.of("title", "Éclairage solaire du douar", "description",
				"Vingt lampadaires solaires sur la piste du douar, pour que les filles rentrent de l’école en sécurité.",
				"commune", "MA-BEM-10", "estimatedCost", "240 000", "forYouth", "true"));
		var proposed = resident.submit("/participatory-budgets/PB-TEST-HTTP/propose",
				"/participatory-budgets/PB-TEST-HTTP/propose", proposal);
		assertThat(proposed.statusCode()).isEqualTo(302);
		assertThat(resident.follow(proposed).body()).contains("Votre proposition est publiée.",
				"Éclairage solaire du douar", "240.000 DH");

		String otherEmail = people.address("pb.http.supporter");
		people.resident(otherEmail, "male", 1970, "MA-BEM-10");
		Browser other = signedIn(otherEmail);
		other.submit("/participatory-budgets/PB-TEST-HTTP/proposals/1",
				"/participatory-budgets/PB-TEST-HTTP/proposals/1/support", Map.of("support", "true"));
		PbProcess p = processes.byCode("PB-TEST-HTTP").orElseThrow();
		assertThat(proposals.byNumber(p, 1).orElseThrow().supports()).isEqualTo(1);

		String unreviewed = staff
			.submit("/participatory-budgets/PB-TEST-HTTP/manage", "/participatory-budgets/PB-TEST-HTTP/reviews/publish",
					Map.of())
			.body();
		assertThat(unreviewed).contains("1 propositions ne sont pas encore étudiées.");
		String noReason = staff
			.submit("/participatory-budgets/PB-TEST-HTTP/manage",
					"/participatory-budgets/PB-TEST-HTTP/proposals/1/review", Map.of("feasible", "false", "reason", ""))
			.body();
		assertThat(noReason).contains("id=\"r1-reason-error\"", "Donnez la raison");
		staff.submit("/participatory-budgets/PB-TEST-HTTP/manage",
				"/participatory-budgets/PB-TEST-HTTP/proposals/1/review", Map.of("feasible", "true", "reviewedCost",
						"260000", "competenceChecked", "true", "reason", "Vingt-deux lampadaires après métré."));
		staff.submit("/participatory-budgets/PB-TEST-HTTP/manage",
				"/participatory-budgets/PB-TEST-HTTP/reviews/publish", Map.of());
		assertThat(new Browser(port).acceptLanguage("fr").get("/participatory-budgets/PB-TEST-HTTP").body())
			.contains("Réalisable", "coût réestimé à 260.000 DH.", "Vingt-deux lampadaires après métré.");
		assertThat(other.get("/participatory-budgets/PB-TEST-HTTP/manage").statusCode()).isEqualTo(403);
	}

	@Test
	void a_resident_of_naour_votes_within_the_envelope_and_sees_her_choices_to_change_them() {
		String email = people.address("pb.http.voter");
		people.resident(email, "female", 1988, "MA-BEM-07");
		Browser voter = signedIn(email);
		String code = "PB-NAOUR-" + MovableClock.today().getYear();
		String page = voter.get("/participatory-budgets/" + code + "/vote").body();
		assertThat(page).contains("Cochez les projets que vous voulez : leurs coûts peuvent faire 1,5 M DH au plus.");
		PbProcess p = processes.byCode(code).orElseThrow();
		var offered = proposals.onTheBallot(p);
		Map<String, String> all = new LinkedHashMap<>(Map.of("nationalId", "JA99887"));
		offered.forEach(x -> all.put("p" + x.number(), "on"));
		String over = voter
			.submit("/participatory-budgets/" + code + "/vote", "/participatory-budgets/" + code + "/vote", all)
			.body();
		assertThat(over).contains("id=\"choices-error\"", "DH disponibles : décochez un projet.");
		var voted = voter.submit("/participatory-budgets/" + code + "/vote", "/participatory-budgets/" + code + "/vote",
				Map.of("nationalId", "JA99887", "p" + offered.get(0).number(), "on"));
		int first = offered.get(0).number();
		assertThat(voter.follow(voted).body()).contains("Votre vote est enregistré.")
			.as("her choice is ticked for her to change it")
			.containsPattern("id=\"p" + first + "\" name=\"p" + first + "\" value=\"on\"[^>]*checked=\"checked\"")
			.doesNotContainPattern("id=\"p" + offered.get(1).number() + "\"[^>]*checked=\"checked\"");
	}

	@Test
	void the_regions_results_name_the_winners_and_who_voted_and_list_them_for_the_projects_registry() throws Exception {
		String code = "PB-BMK-" + MovableClock.today().getYear();
		String results = new Browser(port).acceptLanguage("fr")
			.get("/participatory-budgets/" + code + "/results")
			.body();
		assertThat(results).contains("Retenu (part réservée)", "Qui a voté",
				"Les projets proposés par ou pour des femmes", "bulletins ont été déposés sur papier");
		JsonNode winners = json.readTree(new Browser(port).accept("application/json")
			.get("/participatory-budgets/" + code + "/winners.json")
			.body());
		assertThat(winners.size()).isGreaterThan(5);
		java.math.BigDecimal spent = java.math.BigDecimal.ZERO;
		for (JsonNode w : winners) {
			spent = spent.add(w.get("cost").decimalValue());
		}
		assertThat(spent).isLessThanOrEqualTo(new java.math.BigDecimal("30000000"));
		assertThat(
				new Browser(port).get("/participatory-budgets/PB-NAOUR-" + MovableClock.today().getYear() + "/results")
					.statusCode())
			.as("no results before they are published")
			.isEqualTo(404);
	}

}
