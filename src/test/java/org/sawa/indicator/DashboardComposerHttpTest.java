package org.sawa.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.account.Role;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SawaTest
class DashboardComposerHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Territories territories;

	@Autowired
	JdbcClient jdbc;

	private static final String FORM = "/officer/dashboards/MA-FQH";

	@Test
	void an_officer_composes_a_province_dashboard_that_the_public_sees_only_once_published() {
		long id = accounts.createConfirmed("fqh.officer@example.ma", "sawa-demo-2026", "FBS Officer", "fr");
		accounts.grantRole(id, Role.PROGRAMME_OFFICER, territories.byCode("MA-FQH").orElseThrow().id(), null);
		Browser officer = new Browser(port).acceptLanguage("fr");
		officer.signIn("fqh.officer@example.ma", "sawa-demo-2026");
		// until the province has its own, the region's published dashboard governs it
		assertThat(officer.get(FORM).body()).contains("le public voit celui de Béni Mellal-Khénifra");

		Map<String, String> bad = new LinkedHashMap<>();
		bad.put("threshold", "1,5");
		bad.put("show", "ELECTED_TRAINED");
		bad.put("position.ELECTED_TRAINED", "first");
		HttpResponse<String> refused = officer.submit(FORM, FORM, bad);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Saisissez un nombre supérieur à 0 et au plus égal à 1",
				"La position est un nombre entier à partir de 1.", "value=\"1,5\"", "value=\"first\"",
				"id=\"show-ELECTED_TRAINED\" value=\"ELECTED_TRAINED\" checked=\"checked\"",
				"aria-describedby=\"position-ELECTED_TRAINED-error\"");
		// a public dashboard with nothing on it is refused at the list of indicators
		HttpResponse<String> empty = officer.submit(FORM, FORM, Map.of("threshold", "0,9", "published", "true"));
		assertThat(empty.body()).contains("id=\"show-error\"", "value=\"0,9\"")
			.doesNotContain("id=\"threshold-error\"");
		assertThat(jdbc
			.sql("SELECT count(*) FROM dashboard WHERE territory_id = (SELECT id FROM territory WHERE code = 'MA-FQH')")
			.query(Long.class)
			.single()).isZero();

		Map<String, String> draft = new LinkedHashMap<>();
		draft.put("threshold", "0,9");
		draft.put("show", "COUNCILLORS");
		draft.put("position.COUNCILLORS", "1");
		assertThat(officer.submit(FORM, FORM, draft).statusCode()).isEqualTo(302);
		String publicDraft = new Browser(port).acceptLanguage("fr").get("/territories/MA-FQH/indicators").body();
		assertThat(publicDraft).contains("n’est pas encore publié").doesNotContain("Élus des conseils communaux (");
		assertThat(officer.get("/territories/MA-FQH/indicators").body()).contains("Aperçu",
				"Élus des conseils communaux (");

		String body = "threshold=0,9&show=CSO_TRAINED&position.CSO_TRAINED=2&show=COUNCILLORS&position.COUNCILLORS=1&published=true";
		HttpResponse<String> published = officer.submit(FORM, FORM, parse(body));
		assertThat(published.statusCode()).isEqualTo(302);
		String page = new Browser(port).acceptLanguage("fr").get("/territories/MA-FQH/indicators").body();
		assertThat(page).doesNotContain("n’est pas encore publié", "Élus formés (");
		assertThat(page.indexOf("Élus des conseils communaux (")).isPositive()
			.isLessThan(page.indexOf("Associations formées ("));
		assertThat(page).contains("Disparité : sous 0,9");
		// the communes of the province now follow the province's dashboard
		assertThat(new Browser(port).acceptLanguage("fr").get("/territories/MA-FQH-01/indicators").body())
			.doesNotContain("Élus formés (");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'dashboard.published'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void an_officer_of_another_province_may_not_compose_this_one() {
		long id = accounts.createConfirmed("khn.composer@example.ma", "sawa-demo-2026", "KHN Officer", "fr");
		accounts.grantRole(id, Role.PROGRAMME_OFFICER, territories.byCode("MA-KHN").orElseThrow().id(), null);
		Browser officer = new Browser(port).acceptLanguage("fr");
		officer.signIn("khn.composer@example.ma", "sawa-demo-2026");
		assertThat(officer.get(FORM).statusCode()).isEqualTo(403);
		assertThat(officer.get("/officer/dashboards/MA-KHN").statusCode()).isEqualTo(200);
	}

	/**
	 * Repeated keys (several "show") kept in a map: the Browser posts a map, so join them
	 * by hand.
	 */
	private static Map<String, String> parse(String body) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			String[] kv = pair.split("=", 2);
			fields.merge(kv[0], kv[1], (a, b) -> a + "\u0000" + b);
		}
		return fields;
	}

}
