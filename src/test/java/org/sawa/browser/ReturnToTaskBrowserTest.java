package org.sawa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sawa.support.SawaTest;

/**
 * A task continues across signing up and in: on a phone, in Arabic, a newcomer asked to
 * sign in on a petition creates an account, confirms her address from the mail and is
 * back on the petition, signed in, and signs; a person signing in from a page returns to
 * it, even after a wrong password; a "continue" to another site is ignored.
 */
@SawaTest
class ReturnToTaskBrowserTest extends BrowserSupport {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

	@Test
	void a_newcomer_signs_up_from_a_petition_and_comes_back_to_sign_it() throws Exception {
		usePhone();
		String petition = PagesAccessibilityBrowserTest.DEMO_PETITION;
		page.navigate(url(petition + "?lang=ar"));
		page.click("#petition-act a[href^='/signup?continue=']");
		page.fill("#displayName", "فاطمة أوعلي");
		page.fill("#email", "fatima.ouali@example.ma");
		page.fill("#password", "جملة سرية طويلة بما يكفي للتوقيع");
		page.click("main button[type=submit]");
		assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
		String body = (String) mail.getReceivedMessages()[0].getContent();
		Matcher link = Pattern.compile("http://localhost(/confirm\\?token=\\S+)").matcher(body);
		assertThat(link.find()).isTrue();
		assertThat(link.group(1)).contains("continue=%2Fpetitions%2F");

		page.navigate(url(link.group(1)));
		assertThat(page.url()).as("confirming signs her in and returns to the petition").endsWith(petition);
		assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
		page.fill("#nationalId", "BJ 445521");
		page.check("#basis-activity");
		page.selectOption("#activityCommune", "MA-BEM-07");
		page.check("#confirm");
		page.click("#petition-act button[type=submit]");
		page.locator("#petition-act [role=status]").waitFor();
		assertThat(page.locator("#petition-act [role=status]").textContent()).contains("تم تسجيل توقيعكم");
		screenshot("ar-phone-signed-after-signup");
		assertAccessible("petition signed after signing up, Arabic, phone");
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.sawa.account.Accounts accounts;

	@org.springframework.beans.factory.annotation.Autowired
	org.sawa.territory.Territories territories;

	@Test
	void a_request_form_has_her_commune_s_body_chosen_and_her_details_from_her_last_request() {
		long id = accounts.createConfirmed("naour.requests@example.ma", "sawa-demo-2026", "Rkia", "ar");
		accounts.declareProfile(id, "female", 1990, false, territories.byCode("MA-BEM-07").orElseThrow().id());
		usePhone();
		signIn("naour.requests@example.ma");
		page.navigate(url("/information/new?lang=ar"));
		assertThat(page.locator("#body").inputValue()).as("her commune's body, from her profile")
			.isEqualTo("MA-BEM-07");
		assertThat(page.locator("#firstName").inputValue()).isEmpty();
		page.fill("#firstName", "رقية");
		page.fill("#lastName", "أمزيان");
		page.fill("#postalAddress", "دوار أيت سعيد، ناوور");
		page.fill("#nationalId", "BK 770011");
		page.fill("#subject", "ميزانية النقل المدرسي 2025");
		page.fill("#description", "أطلب مبلغ النقل المدرسي بالجماعة سنة 2025 وعدد التلاميذ المستفيدين منه.");
		page.click("main form button[type=submit]");
		page.waitForURL("**/information/requests/**");
		page.navigate(url("/information/new?lang=ar"));
		assertThat(page.locator("#firstName").inputValue()).as("typed once, offered again").isEqualTo("رقية");
		assertThat(page.locator("#postalAddress").inputValue()).isEqualTo("دوار أيت سعيد، ناوور");
		assertThat(page.locator("#nationalId").inputValue()).as("the ID number is never kept").isEmpty();
		assertFitsWidth("request form, Arabic, phone");
		screenshot("ar-phone-request-prefilled");
		assertAccessible("request form prefilled, Arabic, phone");
	}

	@Test
	void signing_in_returns_to_the_page_that_asked_even_after_a_wrong_password() {
		page.navigate(url("/territories/MA-BEM-07?lang=fr"));
		if (!page.locator("details.menu a[href^='/login?continue=']").isVisible()) {
			page.click("details.menu > summary");
		}
		page.click("details.menu a[href^='/login?continue=']");
		page.fill("#username", "citizen@sawa.demo");
		page.fill("#password", "not the password");
		page.click("main button[type=submit]");
		assertThat(page.locator("#login-error").isVisible()).isTrue();
		page.fill("#username", "citizen@sawa.demo");
		page.fill("#password", "sawa-demo-2026");
		page.click("main button[type=submit]");
		page.waitForURL("**/territories/MA-BEM-07?lang=fr");

		context.close();
		open();
		page.navigate(url("/login?continue=//evil.example/x"));
		page.fill("#username", "citizen@sawa.demo");
		page.fill("#password", "sawa-demo-2026");
		page.click("main button[type=submit]");
		page.waitForURL("**/me");
	}

}
