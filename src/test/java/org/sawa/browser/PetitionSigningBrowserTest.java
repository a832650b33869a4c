package org.sawa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A resident of Naour signs the demo commune petition in Arabic on a phone, with htmx,
 * after a first mistake.
 */
@SawaTest
class PetitionSigningBrowserTest extends BrowserSupport {

	@Autowired
	Accounts accounts;

	@Autowired
	Territories territories;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_citizen_signs_in_arabic_on_a_phone() {
		long id = accounts.createConfirmed("naour.phone@example.ma", "sawa-demo-2026", "Khadija", "ar");
		accounts.declareProfile(id, "female", 1994, false, territories.byCode("MA-BEM-07").orElseThrow().id());
		usePhone();
		page.navigate(url("/login?lang=ar"));
		page.fill("#username", "naour.phone@example.ma");
		page.fill("#password", "sawa-demo-2026");
		page.click("main button[type=submit]");
		page.waitForURL("**/me");

		page.navigate(url(PagesAccessibilityBrowserTest.DEMO_PETITION));
		assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
		String before = page.locator("#progress-text").textContent();
		page.fill("#nationalId", "12");
		page.click("#petition-act button[type=submit]");
		assertThat(page.locator("#nationalId-error").textContent()).contains("رقم البطاقة الوطنية غير صحيح");
		assertThat(page.locator("#confirm-error").isVisible()).as("every mistake at once").isTrue();
		assertThat(page.locator("#petition-act [role=alert] a[href='#nationalId-error']").isVisible())
			.as("a summary links to each")
			.isTrue();
		assertThat(page.locator("#nationalId").inputValue()).isEqualTo("12");
		assertAccessible("petition signing error, Arabic, phone");

		page.fill("#nationalId", "BK 778899");
		page.check("#confirm");
		page.click("#petition-act button[type=submit]");
		page.locator("#petition-act [role=status]").waitFor();
		assertThat(page.locator("#petition-act [role=status]").textContent()).contains("تم تسجيل توقيعكم");
		// the progress is updated with the same answer
		assertThat(page.locator("#progress-text").textContent()).isNotEqualTo(before);
		screenshot("ar-phone-petition-signed");
		assertAccessible("petition signed, Arabic, phone");
		page.reload();
		assertThat(page.locator("#progress-text").textContent()).isNotEqualTo(before);
		assertThat(jdbc.sql("SELECT count(*) FROM petition_signature WHERE person_id = :p")
			.param("p", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void an_association_s_representative_files_a_petition_in_its_name_in_arabic() {
		page.navigate(url("/login?lang=ar"));
		page.fill("#username", "association@sawa.demo");
		page.fill("#password", "sawa-demo-2026");
		page.click("main button[type=submit]");
		page.waitForURL("**/me");
		page.navigate(url("/petitions/new"));
		page.selectOption("#territory", "MA-05");
		page.check("#petitioner-association");
		page.selectOption("#organisation", new com.microsoft.playwright.options.SelectOption().setLabel("AIDECA"));
		page.fill("#title", "برنامج جهوي لدعم تمثيلية النساء في المجالس");
		page.fill("#body", "تطالب الجمعية المجلس الجهوي بإعداد برنامج لتكوين المنتخبات ومواكبتهن داخل المجالس الجماعية "
				+ "والإقليمية، اعتمادا على نتائج دراسة الخريطة التي أنجزت سنة 2025.");
		page.fill("#requested", "إدراج برنامج دعم المنتخبات في جدول أعمال الدورة العادية المقبلة.");
		page.check("#lawful");
		screenshot("ar-petition-association-form");
		assertAccessible("association petition form, Arabic");
		page.click("main button[type=submit]");
		page.waitForURL("**/petitions/PET-**");
		assertThat(page.locator("main").textContent()).contains("برنامج جهوي لدعم تمثيلية النساء");
		assertThat(jdbc
			.sql("SELECT count(*) FROM petition WHERE petitioner_kind = 'association' AND title LIKE 'برنامج جهوي%'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
