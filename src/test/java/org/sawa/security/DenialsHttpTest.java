package org.sawa.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.MovableClock;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff acting on another territory's case or register are denied with 403 Forbidden,
 * which monitoring counts, and not shown the form again as if they had mistyped; nothing
 * is written.
 */
@SawaTest
class DenialsHttpTest {

	@LocalServerPort
	int port;

	private Browser laayouneStaff() {
		Browser browser = new Browser(port).acceptLanguage("fr");
		browser.signIn("staff.laayoune@sawa.demo", People.PASSWORD);
		return browser;
	}

	@Test
	void staff_of_another_region_are_denied_a_step_of_a_petition_here() {
		String petition = "/petitions/PET-" + MovableClock.today().getYear() + "-0001";
		HttpResponse<String> denied = laayouneStaff().upload(petition, petition + "/decide",
				Map.of("decision", "admissible", "on", MovableClock.today().toString(), "text", "Commission"),
				"document", "decision.pdf", null);
		assertThat(denied.statusCode()).isEqualTo(403);
		assertThat(denied.body()).contains("Accès refusé");
	}

	@Test
	void an_officer_of_another_region_is_denied_this_bodys_register() {
		Browser officer = laayouneStaff();
		HttpResponse<String> denied = officer.submit("/information/bodies/MA-05", "/information/bodies/MA-05/register",
				Map.of("status-budget", "not", "link-budget", ""));
		assertThat(denied.statusCode()).isEqualTo(403);
		assertThat(officer.get("/information/bodies/MA-05").body()).doesNotContain("status-budget\" value=\"not\"");
	}

}
