package org.sawa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sawa.project.Projects;
import org.sawa.support.MovableClock;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The story issue 22 asks for, on a phone without JavaScript: Fatima Zahra finds, from
 * her commune's page in Arabic, the projects of Naour, and on one of them the money spent
 * and the jobs created for women and young people, and reports a problem about it; staff,
 * in French, tick a milestone done and record jobs created. Every page axe-clean and as
 * wide as the phone, in Arabic and French.
 */
@SawaTest
class ProjectBrowserTest extends BrowserSupport {

	static final String WATER = "/projects/MA-COA-MA-05-EAU-NAOUR";

	@Autowired
	Projects projects;

	@Test
	void fatima_finds_the_projects_of_her_commune_and_reports_a_problem() {
		usePhone(false);
		signIn("citizen@sawa.demo");
		page.navigate(url("/territories/MA-BEM-07?lang=ar"));
		page.click("a[href^='/projects?territory=MA-BEM-07']");
		assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
		assertThat(page.locator("main").textContent()).contains("تزويد دواوير ناور بالماء الصالح للشرب",
				"مناصب الشغل المحدثة", "للنساء");
		screenshot("ar-phone-projects-naour");
		page.click("a[href='" + WATER + "']");
		assertThat(page.locator("#money-heading").textContent()).contains("المال المتوقع والمصروف");
		assertThat(page.locator("#jobs-heading").textContent()).contains("مناصب الشغل");
		assertThat(page.locator("section[aria-labelledby=jobs-heading] table").first().textContent()).contains("النساء",
				"الشباب 15-24 سنة");
		screenshot("ar-phone-project-page");
		page.click("a.button[href^='/feedback/new?about=']");
		assertThat(page.locator("#aboutCode").inputValue()).isEqualTo("MA-COA-MA-05-EAU-NAOUR");
		page.fill("#description", "الماء لا يصل إلى السقاية قرب المدرسة منذ أسبوع.");
		page.click("main form[enctype] button[type=submit]");
		assertThat(page.locator("main").textContent()).contains("MA-COA-MA-05-EAU-NAOUR");
		page.navigate(url(WATER + "?lang=ar"));
		assertThat(page.locator("section[aria-labelledby=feedback-heading]").textContent())
			.contains("الماء لا يصل إلى السقاية");
	}

	@Test
	void staff_tick_a_milestone_done_and_record_jobs_on_a_phone() {
		String identifier = "MA-COA-MA-05-TAPIS-AZI";
		int before = projects.byIdentifier(identifier).orElseThrow().progress();
		usePhone(false);
		signIn("staff@sawa.demo");
		page.navigate(url("/projects/" + identifier + "/progress?lang=fr"));
		String firstOpen = (String) page.locator("input[id$='-doneOn']")
			.evaluateAll("l => l.filter(e => !e.value).map(e => e.id)[0]");
		page.fill("#" + firstOpen, MovableClock.today().toString());
		page.fill("#reason", "Étape achevée, constatée sur place");
		screenshot("fr-phone-project-progress");
		page.click("main button[type=submit]");
		assertThat(page.locator("main .notice.ok").textContent()).contains("Enregistré");
		assertThat(projects.byIdentifier(identifier).orElseThrow().progress()).isGreaterThan(before);

		page.navigate(url("/projects/" + identifier + "/jobs?lang=fr"));
		String free = (String) page.locator("input[id$='-value']")
			.evaluateAll("l => l.filter(e => !e.value).map(e => e.id)[0]");
		String row = free.substring(0, free.length() - "-value".length());
		page.selectOption("#" + row + "-measure", "jobs_temporary");
		page.selectOption("#" + row + "-stage", "planned");
		page.fill("#" + row + "-year", String.valueOf(MovableClock.today().getYear() + 2));
		page.fill("#" + row + "-value", "-3");
		page.fill("#" + row + "-asOf", MovableClock.today().toString());
		page.fill("#" + row + "-source", "Plan de l'association");
		page.fill("#reason", "Nouvelle tranche prévue");
		page.click("main button[type=submit]");
		assertThat(page.locator("#" + row + "-value-error").textContent()).contains("Zéro ou plus");
		assertThat(page.locator(".error-box a[href='#" + row + "-value-error']").count()).isEqualTo(1);
		screenshot("fr-phone-project-jobs-refused");

		usePhone();
		signIn("staff@sawa.demo");
		for (String lang : List.of("fr", "ar")) {
			for (String path : List.of("/projects?territory=MA-05", WATER, "/projects/manage", "/projects/new",
					"/projects/" + identifier + "/edit", "/projects/" + identifier + "/jobs",
					"/projects/" + identifier + "/files")) {
				page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
				assertFitsWidth(path + " " + lang);
				assertAccessible(path + " " + lang);
				screenshot(lang + "-phone" + path.replaceAll("[^a-zA-Z0-9]+", "-"));
			}
		}
	}

}
