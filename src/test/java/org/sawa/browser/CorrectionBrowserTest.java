package org.sawa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator corrects a council session in Arabic (refused first without a reason,
 * shown at its field), and the session's public page reads the correction in Arabic and
 * French; the equity body of Béni Mellal-Khénifra reads in both. Every page is axe-clean.
 */
@SawaTest
class CorrectionBrowserTest extends BrowserSupport {

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_administrator_corrects_a_session_in_arabic_and_the_public_reads_it_in_both_languages() {
		long session = jdbc.sql("""
				SELECT s.id FROM council_session s JOIN council_mandate m ON m.id = s.mandate_id
				JOIN council c ON c.id = m.council_id WHERE s.held_on = DATE '2024-02-06'
				ORDER BY c.id LIMIT 1""").query(Long.class).single();
		String code = jdbc.sql("""
				SELECT c.code FROM council_session s JOIN council_mandate m ON m.id = s.mandate_id
				JOIN council c ON c.id = m.council_id WHERE s.id = :s""")
			.param("s", session)
			.query(String.class)
			.single();
		long absent = jdbc.sql("""
				SELECT a.membership_id FROM council_attendance a WHERE a.session_id = :s AND a.status = 'present'
				AND NOT EXISTS (SELECT 1 FROM council_intervention i WHERE i.session_id = :s
				  AND i.membership_id = a.membership_id) ORDER BY a.membership_id LIMIT 1""")
			.param("s", session)
			.query(Long.class)
			.single();
		signIn("admin@sawa.demo");
		String path = "/councils/" + code + "/sessions/" + session;
		page.navigate(url(path + "/correct?lang=ar"));
		assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
		page.selectOption("#attendance-" + absent, "excused");
		int added = jdbc.sql("SELECT count(*) FROM council_intervention WHERE session_id = :s")
			.param("s", session)
			.query(Integer.class)
			.single();
		assertThat(page.locator("#iv-0-remove").isVisible()).as("a recorded intervention can be removed").isTrue();
		page.fill("#iv-" + added + "-summary", "سؤال حول النقل المدرسي");
		page.click("main button[type=submit]");
		assertThat(page.locator("#reason-error").textContent()).contains("سبب التصحيح");
		assertThat(page.locator("#iv-" + added + "-member-error").isVisible()).as("an added row needs its speaker")
			.isTrue();
		page.fill("#iv-" + added + "-summary", "");
		assertThat(page.locator("#attendance-" + absent).inputValue()).as("what was chosen is kept")
			.isEqualTo("excused");
		screenshot("ar-session-correct-refused");
		assertAccessible("session correction refused, Arabic");
		page.fill("#reason", "ورقة الحضور الموقعة: كانت متغيبة بعذر");
		page.click("main button[type=submit]");
		page.waitForURL("**/sessions/" + session + "?corrected");
		assertThat(page.locator("main").textContent()).contains("صُحّح في", "ورقة الحضور الموقعة");
		screenshot("ar-session-corrected");
		assertAccessible("corrected session, Arabic");
		page.navigate(url(path + "?lang=fr"));
		assertThat(page.locator("main").textContent()).contains("Corrigé le", "de Présent·e à Excusé·e");
		screenshot("fr-session-corrected");
		assertAccessible("corrected session, French");

		long member = jdbc.sql("""
				SELECT ms.id FROM council_membership ms JOIN council_mandate m ON m.id = ms.mandate_id
				JOIN council c ON c.id = m.council_id WHERE c.code = :c ORDER BY ms.id LIMIT 1""")
			.param("c", code)
			.query(Long.class)
			.single();
		for (String lang : new String[] { "ar", "fr" }) {
			page.navigate(url("/councils/" + code + "/members/" + member + "/correct?lang=" + lang));
			page.click("main button[type=submit]");
			assertThat(page.locator("#reason-error").isVisible()).isTrue();
			screenshot(lang + "-member-correct-refused");
			assertAccessible("member correction refused, " + lang);
		}

		long bodyMember = jdbc.sql("""
				SELECT m.id FROM council_body_member m JOIN council_body b ON b.id = m.body_id
				JOIN council c ON c.id = b.council_id WHERE c.code = 'MA-05' AND b.kind = 'equity_gender'
				ORDER BY m.id LIMIT 1""").query(Long.class).single();
		for (String lang : new String[] { "ar", "fr" }) {
			page.navigate(url("/councils/MA-05/bodies/equity_gender/members/" + bodyMember + "/correct?lang=" + lang));
			page.click("main button[type=submit]");
			assertThat(page.locator("#reason-error").isVisible()).isTrue();
			screenshot(lang + "-body-member-correct-refused");
			assertAccessible("body member correction refused, " + lang);
		}

		page.navigate(url("/councils/MA-05/bodies/equity_gender?lang=ar"));
		assertThat(page.locator("main").textContent()).contains("هيئة المساواة وتكافؤ الفرص ومقاربة النوع");
		screenshot("ar-equity-body");
		assertAccessible("equity body, Arabic");
		page.navigate(url("/councils/MA-05/bodies/equity_gender?lang=fr"));
		screenshot("fr-equity-body");
		assertAccessible("equity body, French");
	}

}
