package org.sawa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.support.Browser;
import org.sawa.support.MovableClock;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One tap does not withdraw a request or a signature: without the box ticked the action
 * is refused at the box and nothing changes; ticked, it is done.
 */
@SawaTest
class ConfirmationHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void withdrawing_a_signature_or_a_request_asks_to_confirm_first() {
		accounts.createConfirmed("confirm.first@example.ma", People.PASSWORD, "Naima", "fr");
		Browser citizen = new Browser(port).acceptLanguage("fr");
		citizen.signIn("confirm.first@example.ma", People.PASSWORD);
		String petition = "/petitions/PET-" + MovableClock.today().getYear() + "-0001";
		Map<String, String> sign = new LinkedHashMap<>();
		sign.put("nationalId", "BJ 990011");
		sign.put("basis", "activity");
		sign.put("activityCommune", "MA-BEM-07");
		sign.put("confirm", "true");
		assertThat(citizen.submit(petition, petition + "/sign", sign).statusCode()).isIn(200, 302);
		assertThat(signatures()).isEqualTo(1);

		HttpResponse<String> refused = citizen.submit(petition, petition + "/withdraw", Map.of());
		assertThat(refused.body()).contains("id=\"withdrawConfirm-error\"", "Cochez cette case pour confirmer");
		assertThat(signatures()).as("still signed").isEqualTo(1);
		citizen.submit(petition, petition + "/withdraw", Map.of("withdrawConfirm", "true"));
		assertThat(signatures()).isZero();

		Map<String, String> request = new LinkedHashMap<>();
		request.put("body", "MA-BEM-07");
		request.put("firstName", "Naima");
		request.put("lastName", "Ouchen");
		request.put("postalAddress", "Douar Ait Said, Naour");
		request.put("email", "confirm.first@example.ma");
		request.put("nationalId", "BJ 990011");
		request.put("subject", "Comptes du marché hebdomadaire");
		request.put("description", "Je demande les recettes du marché hebdomadaire de la commune en 2025.");
		request.put("format", "electronic");
		request.put("language", "fr");
		HttpResponse<String> filed = citizen.submit("/information/new", "/information/new", request);
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
		String page = filed.headers().firstValue("Location").orElseThrow().replaceAll("\\?.*", "");
		page = page.substring(page.indexOf("/information/"));
		assertThat(citizen.submit(page, page + "/withdraw", Map.of()).body()).contains("id=\"withdrawConfirm-error\"");
		assertThat(status(page)).isEqualTo("received");
		citizen.submit(page, page + "/withdraw", Map.of("withdrawConfirm", "true"));
		assertThat(status(page)).isEqualTo("withdrawn");
	}

	private long signatures() {
		return jdbc.sql("""
				SELECT count(*) FROM petition_signature s JOIN person p ON p.id = s.person_id
				WHERE p.email = 'confirm.first@example.ma'""").query(Long.class).single();
	}

	private String status(String page) {
		return jdbc.sql("SELECT status FROM info_request WHERE reference = :r")
			.param("r", page.substring(page.lastIndexOf('/') + 1))
			.query(String.class)
			.single();
	}

}
