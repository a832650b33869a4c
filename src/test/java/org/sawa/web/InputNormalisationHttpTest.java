package org.sawa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every form reads what people typed cleaned once: a NUL byte is no longer a 500, a name
 * of invisible characters is empty and refused at its field, a bidirectional override
 * does not reach the database.
 */
@SawaTest
class InputNormalisationHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	private Map<String, String> profile(String displayName) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("displayName", displayName);
		form.put("preferredLanguage", "fr");
		form.put("sex", "");
		form.put("birthYear", "");
		form.put("disability", "");
		form.put("residenceTerritoryId", "");
		return form;
	}

	@Test
	void a_nul_byte_an_override_and_an_invisible_name_are_handled_at_the_field() {
		String email = people.address("clean.input");
		long id = people.person(email);
		Browser browser = new Browser(port).acceptLanguage("fr");
		browser.signIn(email, People.PASSWORD);

		HttpResponse<String> invisible = browser.submit("/me", "/me", profile("\u200B\u200B \u200B"));
		assertThat(invisible.statusCode()).isEqualTo(200);
		assertThat(invisible.body()).contains("id=\"displayName-error\"");

		HttpResponse<String> saved = browser.submitEncoded("/me", "/me",
				"displayName=Fatima%00+%E2%80%AEZahra%E2%81%A9&preferredLanguage=fr&sex=&birthYear=&disability="
						+ "&residenceTerritoryId=");
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(
				jdbc.sql("SELECT display_name FROM person WHERE id = :id").param("id", id).query(String.class).single())
			.isEqualTo("Fatima Zahra");

		// an emoji counts once against a limit: 60 of them fit a 100-character name
		assertThat(browser.submit("/me", "/me", profile("🌿".repeat(60))).statusCode()).isEqualTo(302);

		// a password is read as typed: spaces around it are part of it
		HttpResponse<String> signup = new Browser(port).acceptLanguage("fr")
			.submit("/signup", "/signup", Map.of("displayName", "\u200B", "email", people.address("clean.signup"),
					"password", "  une phrase avec espaces  "));
		assertThat(signup.statusCode()).isEqualTo(200);
		assertThat(signup.body()).contains("id=\"displayName-error\"").doesNotContain("id=\"password-error\"");
	}

}
