package org.sawa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Download;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sawa.support.SawaTest;

/**
 * What a person does, in a real browser: sign up, confirm by mail, sign in, fill the
 * profile, export.
 */
@SawaTest
class AccountJourneyBrowserTest extends BrowserSupport {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

	@Test
	void sign_up_confirm_sign_in_edit_profile_and_export_on_a_phone_in_arabic() throws Exception {
		usePhone();
		page.navigate(url("/signup?lang=ar"));
		page.fill("#displayName", "زينب الحمداوي");
		page.fill("#email", "zineb.hamdaoui@example.ma");
		page.fill("#password", "جملة سرية طويلة بما يكفي");
		page.click("main button[type=submit]");
		assertThat(page.locator("h1").textContent()).isEqualTo("تحقق من بريدك الإلكتروني");

		assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
		String body = (String) mail.getReceivedMessages()[0].getContent();
		Matcher link = Pattern.compile("http://localhost(/confirm\\?token=\\S+)").matcher(body);
		assertThat(link.find()).isTrue();
		page.navigate(url(link.group(1)));
		assertThat(page.locator("main .notice").textContent()).contains("تم تأكيد عنوانك");

		page.navigate(url("/login"));
		page.fill("#username", "zineb.hamdaoui@example.ma");
		page.fill("#password", "جملة سرية طويلة بما يكفي");
		page.click("main button[type=submit]");
		page.waitForURL("**/me");

		page.check("#sex-female");
		page.fill("#birthYear", "1994");
		page.check("#disability-no");
		page.selectOption("#residenceTerritoryId",
				new com.microsoft.playwright.options.SelectOption().setLabel("تانوغة"));
		screenshot("journey-profile-ar-phone");
		page.click("main form[action$='/me'] button[type=submit]");
		assertThat(page.locator("main [role=status]").textContent()).isEqualTo("تم حفظ ملفك الشخصي.");
		assertThat(page.locator("#sex-female").isChecked()).isTrue();

		Download download = page.waitForDownload(() -> page.click("a[href$='/me/export']"));
		String json = Files.readString(download.path());
		assertThat(json).contains("\"email\" : \"zineb.hamdaoui@example.ma\"", "\"sex\" : \"female\"",
				"\"birthYear\" : 1994", "\"disability\" : false", "\"residenceCommune\" : \"MA-BEM-09\"");
	}

	@Test
	void a_wrong_birth_year_is_shown_at_its_field_and_the_rest_is_kept() {
		page.navigate(url("/login?lang=fr"));
		page.fill("#username", "association@sawa.demo");
		page.fill("#password", "sawa-demo-2026");
		page.click("main button[type=submit]");
		page.waitForURL("**/me");
		page.fill("#displayName", "Hafida Aït Lahcen");
		page.fill("#birthYear", "1850");
		page.click("main form[action$='/me'] button[type=submit]");
		assertThat(page.locator("#birthYear").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(page.locator("#birthYear").getAttribute("aria-describedby")).contains("birthYear-error");
		assertThat(page.locator("#birthYear-error").textContent()).contains("entre 1900");
		assertThat(page.locator("#displayName").inputValue()).isEqualTo("Hafida Aït Lahcen");
		assertAccessible("profile with errors");
	}

	@Test
	void switching_to_arabic_turns_the_page_right_to_left_and_is_remembered() {
		page.navigate(url("/territories/MA-BEM?lang=fr"));
		assertThat(page.locator("html").getAttribute("dir")).isEqualTo("ltr");
		page.click("details.languages summary");
		page.click("details.languages a[hreflang=ar]");
		assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
		assertThat(page.locator("h1").textContent()).isEqualTo("إقليم بني ملال");
		page.navigate(url("/territories"));
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("ar");
		page.click("details.languages summary");
		page.click("details.languages a[hreflang=zgh]");
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("zgh");
		screenshot("territories-zgh");
	}

	@Test
	void the_territory_picker_works_without_javascript() {
		context.close();
		context = browser
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(false));
		page = context.newPage();
		page.navigate(url("/?lang=fr"));
		page.selectOption("#territory", "MA-KHN");
		page.click("form[action='/go'] button[type=submit]");
		assertThat(page.locator("h1").textContent()).isEqualTo("Province de Khénifra");
		assertThat(page.locator("table caption#pyramid-table-caption").count()).isEqualTo(1);
		assertThat(page.locator("svg.chart rect").count()).isEqualTo(16);
	}

}
