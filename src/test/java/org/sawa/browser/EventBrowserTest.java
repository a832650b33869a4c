package org.sawa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A citizen in Arabic on a phone without JavaScript finds the Azilal workshop in her
 * region's calendar and registers asking for sign-language interpretation; in French, the
 * forum of 2023 shows who came by sex, age, disability and area, and its minutes.
 */
@SawaTest
class EventBrowserTest extends BrowserSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void in_arabic_without_javascript_she_registers_for_a_workshop_asking_for_sign_language() {
		usePhone(false);
		signIn("citizen@sawa.demo");
		page.navigate(url("/events?territory=MA-05&lang=ar"));
		assertFitsWidth("calendar, Arabic");
		screenshot("ar-phone-events");
		page.click("main a:has-text('Atelier : la santé maternelle')");
		assertThat(page.locator("h1").getAttribute("lang")).isEqualTo("fr");
		page.check("#need-sign_language");
		page.fill("#otherNeed", "أحتاج إلى مقعد قريب من المترجم.");
		page.click("#registration form button[type=submit]");
		assertThat(page.url()).contains("?registered");
		assertThat(page.locator("#registration [role=status]").textContent()).contains("ترجمة إلى لغة الإشارة");
		assertThat(page.locator("#need-sign_language").isChecked()).isTrue();
		assertFitsWidth("event, Arabic");
		screenshot("ar-phone-event");
		page.click("#registration form button.secondary");
		assertThat(page.url()).contains("?unregistered");

		page.click("main .follow button");
		assertThat(page.url()).contains("?followed");
		assertThat(page.locator("main .follow button").textContent()).isEqualTo("إيقاف المتابعة");
		page.navigate(url("/me/follows"));
		page.check("#frequency-weekly");
		page.click("main form.stack button[type=submit]");
		assertThat(page.locator("#frequency-weekly").isChecked()).isTrue();
		assertThat(page.locator("main ul.hub a").first().textContent()).contains("Atelier : la santé maternelle");
		assertFitsWidth("what I follow, Arabic");
		screenshot("ar-phone-follows");
	}

	@Test
	void in_french_the_2023_forum_shows_who_came_and_its_minutes() {
		usePhone();
		long forum = jdbc.sql("SELECT id FROM event_event WHERE kind = 'forum' ORDER BY starts_at LIMIT 1")
			.query(Long.class)
			.single();
		page.navigate(url("/events/" + forum + "?lang=fr"));
		assertThat(page.locator("#turnout caption").allTextContents()).containsExactly("Par sexe", "Par âge",
				"Milieu de résidence", "Handicap");
		assertThat(page.locator("#minutes p.pre").textContent()).contains("Trois engagements");
		assertFitsWidth("forum, French");
		assertAccessible("forum on a phone, French");
		screenshot("fr-phone-forum");
	}

}
