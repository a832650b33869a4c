package org.sawa.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.MovableClock;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A resident finds the consultations that concern her commune and where each stands;
 * staff of a territory open one with its phases, all fields checked at once, and write it
 * in other languages.
 */
@SawaTest
class ConsultationHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Test
	void a_commune_lists_its_regions_plan_and_each_page_says_where_it_stands() {
		// Naour is a commune of Béni Mellal-Khénifra: the region's plan concerns it
		String list = new Browser(port).acceptLanguage("fr").get("/consultations?territory=MA-BEM-07").body();
		assertThat(list).contains("Programme de développement régional 2022-2027", "Terminée")
			.doesNotContain("Plan régional de la jeunesse");
		assertThat(new Browser(port).acceptLanguage("fr").get("/territories/MA-BEM-07").body())
			.contains("/consultations?territory=MA-BEM-07");
		String arabic = new Browser(port).acceptLanguage("ar").get("/consultations/PDR-BMK-2022").body();
		assertThat(arabic)
			.contains("<h1 lang=\"ar\" dir=\"rtl\">برنامج التنمية الجهوية 2022-2027</h1>", "منتهية",
					"ورشات في بني ملال وأزيلال", "الإخبار")
			.doesNotContain("role=\"note\"");
		// residents' proposals from the five provinces, each answered by the council
		assertThat(new Browser(port).acceptLanguage("fr").get("/consultations/PDR-BMK-2022").body())
			.contains("Propositions : 17", "/consultations/PDR-BMK-2022/proposals\"");
		assertThat(
				new Browser(port).acceptLanguage("fr").get("/consultations/PDR-BMK-2022/proposals?answer=none").body())
			.contains("Propositions : 0");
		assertThat(new Browser(port).acceptLanguage("fr").get("/consultations/PDR-BMK-2022/proposals/3").body())
			.contains("Masqué par un modérateur : Donnait le numéro de téléphone d’un particulier")
			.doesNotContain("06 12 34 56 78");
		// the youth plan is in its consultation phase today, and says until when
		String youth = new Browser(port).acceptLanguage("fr").get("/consultations/JEUNESSE-LSH").body();
		assertThat(youth).contains("<h1 lang=\"fr\" dir=\"ltr\">Plan régional de la jeunesse</h1>", "En cours",
				"Consultation jusqu’au", "aria-current=\"step\"");
		String english = new Browser(port).acceptLanguage("en").get("/consultations/JEUNESSE-LSH").body();
		assertThat(english).contains("<h1 lang=\"ar\" dir=\"rtl\">المخطط الجهوي للشباب</h1>", "role=\"note\"");
	}

	@Test
	void the_search_across_sawa_finds_consultations_in_any_version_and_residents_proposals() {
		String french = new Browser(port).acceptLanguage("fr").get("/search?q=jeunesse&kind=consultation").body();
		assertThat(french).contains("Plan régional de la jeunesse", "/consultations/JEUNESSE-LSH");
		String arabic = new Browser(port).acceptLanguage("ar")
			.get("/search?q=التنمية+الجهوية&kind=consultation")
			.body();
		assertThat(arabic).contains("برنامج التنمية الجهوية 2022-2027", "/consultations/PDR-BMK-2022\"");
		String proposals = new Browser(port).acceptLanguage("fr").get("/search?q=ouidane&kind=proposal").body();
		assertThat(proposals).contains("Écotourisme autour du lac de Bin El Ouidane",
				"/consultations/PDR-BMK-2022/proposals/8");
		// a comment hidden by a moderator is not a proposal; a hidden proposal is not
		// found
		assertThat(new Browser(port).acceptLanguage("fr").get("/search?q=0612345678&kind=proposal").body())
			.doesNotContain("/proposals/");
	}

	@Test
	void staff_open_a_consultation_with_its_phases_all_or_nothing() {
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff@sawa.demo", People.PASSWORD);
		String day = MovableClock.today().toString();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("code", "BUDGET-NAOUR-2027");
		form.put("territory", "MA-BEM-07");
		form.put("subject", "budget");
		form.put("language", "fr");
		form.put("title", "Bud");
		form.put("summary", "La commune consulte ses habitantes et habitants sur son budget 2027.");
		form.put("phase.1.kind", "information");
		form.put("phase.1.startsOn", day);
		form.put("phase.1.endsOn", MovableClock.today().plusDays(10).toString());
		form.put("phase.2.kind", "consultation");
		form.put("phase.2.startsOn", MovableClock.today().plusDays(5).toString());
		form.put("phase.2.endsOn", MovableClock.today().plusDays(30).toString());
		HttpResponse<String> refused = staff.submit("/consultations/new", "/consultations/new", form);
		assertThat(refused.body()).contains("id=\"title-error\"", "id=\"phase-2-startsOn-error\"",
				"Une phase commence après la fin de la précédente.", "Réponses à corriger : 2");
		assertThat(count("BUDGET-NAOUR-2027")).isZero();
		form.put("title", "Budget communal 2027 de Naour");
		form.put("phase.2.startsOn", MovableClock.today().plusDays(11).toString());
		HttpResponse<String> opened = staff.submit("/consultations/new", "/consultations/new", form);
		assertThat(opened.headers().firstValue("Location").orElseThrow())
			.endsWith("/consultations/BUDGET-NAOUR-2027?opened");
		assertThat(count("BUDGET-NAOUR-2027")).isOne();
		String page = staff.get("/consultations/BUDGET-NAOUR-2027").body();
		assertThat(page).contains("Budget communal 2027 de Naour", "En cours", "Information jusqu’au",
				"Rédigé en Français seulement");
		String texts = "/consultations/BUDGET-NAOUR-2027/texts?language=ar";
		staff.submit(texts, texts, Map.of("title", "الميزانية الجماعية لنعور 2027"));
		assertThat(new Browser(port).acceptLanguage("ar").get("/consultations/BUDGET-NAOUR-2027").body())
			.contains("<h1 lang=\"ar\" dir=\"rtl\">الميزانية الجماعية لنعور 2027</h1>");

		// staff of another region may not open one here; a resident may not open any
		Browser laayoune = new Browser(port).acceptLanguage("fr");
		laayoune.signIn("staff.laayoune@sawa.demo", People.PASSWORD);
		form.put("code", "AUTRE-2027");
		assertThat(laayoune.submit("/consultations/new", "/consultations/new", form).body())
			.contains("id=\"territory-error\"");
		assertThat(laayoune.get(texts).statusCode()).isEqualTo(403);
		Browser resident = new Browser(port);
		people.person("consulted@example.ma");
		resident.signIn("consulted@example.ma", People.PASSWORD);
		assertThat(resident.get("/consultations/new").statusCode()).isEqualTo(403);
	}

	private long count(String code) {
		return jdbc.sql("SELECT count(*) FROM consultation_process WHERE code = :c")
			.param("c", code)
			.query(Long.class)
			.single();
	}

}
