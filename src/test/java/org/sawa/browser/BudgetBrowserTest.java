package org.sawa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sawa.support.SawaTest;

/**
 * The citizen budget on a cheap phone: a resident of Naour reads her commune's budget in
 * Arabic, right to left, without JavaScript (the tables open as plain details), sees its
 * gender share and the lines behind it; the region's budget reads in French; staff find
 * their budgets to publish. Every page axe-clean and as wide as the phone.
 */
@SawaTest
class BudgetBrowserTest extends BrowserSupport {

	@Test
	void a_resident_of_naour_reads_her_communes_budget_and_its_gender_share_on_a_phone() {
		usePhone(false);
		page.navigate(url("/budgets/MA-BEM-07/2026?lang=ar"));
		assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
		assertThat(page.locator("h1").textContent()).contains("ناوور", "2026");
		assertThat(page.locator("#gender-heading").textContent()).contains("المساواة");
		assertThat(page.locator("section[aria-labelledby=gender-heading] table tbody tr").count()).isPositive();
		assertThat(page.locator("section[aria-labelledby=gender-heading]").textContent()).contains("دار المرأة");
		page.locator("section[aria-labelledby=lines-heading] summary").click();
		assertThat(page.locator("section[aria-labelledby=lines-heading] table").isVisible()).isTrue();
		screenshot("ar-phone-budget-naour");
		page.navigate(url("/budgets/MA-05/2026?lang=fr"));
		assertThat(page.locator(".picker a").allTextContents()).contains("2025");
		screenshot("fr-phone-budget-region");
		for (String lang : List.of("ar", "fr")) {
			usePhone();
			for (String path : List.of("/budgets", "/budgets/MA-BEM-07/2026", "/budgets/MA-05/2025")) {
				page.navigate(url(path + "?lang=" + lang));
				assertFitsWidth(path + " " + lang);
				assertAccessible(path + " " + lang);
			}
		}
	}

	@Test
	void staff_find_the_budgets_they_may_publish() {
		usePhone();
		signIn("staff@sawa.demo");
		for (String lang : List.of("fr", "ar")) {
			page.navigate(url("/budgets/manage?lang=" + lang));
			assertThat(page.locator("#list-heading + table, section[aria-labelledby=list-heading] tbody tr").count())
				.isGreaterThanOrEqualTo(4);
			assertFitsWidth("manage " + lang);
			assertAccessible("manage " + lang);
			screenshot(lang + "-phone-budget-manage");
		}
	}

}
