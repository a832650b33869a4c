package org.sawa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.sawa.support.SawaTest;

/**
 * A programme officer sets up a programme in French (a refused field first), enrols an
 * elected woman, opens her development plan and fills an attendance sheet; her coach
 * records a session in Arabic and reads her own notes; the public page counts both from
 * the records. Axe-clean.
 */
@SawaTest
class CapacityBrowserTest extends BrowserSupport {

	@Test
	void an_officer_sets_up_a_programme_and_the_coach_records_a_session_in_arabic() {
		signIn("officer@sawa.demo");
		page.navigate(url("/capacity/new?lang=fr"));
		page.fill("#new-code", "ASTA");
		page.fill("#new-name_ar", "أسطا: سياسات ترابية دامجة للتكيف مع التغيرات المناخية");
		page.fill("#new-name_fr", "ASTA : politiques territoriales inclusives d'adaptation au climat");
		page.fill("#new-name_en", "ASTA: inclusive territorial policies for climate adaptation");
		page.fill("#new-name_zgh", "ⴰⵙⵜⴰ ⴰⵙⵎⵓⵙⵙⵓ ⵜⴰⴷⵔⴰⵡⵜ");
		page.fill("#new-startsOn", "2025-01-01");
		page.fill("#new-endsOn", "2027-12-31");
		page.selectOption("#new-territories", "MA-05");
		page.click("main button[type=submit]");
		assertThat(page.locator("#new-targetGroups-error").textContent()).contains("au moins un public cible");
		assertThat(page.locator("#new-language-error").isVisible()).as("the working language is asked").isTrue();
		assertAccessible("new programme with an error, French");
		page.check("#group-elected_women");
		page.selectOption("#new-language", "fr");
		page.click("main button[type=submit]");
		page.waitForURL("**/capacity/ASTA/manage");

		page.fill("#participants-fullName", "Hayat Ouchen");
		page.selectOption("#participants-kind", "elected");
		page.selectOption("#participants-sex", "female");
		page.selectOption("#participants-commune", new SelectOption().setLabel("Naour"));
		page.click("section[aria-labelledby=participant-heading] button[type=submit]");
		assertThat(page.locator("[role=status]").textContent()).contains("inscrit");

		page.selectOption("#activities-kind", "training");
		page.fill("#activities-topic", "Adaptation au climat et budget communal");
		page.fill("#activities-heldOn", "2025-04-08");
		page.fill("#activities-hours", "0");
		page.selectOption("#activities-mode", "hybrid");
		page.selectOption("#activities-territory", "MA-05");
		page.click("section[aria-labelledby=activity-heading] button[type=submit]");
		assertThat(page.locator("#activities-hours-error").textContent()).contains("plus de 0");
		page.fill("#activities-hours", "6");
		page.click("section[aria-labelledby=activity-heading] button[type=submit]");
		assertThat(page.locator("[role=status]").textContent()).contains("Activité ajoutée");

		page.selectOption("#plans-participant", new SelectOption().setLabel("Hayat Ouchen"));
		page.fill("#plans-coach", "coach@sawa.demo");
		page.fill("#plans-startsOn", "2025-03-01");
		page.check("#priority-public_speaking");
		page.check("#priority-advocacy_in_council");
		page.click("section[aria-labelledby=plan-heading] button[type=submit]");
		assertThat(page.locator("[role=status]").textContent()).contains("Plan ouvert");
		screenshot("fr-capacity-manage");
		assertAccessible("programme records, French");

		page.click("text=Feuille de présence : Adaptation au climat");
		page.locator("input.score[name$='.pre']").first().fill("40");
		page.locator("input.score[name$='.post']").first().fill("75");
		page.click("main button[type=submit]");
		assertThat(page.locator("p.error").first().textContent()).contains("personne absente");
		assertAccessible("attendance sheet with an error, French");
		page.locator("input[type=checkbox][name$='.attended']").first().check();
		page.click("main button[type=submit]");
		assertThat(page.locator("[role=status]").textContent()).contains("Feuille enregistrée");

		context.close();
		open();
		signIn("coach@sawa.demo");
		page.navigate(url("/capacity/coaching?lang=ar"));
		assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
		page.click("text=Hayat Ouchen");
		page.fill("#heldOn", "2025-05-06");
		page.selectOption("#mode", "remote");
		page.fill("#minutes", "45");
		page.check("#topic-public_speaking");
		page.fill("#notes", "تحضير مداخلتها في دورة ماي؛ تخشى المقاطعة.");
		page.click("section[aria-labelledby=sessions-heading] button[type=submit]");
		assertThat(page.locator("main").textContent()).contains("تخشى المقاطعة");
		screenshot("ar-capacity-plan");
		assertAccessible("development plan, Arabic, coach");

		context.close();
		open();
		page.navigate(url("/capacity/ASTA?lang=ar"));
		assertThat(page.locator("main").textContent()).doesNotContain("تخشى المقاطعة");
		assertThat(page.locator(".card .big").allTextContents()).contains("1");
		screenshot("ar-capacity-asta");
		assertAccessible("programme page, Arabic");
		page.navigate(url("/capacity/AMSSAWASS?lang=fr"));
		screenshot("fr-capacity-amssawass");
		page.navigate(url("/capacity/ISED-BMK?lang=ar"));
		screenshot("ar-capacity-ised");
	}

}
