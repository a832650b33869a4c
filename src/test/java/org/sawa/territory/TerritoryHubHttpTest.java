package org.sawa.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person who has never heard of Sawa finds her commune by typing its name however she
 * writes it, and the commune's page leads to everything Sawa holds there; the home page
 * offers only what exists.
 */
@SawaTest
class TerritoryHubHttpTest {

	@LocalServerPort
	int port;

	@Test
	void the_search_finds_a_commune_by_its_name_in_any_language_or_spelling() {
		Browser browser = new Browser(port).acceptLanguage("fr");
		for (String typed : new String[] { "naour", "NAOUR", "Naor", "ناوور", "ⵏⴰⵓⵔ", "MA-BEM-07" }) {
			assertThat(browser
				.get("/territories?q=" + java.net.URLEncoder.encode(typed, java.nio.charset.StandardCharsets.UTF_8))
				.body()).as(typed).contains("href=\"/territories/MA-BEM-07\"");
		}
		String found = browser.get("/territories?q=bni+mellal").body();
		assertThat(found).as("a transliteration finds the province and its region")
			.contains("href=\"/territories/MA-BEM\"", "href=\"/territories/MA-05\"");
		assertThat(found.indexOf("href=\"/territories/MA-05\"")).as("the region before the province")
			.isLessThan(found.indexOf("href=\"/territories/MA-BEM\""));
		assertThat(browser.get("/territories?q=naour").body()).as("a transliteration is only a fallback")
			.doesNotContain("Akhfennir", "Boulanouare");
		assertThat(browser.get("/territories?q=zzqx").body()).contains("Aucun lieu de ce nom");
		assertThat(new Browser(port).acceptLanguage("ar").get("/territories?q=naour").body())
			.contains("إقليم بني ملال");
	}

	@Test
	void a_commune_page_leads_to_its_council_petitions_information_body_and_figures() {
		String page = new Browser(port).acceptLanguage("fr").get("/territories/MA-BEM-07").body();
		assertThat(page).contains("Ce que vous pouvez faire ici", "href=\"/councils/MA-BEM-07\"",
				"href=\"/petitions?territory=MA-BEM-07\"", "href=\"/information/bodies/MA-BEM-07\"",
				"href=\"/information/new?body=MA-BEM-07\"", "href=\"/territories/MA-BEM-07/indicators\"",
				"href=\"/territories/MA-BEM-07/who-takes-part\"", "Sessions enregistrées : ");
		String region = new Browser(port).acceptLanguage("fr").get("/territories/MA-05").body();
		assertThat(region).contains("href=\"/commitments?territory=MA-05\"", "href=\"/councils/MA-05\"");
	}

	@Test
	void the_home_page_offers_only_what_exists() {
		String home = new Browser(port).acceptLanguage("fr").get("/").body();
		assertThat(home).contains("Où habitez-vous", "name=\"q\"", "href=\"/territories/MA-05\"", "href=\"/petitions\"",
				"href=\"/information\"", "href=\"/councils\"", "href=\"/commitments\"", "href=\"/reports\"",
				"href=\"/consultations\"", "href=\"/events\"");
		assertThat(home).doesNotContain("budgets participatifs", "Budget citoyen");
	}

}
