package org.sawa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SawaTest
class WebFoundationTest {

	@LocalServerPort
	int port;

	@Test
	void the_language_comes_from_the_parameter_then_the_cookie_then_accept_language() {
		Browser browser = new Browser(port).acceptLanguage("fr-FR,fr;q=0.9");
		assertThat(browser.get("/").body()).contains("<html lang=\"fr\" dir=\"ltr\">");
		assertThat(browser.get("/?lang=ar").body()).contains("<html lang=\"ar\" dir=\"rtl\">");
		// the choice is remembered by the cookie, over Accept-Language
		assertThat(browser.get("/territories").body()).contains("<html lang=\"ar\" dir=\"rtl\">", "الجهات");
		assertThat(browser.get("/territories?lang=zgh").body()).contains("<html lang=\"zgh\" dir=\"ltr\">", "ⵜⵉⵎⵏⴰⴹⵉⵏ");
		assertThat(new Browser(port).acceptLanguage("de-DE,en;q=0.5").get("/").body()).contains("<html lang=\"en\"");
		assertThat(new Browser(port).acceptLanguage("de-DE").get("/").body())
			.contains("<html lang=\"ar\" dir=\"rtl\">");
	}

	@Test
	void numbers_in_arabic_pages_keep_latin_digits() {
		String page = new Browser(port).get("/territories/MA-BEM?lang=ar").body();
		assertThat(page).contains("نسمة سنة 2024").doesNotContain("٢٠٢٤", "2.024");
	}

	@Test
	void pages_carry_a_strict_content_security_policy_and_no_inline_script() {
		HttpResponse<String> home = new Browser(port).get("/");
		assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				csp -> assertThat(csp).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'"));
		assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(home.body()).doesNotContain("<script>", " style=\"", "onclick");
	}

	@Test
	void an_unknown_page_is_a_translated_404_without_a_stack_trace() {
		HttpResponse<String> missing = new Browser(port).acceptLanguage("fr").get("/nowhere");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Page introuvable").doesNotContain("Exception", "at org.");
		HttpResponse<String> unknownTerritory = new Browser(port).acceptLanguage("ar").get("/territories/XX-00");
		assertThat(unknownTerritory.statusCode()).isEqualTo(404);
		assertThat(unknownTerritory.body()).contains("الصفحة غير موجودة");
		// the language switcher offers the address that failed, without its parameters
		assertThat(new Browser(port).acceptLanguage("fr").get("/nowhere?x=1").body())
			.contains("href=\"/nowhere?lang=ar\"");
	}

	@Test
	void the_language_switcher_keeps_the_page_and_what_was_asked_of_it() {
		assertThat(new Browser(port).acceptLanguage("fr").get("/information/archive?q=budget&page=1").body())
			.contains("href=\"/information/archive?q=budget&amp;page=1&amp;lang=ar\"");
	}

	@Test
	void admin_pages_send_anonymous_visitors_to_sign_in() {
		HttpResponse<String> response = new Browser(port).get("/admin/audit");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void the_territory_page_shows_children_and_a_pyramid_with_its_data_table() {
		String page = new Browser(port).acceptLanguage("fr").get("/territories/MA-05").body();
		assertThat(page).contains("Béni Mellal-Khénifra", "Azilal", "<svg class=\"chart\" role=\"img\"",
				"<caption id=\"pyramid-table-caption\"", "Femmes", "Hommes", "Chiffres approximatifs");
	}

}
