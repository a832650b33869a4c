package org.sawa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over HTTP: the demo's published 2025 reports are public with their PDFs; only staff and
 * officers of the territory prepare and publish a version, which nobody else sees before;
 * bad input is refused at its field; publishing without the Arabic recommendations is
 * refused.
 */
@SawaTest
class ReportHttpTest {

	@LocalServerPort
	int port;

	@Test
	void the_demo_regions_2025_reports_are_public_in_html_and_pdf() {
		Browser anyone = new Browser(port).acceptLanguage("fr");
		String index = anyone.get("/reports").body();
		assertThat(index).contains("href=\"/reports/MA-05/2025\"", "href=\"/reports/MA-11/2025\"");
		String page = anyone.get("/reports/MA-05/2025").body();
		assertThat(page).contains("Rapport annuel 2025 : Béni Mellal-Khénifra", "Avancement des engagements", "BMK-04",
				"Étendre le mentorat individuel aux élues", "élues formées");
		Matcher pdf = Pattern.compile("href=\"(/reports/versions/\\d+/report-ar\\.pdf)\"").matcher(page);
		assertThat(pdf.find()).isTrue();
		HttpResponse<byte[]> download = anyone.download(pdf.group(1));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(anyone.get("/reports/MA-05/2019").statusCode()).as("never published").isEqualTo(404);
	}

	@Test
	void only_the_territorys_staff_prepare_and_a_draft_stays_theirs_until_published() throws Exception {
		Browser other = new Browser(port).acceptLanguage("fr");
		other.signIn("staff@sawa.demo", "sawa-demo-2026");
		assertThat(other.get("/reports/MA-11/2025/manage").statusCode()).as("staff of another region").isEqualTo(403);

		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff.laayoune@sawa.demo", "sawa-demo-2026");
		String refused = staff.get("/reports/prepare?territory=MA-11&year=20x5").body();
		assertThat(refused).contains("id=\"year-error\"", "Choisissez une année entre 2000 et");
		HttpResponse<String> prepare = staff.get("/reports/prepare?territory=MA-11&year=2025");
		assertThat(prepare.statusCode()).isEqualTo(302);
		String manage = "/reports/MA-11/2025/manage";
		assertThat(staff.get(manage).body()).contains("name=\"recommendations.ar\"", "Version 1");

		HttpResponse<String> tooLong = staff.submit(manage, "/reports/MA-11/2025/generate",
				Map.of("recommendations.fr", "x".repeat(20_001)));
		assertThat(tooLong.statusCode()).isEqualTo(200);
		assertThat(tooLong.body()).contains("id=\"recommendations-fr-error\"", "20");

		HttpResponse<String> generated = staff.submit(manage, "/reports/MA-11/2025/generate",
				Map.of("recommendations.fr", "Recommandations en français seulement."));
		assertThat(generated.statusCode()).isEqualTo(302);
		String version = generated.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(version).matches("/reports/versions/\\d+");
		// anyone else: the draft does not exist for them
		assertThat(new Browser(port).get(version).statusCode()).isEqualTo(404);
		assertThat(new Browser(port).download(version + "/report-fr.pdf").statusCode()).isEqualTo(404);

		String shown = staff.get(version).body();
		for (int i = 0; i < 600 && !shown.contains("action=\"" + version + "/publish\""); i++) {
			Thread.sleep(200);
			shown = staff.get(version).body();
		}
		assertThat(shown).contains("Aperçu", "Recommandations en français seulement.");
		HttpResponse<String> unconfirmed = staff.submit(version, version + "/publish", Map.of());
		assertThat(unconfirmed.body()).contains("id=\"publishConfirm-error\"", "Cochez cette case pour confirmer");
		HttpResponse<String> publish = staff.submit(version, version + "/publish", Map.of("publishConfirm", "true"));
		assertThat(publish.statusCode()).isEqualTo(200);
		assertThat(publish.body()).contains("pas de recommandations en arabe");
		assertThat(new Browser(port).get(version).statusCode()).as("still a draft").isEqualTo(404);
	}

}
