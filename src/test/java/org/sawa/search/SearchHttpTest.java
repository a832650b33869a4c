package org.sawa.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One search across Sawa finds a text however its words are written (accents, Arabic
 * vowels and letter forms, French plurals), in the reader's language where a version
 * exists, best first, and narrows to one kind or one territory.
 */
@SawaTest
class SearchHttpTest {

	@LocalServerPort
	int port;

	private String search(String lang, String query) {
		return new Browser(port).acceptLanguage(lang).get("/search?" + query).body();
	}

	private static String q(String words) {
		return "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
	}

	@Test
	void arabic_words_are_found_whatever_their_vowels_and_hamza() {
		for (String typed : new String[] { "الإدماج الاجتماعي", "الادماج الاجتماعي", "الإِدْمَاج" }) {
			String page = search("ar", q(typed));
			assertThat(page).as(typed)
				.contains("href=\"/commitments/MALAA0003\"", "إحداث نادٍ للإدماج الاجتماعي لفائدة الفئات الهشة");
		}
	}

	@Test
	void a_petition_and_a_memo_are_found_by_the_words_of_their_versions() {
		// the regional petition is written in French; its agent wrote it in Arabic too
		assertThat(search("ar", q("النقل المدرسي")))
			.contains("Transport scolaire pour les filles des communes rurales");
		// the memo on young people is written in Arabic; staff wrote it in French too
		assertThat(search("fr", q("participation des jeunes instance")))
			.contains("مذكرة حول إشراك الشباب في هيئة المساواة", "lang=\"ar\"");
	}

	@Test
	void french_words_are_found_without_accents_or_in_the_plural() {
		String page = search("fr", q("navettes sante"));
		assertThat(page).contains("Une navette vers le centre de santé pour les femmes enceintes");
		String transport = search("fr", q("Transport scolaire filles"));
		assertThat(transport).contains("Transport scolaire pour les filles des communes rurales");
		// the commitment is shown in the reader's language, from its French version
		assertThat(search("fr", q("inclusion sociale"))).contains("href=\"/commitments/MALAA0003\"",
				"Création d’un club d’inclusion sociale pour les catégories vulnérables");
	}

	@Test
	void a_place_comes_first_and_results_narrow_to_a_kind_or_a_territory() {
		String page = search("fr", q("Naour"));
		assertThat(page).contains("href=\"/territories/MA-BEM-07\"", "href=\"/councils/MA-BEM-07\"");
		assertThat(page.indexOf("href=\"/territories/MA-BEM-07\""))
			.isLessThan(page.indexOf("href=\"/councils/MA-BEM-07\""));

		String all = search("fr", q("inclusion"));
		assertThat(all).contains("href=\"/commitments/MALAA0003\"", "Engagements : ");
		String petitions = search("fr", q("inclusion") + "&kind=petition");
		assertThat(petitions).doesNotContain("href=\"/commitments/MALAA0003\"");
		String elsewhere = search("fr", q("inclusion") + "&territory=MA-05");
		assertThat(elsewhere).as("MALAA0003 is Laâyoune-Sakia El Hamra's")
			.doesNotContain("href=\"/commitments/MALAA0003\"");
		assertThat(search("fr", q("inclusion") + "&territory=MA-11")).contains("href=\"/commitments/MALAA0003\"");
	}

	@Test
	void odd_input_gets_a_page_not_an_error() {
		for (String typed : new String[] { "'", "\" OR 1=1 --", "%%%", "-", "a & b | !c", "x".repeat(500) }) {
			var response = new Browser(port).acceptLanguage("fr").get("/search?" + q(typed));
			assertThat(response.statusCode()).as(typed).isEqualTo(200);
		}
		assertThat(search("fr", q("zzqxw"))).contains("Rien trouvé pour ces mots");
	}

}
