package org.sawa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.sawa.support.SawaTest;

/**
 * A citizen in Arabic on a phone without JavaScript reads the regional plan's diagnosis
 * as a Darija summary, downloads its Braille file, makes a proposal to the youth plan,
 * comments on it and replies in its thread; in French, the moderator finds the reported
 * advertisement in his queue. Every page fits the phone (axe, which needs JavaScript,
 * checks each of these pages in {@code PagesAccessibilityBrowserTest} and the queue
 * here).
 */
@SawaTest
class ConsultationBrowserTest extends BrowserSupport {

	@Test
	void in_arabic_without_javascript_she_reads_the_darija_summary_downloads_braille_proposes_and_comments()
			throws Exception {
		usePhone(false);
		signIn("citizen@sawa.demo");
		page.navigate(url("/consultations/PDR-BMK-2022?lang=ar"));
		page.click("#documents a[href='/consultations/PDR-BMK-2022/documents/1']");
		assertThat(page.locator("#form-darija p[lang=ary]").textContent()).startsWith("الجهة ديالنا");
		assertThat(page.locator("#form-darija p[lang=ary]").getAttribute("dir")).isEqualTo("rtl");
		assertFitsWidth("document, Arabic");
		screenshot("ar-phone-document");
		Download braille = page.waitForDownload(() -> page.click("a[href$='/braille-ar.brf']"));
		assertThat(braille.suggestedFilename()).isEqualTo("PDR-BMK-2022-1-ar.brf");
		String brf = Files.readString(braille.path(), java.nio.charset.StandardCharsets.US_ASCII);
		assertThat(brf).isNotBlank().doesNotContain("ا");

		page.navigate(url("/consultations/JEUNESSE-LSH"));
		page.click("#proposals a.button");
		page.fill("#title", "ملعب للقرب للفتيات في حي الوحدة");
		page.fill("#body", "الفتيات في الحي لا يجدن مكانا **آمنا** للرياضة.\n\n- ملعب مضاء\n- مدربة");
		page.selectOption("#category", "culture");
		page.click("main form button[type=submit]");
		assertThat(page.url()).contains("/consultations/JEUNESSE-LSH/proposals/").endsWith("?proposed");
		assertThat(page.locator("main .rich strong").textContent()).isEqualTo("آمنا");
		page.fill("#comment-body", "ويمكن فتحه للجمعيات يوم الأحد.");
		page.click("form:has(#comment-body) button[type=submit]");
		assertThat(page.locator("ol.thread p.pre").first().textContent()).isEqualTo("ويمكن فتحه للجمعيات يوم الأحد.");
		page.click("ol.thread details > summary");
		page.locator("ol.thread details textarea").fill("فكرة جيدة.");
		page.click("ol.thread details button[type=submit]");
		assertThat(page.locator("ol.thread.replies p.pre").textContent()).isEqualTo("فكرة جيدة.");
		assertFitsWidth("proposal, Arabic");
		screenshot("ar-phone-proposal");
	}

	@Test
	void in_french_the_moderator_finds_the_reported_advertisement_in_his_queue() {
		usePhone();
		signIn("moderator@sawa.demo");
		page.navigate(url("/moderation?lang=fr"));
		assertThat(page.locator("main article.card").first().textContent()).contains("واتساب", "Signalements : 2",
				"Publicité ou message répété");
		assertFitsWidth("moderation, French");
		assertAccessible("moderation queue on a phone, French");
		screenshot("fr-phone-moderation");
		page.navigate(url("/consultations/PDR-BMK-2022/proposals?lang=fr"));
		assertThat(page.locator("main [role=status]").textContent()).isEqualTo("Propositions : 17");
		screenshot("fr-phone-proposals");
	}

	@Test
	void the_what_we_heard_report_names_who_was_missing_in_arabic_and_in_french() {
		usePhone();
		for (String lang : new String[] { "ar", "fr" }) {
			page.navigate(url("/consultations/PDR-BMK-2022/heard?lang=" + lang));
			assertThat(page.locator("html").getAttribute("dir")).isEqualTo("ar".equals(lang) ? "rtl" : "ltr");
			assertThat(page.locator("main .gaps li").count()).isPositive();
			assertThat(page.locator("main a[href$='heard-ar.pdf']").count()).isEqualTo(1);
			assertFitsWidth("what we heard, " + lang);
			assertAccessible("what we heard on a phone, " + lang);
			screenshot(lang + "-phone-heard");
		}
	}

	@Test
	void in_arabic_without_javascript_she_answers_the_youth_survey_and_reads_its_results_by_age() {
		usePhone(false);
		signIn("youth11@sawa.demo");
		page.navigate(url("/consultations/JEUNESSE-LSH/survey?lang=ar"));
		page.check("#q1-2");
		page.check("#q2-1");
		page.check("#q2-3");
		page.check("#q3-4");
		page.fill("#q4-text", "مكتبة مفتوحة في المساء");
		page.click("main form.stack button[type=submit]");
		assertThat(page.url()).endsWith("?answered");
		assertThat(page.locator("#q2-3").isChecked()).isTrue();
		assertFitsWidth("survey, Arabic");
		screenshot("ar-phone-survey");
		page.navigate(url("/consultations/JEUNESSE-LSH/survey/results?by=age_band"));
		assertThat(page.locator("main h2").first().textContent()).isEqualTo("ما الأولوية الأولى للمخطط الجهوي للشباب؟");
		assertFitsWidth("survey results, Arabic");
		screenshot("ar-phone-survey-results");
	}

}
