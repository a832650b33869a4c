package org.sawa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.sawa.support.SawaTest;

/**
 * A programme officer prepares the 2025 report of Laâyoune-Sakia El Hamra in Arabic:
 * writes the recommendations, generates a version (its progress shown while other pages
 * keep answering), reviews it and publishes it; the public reads it in French, with the
 * earlier version kept.
 */
@SawaTest
class ReportBrowserTest extends BrowserSupport {

	@Test
	void an_officer_prepares_and_publishes_in_arabic_and_the_public_reads_it_in_french() {
		signIn("officer@sawa.demo");
		page.navigate(url("/reports?lang=ar"));
		assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
		page.selectOption("#territory", "MA-11");
		page.fill("#year", "2025");
		page.click("main form button[type=submit]");
		assertThat(page.url()).contains("/reports/MA-11/2025/manage");
		page.fill("#recommendations-ar", "تعميم التكوين على مقاربة النوع لفائدة أطر الجماعات.");
		page.fill("#recommendations-fr", "Généraliser la formation à l'approche genre pour les cadres des communes.");
		page.click("main form button[type=submit]");
		assertThat(page.url()).matches(".*/reports/versions/\\d+.*");
		// htmx replaces the progress block until the version is ready
		Locator publish = page.locator("form[action$='/publish'] button");
		publish.waitFor(new Locator.WaitForOptions().setTimeout(120_000));
		assertThat(page.locator("#report-recommendations").textContent()).contains("تعميم التكوين على مقاربة النوع");
		assertThat(page.locator("#report-commitments").textContent()).contains("MALAA0003");
		screenshot("ar-report-preview");
		assertAccessible("report version preview, Arabic");
		publish.click();
		assertThat(page.locator("#publishConfirm-error").isVisible()).as("publishing asks to confirm first").isTrue();
		assertAccessible("publish refused until confirmed, Arabic");
		page.check("#publishConfirm");
		page.locator("form[action$='/publish'] button").click();
		assertThat(page.locator("[role=status]").first().textContent()).contains("نشر التقرير");
		assertAccessible("published report, Arabic");

		context.close();
		open();
		page.navigate(url("/reports/MA-11/2025?lang=fr"));
		Locator main = page.locator("main");
		assertThat(main.textContent()).contains("Rapport annuel 2025 : Laâyoune-Sakia El Hamra", "Sommaire",
				"Indicateurs et disparités", "Qui participe", "Représentation dans les conseils",
				"Avancement des engagements", "Généraliser la formation à l'approche genre",
				"Versions publiées auparavant");
		assertThat(page.locator("a[href$='report-fr.pdf']").count()).isPositive();
		assertThat(page.locator("form").count()).as("nothing to publish for the public").isZero();
		screenshot("fr-report-published");
		assertAccessible("published report, French, public");
	}

}
