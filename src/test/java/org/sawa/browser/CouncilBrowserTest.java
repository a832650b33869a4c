package org.sawa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sawa.support.SawaTest;

/**
 * Staff of Laâyoune-Sakia El Hamra record a council in Arabic (a refused seat first,
 * shown at its field), then enter a whole session in one form; the council and session
 * pages read in French. Every page is axe-clean.
 */
@SawaTest
class CouncilBrowserTest extends BrowserSupport {

	@Test
	void staff_record_a_council_and_a_session_in_arabic_and_the_public_reads_it_in_french() {
		signIn("staff.laayoune@sawa.demo");

		page.navigate(url("/councils/MA-ESM-03/manage?lang=ar"));
		assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
		page.fill("#establish-seats", "11");
		page.fill("#establish-label", "2021-2027");
		page.fill("#establish-startsOn", "2021-09-20");
		page.fill("#establish-endsOn", "2027-09-30");
		page.click("section[aria-labelledby=establish-heading] button[type=submit]");
		assertThat(page.locator("[role=status]").textContent()).contains("سجل المجلس");

		page.fill("#members-fullName", "محمد ولد سيدي");
		page.selectOption("#members-sex", "male");
		page.selectOption("#members-seatType", "women_reserved");
		page.click("section[aria-labelledby=member-heading] button[type=submit]");
		assertThat(page.locator("#members-seatType-error").textContent()).contains("تشغلها نساء فقط");
		assertThat(page.locator("#members-fullName").inputValue()).as("what was typed is kept")
			.isEqualTo("محمد ولد سيدي");
		assertAccessible("council records, refused seat, Arabic");

		String[][] members = { { "امباركة بنت احمد", "female", "women_reserved" },
				{ "السالكة ماء العينين", "female", "general" }, { "محمد ولد سيدي", "male", "general" } };
		for (String[] m : members) {
			page.fill("#members-fullName", m[0]);
			page.selectOption("#members-sex", m[1]);
			page.selectOption("#members-seatType", m[2]);
			page.fill("#members-birthYear", "1980");
			page.click("section[aria-labelledby=member-heading] button[type=submit]");
			assertThat(page.locator("[role=status]").textContent()).contains("أضيف العضو");
		}
		page.selectOption("#posts-member",
				new com.microsoft.playwright.options.SelectOption().setLabel("السالكة ماء العينين"));
		page.selectOption("#posts-post", "president");
		page.click("section[aria-labelledby=post-heading] button[type=submit]");
		screenshot("ar-council-manage");
		assertAccessible("council records, Arabic");

		page.navigate(url("/councils/MA-ESM-03/sessions/new?lang=ar"));
		page.selectOption("#kind", "ordinary");
		page.fill("#heldOn", "2025-10-07");
		page.selectOption("#mode", "in_person");
		page.fill("#agenda", "الميزانية 2026\nالماء الصالح للشرب");
		page.selectOption("#iv-0-member",
				new com.microsoft.playwright.options.SelectOption().setLabel("امباركة بنت احمد"));
		page.selectOption("#iv-0-kind", "advocacy");
		page.fill("#iv-0-item", "2");
		page.click("main button[type=submit]:not([name=more])");
		assertThat(page.locator("#iv-0-summary-error").textContent()).contains("ملخصا");
		assertAccessible("session form with an error, Arabic");
		page.fill("#iv-0-summary", "ربط الدواوير بشبكة الماء");
		page.click("main button[type=submit]:not([name=more])");
		page.waitForURL("**/sessions/**");
		assertThat(page.locator("main").textContent()).contains("ربط الدواوير بشبكة الماء", "ترافع");
		screenshot("ar-council-session");
		assertAccessible("session page, Arabic");

		page.navigate(url("/councils/MA-ESM-03?lang=fr"));
		assertThat(page.locator("main").textContent()).contains("Présidence", "Siège réservé aux femmes",
				"Session ordinaire");
		screenshot("fr-council");
		assertAccessible("council page, French");
		page.navigate(url("/councils?territory=MA-05&lang=fr"));
		screenshot("fr-councils-bmk");
	}

}
