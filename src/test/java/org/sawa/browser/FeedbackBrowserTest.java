package org.sawa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sawa.feedback.Reports;
import org.sawa.storage.PhotosTest;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The story issue 20 asks for, in a real browser on a phone without JavaScript: a
 * resident of Naour reports a broken water point in Arabic with a photo and follows it;
 * the commune's staff acknowledge and answer in French from the queue; she rates the
 * answer; the statistics page shows times and satisfaction by body and who reports. Every
 * page is axe-clean and fits the phone's width, in Arabic (right to left) and French.
 */
@SawaTest
class FeedbackBrowserTest extends BrowserSupport {

	@Autowired
	Reports reports;

	@Autowired
	People people;

	@Test
	void she_reports_a_broken_water_point_in_arabic_with_a_photo_staff_answer_in_french_she_rates_it()
			throws Exception {
		usePhone(false);
		signIn("citizen@sawa.demo");
		page.navigate(url("/feedback/new?lang=ar"));
		assertThat(page.locator("#commune-MA-BEM-07").isChecked()).isTrue();
		assertFitsWidth("report, step 1, Arabic");
		screenshot("ar-phone-feedback-step1");
		page.check("#category-water_point");
		page.click("button[name=next]");
		assertThat(page.locator("#description").count()).isEqualTo(1);
		page.fill("#description", "الصنبور العمومي في دوار آيت عمي مكسور مرة أخرى والماء يضيع.");
		page.fill("#place", "قرب المدرسة");
		page.setInputFiles("#photos", new FilePayload("IMG_0412.jpg", "image/jpeg", PhotosTest.jpegWithLocation()));
		assertFitsWidth("report, step 2, Arabic");
		screenshot("ar-phone-feedback-step2");
		page.click("main form[enctype] button[type=submit]");
		assertThat(page.url()).contains("?filed");
		String number = page.url().replaceAll(".*/feedback/reports/([^?]+).*", "$1");
		assertThat(page.locator("main [role=status]").first().textContent()).contains(number);
		assertThat(page.locator("#photos img").count()).isEqualTo(1);
		page.click("main .follow button");
		assertThat(page.locator("main .follow button").textContent()).isEqualTo("إيقاف المتابعة");
		assertFitsWidth("report, Arabic");
		screenshot("ar-phone-feedback-report");

		// the commune's staff, in French, from the queue
		signIn("staff@sawa.demo");
		page.navigate(url("/feedback/queue?lang=fr"));
		screenshot("fr-phone-feedback-queue");
		page.click("main a:has-text('" + number + "')");
		page.click("#staff-heading ~ form button:has-text('Accuser réception')");
		assertThat(page.locator("main [role=status]").first().textContent()).contains("accusé de réception");
		page.fill("#answer-answer", "Le plombier de la commune a remplacé le robinet ce matin.");
		page.click("form[action$='/staff/answer'] button[type=submit]");
		page.check("#outcome-resolved");
		page.click("form[action$='/staff/close'] button[type=submit]");
		screenshot("fr-phone-feedback-staff");

		// she rates the answer
		signIn("citizen@sawa.demo");
		page.navigate(url("/feedback/reports/" + number + "?lang=ar"));
		assertThat(page.locator("#timeline").textContent()).contains("Le plombier de la commune");
		page.check("#satisfied-yes");
		page.fill("#rate-why", "تم الإصلاح في نفس الأسبوع.");
		page.click("form[action$='/rate'] button[type=submit]");
		assertThat(page.url()).contains("?rated");
		assertThat(page.locator("dl.facts").textContent()).contains("راضٍ");
		assertThat(reports.byNumber(number).orElseThrow().satisfied()).isTrue();
	}

	@Test
	void the_report_pages_are_axe_clean_for_her_staff_and_a_moderator_in_arabic_and_french() {
		usePhone();
		String number = reports.filedBy(people.demo("citizen")).get(0).number();
		for (String who : List.of("citizen@sawa.demo", "staff@sawa.demo", "moderator@sawa.demo")) {
			signIn(who);
			for (String lang : List.of("ar", "fr")) {
				for (String path : List.of("/feedback/new",
						"/feedback/new?category=water_point&commune=MA-BEM-07&next=1", "/feedback/reports/" + number,
						"/feedback")) {
					page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
					assertAccessible(who + " " + lang + " " + path);
					assertFitsWidth(who + " " + lang + " " + path);
				}
			}
		}
		screenshot("fr-phone-feedback-moderator");
	}

	@Test
	void the_statistics_show_a_late_body_and_who_reports_less_than_their_share() {
		usePhone();
		for (String lang : List.of("fr", "ar")) {
			page.navigate(url("/feedback/statistics?territory=MA-05&lang=" + lang));
			assertThat(page.locator("#byBody-heading").count()).isEqualTo(1);
			assertThat(page.locator("section[aria-labelledby=byBody-heading] strong.flag").count()).isPositive();
			assertThat(page.locator(".gaps li").count()).isPositive();
			assertFitsWidth("statistics, " + lang);
			assertAccessible("statistics, " + lang);
			screenshot(lang + "-phone-feedback-statistics");
		}
		assertThat(page.locator("section[aria-labelledby=byBody-heading]").textContent()).contains("أزيلال");
		assertThat(page.locator(".gaps").textContent()).contains("النساء");
	}

}
