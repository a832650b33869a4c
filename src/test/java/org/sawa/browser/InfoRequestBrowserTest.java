package org.sawa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.inforequest.InfoRequests;
import org.sawa.inforequest.InfoStatus;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen asks for information in Arabic on a phone (a mistake first, shown at its
 * field), and the body's information officer answers in French with a file; both pages
 * axe-clean, the citizen then reads the answer.
 */
@SawaTest
class InfoRequestBrowserTest extends BrowserSupport {

	@Autowired
	Accounts accounts;

	@Autowired
	InfoRequests requests;

	@Test
	void a_citizen_asks_in_arabic_on_a_phone_and_the_officer_answers_in_french() {
		accounts.createConfirmed("dai.phone@example.ma", "sawa-demo-2026", "Rkia", "ar");
		usePhone();
		signIn("dai.phone@example.ma");
		page.navigate(url("/information/new?lang=ar"));
		assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
		page.selectOption("#body", "MA-BEM-07");
		page.fill("#firstName", "ركية");
		page.fill("#lastName", "أوعلي");
		page.fill("#postalAddress", "دوار آيت علي، جماعة ناوور");
		page.fill("#nationalId", "12");
		page.fill("#subject", "لائحة المستفيدات من برنامج محو الأمية");
		page.fill("#description", "أطلب عدد النساء المستفيدات من برنامج محو الأمية في الجماعة سنة 2025 حسب الدوار.");
		page.click("main button[type=submit]");
		assertThat(page.locator("#nationalId-error").textContent()).contains("أدخلوا رقم بطاقة وطنية");
		assertThat(page.locator("#subject").inputValue()).as("what was typed is kept").contains("محو الأمية");
		assertAccessible("information request error, Arabic, phone");

		page.fill("#nationalId", "BK 556677");
		page.click("main button[type=submit]");
		page.waitForURL("**/information/requests/**");
		assertThat(page.locator("[role=status]").textContent()).contains("تم تسجيل الطلب");
		String reference = page.url().replaceFirst(".*/information/requests/([^?]+).*", "$1");
		screenshot("ar-phone-information-filed");
		assertAccessible("information request filed, Arabic, phone");

		context.close();
		open();
		signIn("staff@sawa.demo");
		page.navigate(url("/information/queue?lang=fr"));
		page.click("text=" + reference);
		assertThat(page.locator("h1").textContent()).contains("محو الأمية");
		screenshot("fr-information-officer");
		assertAccessible("information request, officer, French");
		page.locator("#answer-text").fill("Vous trouverez ci-joint le tableau des bénéficiaires par douar.");
		page.locator("#answer-files")
			.setInputFiles(new FilePayload("beneficiaires.pdf", "application/pdf",
					"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
		page.click("form[action$='/answer'] button[type=submit]");
		assertThat(page.locator("[role=status]").textContent()).contains("La réponse est enregistrée");
		assertThat(requests.byReference(reference).orElseThrow().status()).isEqualTo(InfoStatus.ANSWERED);

		context.close();
		usePhone();
		signIn("dai.phone@example.ma");
		page.navigate(url("/information/requests/" + reference + "?lang=ar"));
		assertThat(page.locator("main").textContent()).contains("beneficiaires.pdf", "تم الجواب");
		assertAccessible("information request answered, Arabic, phone");
	}

	@Test
	void anyone_searches_the_archive_and_reads_a_published_answer_without_the_requester() {
		page.navigate(url("/information/archive?lang=ar"));
		page.fill("#q", "budget");
		// narrowed to Béni Mellal-Khénifra, as chosen from the regions and provinces
		page.selectOption("#place", "MA-05");
		page.click("main form[role=search] button[type=submit]");
		assertThat(page.url()).contains("place=MA-05");
		assertThat(page.locator("main [role=status]").textContent()).contains("الأجوبة الموجودة");
		screenshot("ar-information-archive");
		page.locator("ul.cards li a").first().click();
		page.waitForURL("**/information/archive/DAI-**");
		assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
		assertThat(page.locator("main").textContent()).doesNotContain("Amrani", "rue Al Massira", "rue Hassan II");
		screenshot("ar-information-published");
		assertAccessible("published answer, Arabic");
		page.navigate(url("/information/bodies?lang=fr"));
		page.selectOption("#place", "MA-05");
		page.click("main form button[type=submit]");
		assertThat(page.locator("main [role=status]").textContent()).contains("Organismes classés");
		screenshot("fr-information-league");
		assertAccessible("league table of bodies within a region, French");
		page.navigate(url("/information/bodies/MA-05?lang=fr"));
		assertThat(page.locator("main").textContent()).contains("Budget");
		screenshot("fr-information-body");
	}

	@Test
	void a_citizen_files_in_french_and_the_officer_extends_answers_and_publishes_in_arabic() {
		accounts.createConfirmed("dai.fr@example.ma", "sawa-demo-2026", "Mehdi", "fr");
		signIn("dai.fr@example.ma");
		page.navigate(url("/information/new?lang=fr"));
		page.selectOption("#body", "MA-05");
		page.fill("#firstName", "Mehdi");
		page.fill("#lastName", "Zerouali");
		page.fill("#postalAddress", "8 avenue des FAR, Béni Mellal");
		page.fill("#nationalId", "I 901234");
		page.fill("#subject", "Conventions de jumelage de la région");
		page.fill("#description",
				"Je demande la liste des conventions de jumelage signées par la région depuis 2022 et leur objet.");
		page.check("#format-electronic");
		page.click("main button[type=submit]");
		page.waitForURL("**/information/requests/**");
		String reference = page.url().replaceFirst(".*/information/requests/([^?]+).*", "$1");
		page.navigate(url("/information"));
		assertThat(page.locator("main").textContent()).as("the citizen follows it").contains(reference, "Reçue");

		context.close();
		open();
		signIn("staff@sawa.demo");
		page.navigate(url("/information/queue?lang=ar"));
		assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
		assertThat(page.locator("main .badge.warning").first().textContent()).as("an overdue request shows as such")
			.contains("تجاوز الأجل");
		screenshot("ar-information-queue-overdue");
		page.click("text=" + reference);
		// the next steps, one at a time: answering is open, extending opens on demand
		assertThat(page.locator("details:has(form[action$='/answer'])").getAttribute("open")).isNotNull();
		assertThat(page.locator("#extend-text").isVisible()).isFalse();
		page.click("details:has(form[action$='/extend']) > summary");
		assertThat(page.locator("details:has(form[action$='/answer'])").getAttribute("open"))
			.as("opening one step closes the other")
			.isNull();
		page.locator("#extend-text").fill("يتطلب الطلب جمع اتفاقيات من عدة مصالح بالجهة.");
		page.click("form[action$='/extend'] button[type=submit]");
		assertThat(page.locator("[role=status]").textContent()).contains("تم تمديد الأجل");
		page.locator("#answer-text").fill("تجدون رفقته لائحة اتفاقيات التوأمة الموقعة منذ 2022 وموضوع كل واحدة.");
		page.click("form[action$='/answer'] button[type=submit]");
		assertThat(page.locator("[role=status]").textContent()).contains("تم تسجيل الجواب");
		page.click("details:has(form[action$='/publish']) > summary");
		page.locator("#publicDescription").fill("لائحة اتفاقيات التوأمة التي وقعتها الجهة منذ 2022 وموضوعها.");
		page.click("form[action$='/publish'] button[type=submit]");
		assertThat(page.locator("[role=status]").textContent()).contains("تم النشر في الأرشيف");
		screenshot("ar-information-officer-published");
		assertAccessible("request extended, answered and published, Arabic");

		context.close();
		open();
		page.navigate(url("/information/archive/" + reference + "?lang=fr"));
		assertThat(page.locator("main").textContent()).contains("Conventions de jumelage", "اتفاقيات التوأمة")
			.doesNotContain("Zerouali");
		assertAccessible("published request, French");
	}

}
