package org.sawa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sawa.support.SawaTest;

/**
 * Staff of Laâyoune-Sakia El Hamra move a MALAA0003 milestone in Arabic (a missing note
 * refused at its field first) with a link to a Sawa record as evidence; the public reads
 * it in French.
 */
@SawaTest
class CommitmentBrowserTest extends BrowserSupport {

	@Test
	void staff_move_a_milestone_in_arabic_and_the_public_reads_it_in_french() {
		page.navigate(url("/commitments?lang=ar"));
		assertThat(page.locator("main").textContent()).contains("MALAA0003", "BMK-04");
		screenshot("ar-commitments");
		signIn("staff.laayoune@sawa.demo");
		page.navigate(url("/commitments/MALAA0003?lang=ar"));
		assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
		page.click("#milestone-6 summary");
		page.selectOption("#m6-status", "in_progress");
		page.fill("#m6-onDay", "2026-11-20");
		page.click("#milestone-6 button[type=submit]");
		assertThat(page.locator("#m6-note-error").textContent()).contains("ملاحظة مؤرخة");
		assertAccessible("commitment with a refused move, Arabic");
		page.fill("#m6-note", "أول اجتماع لتقييم التقدم مع هيئات التشاور.");
		page.fill("#m6-evidence-0-label", "لوحة القيادة الجهوية");
		page.fill("#m6-evidence-0-url", "/territories/MA-11/indicators");
		page.click("#milestone-6 button[type=submit]");
		assertThat(page.locator("[role=status]").textContent()).contains("حينت المرحلة");
		screenshot("ar-commitment-malaa0003");
		assertAccessible("commitment after a move, Arabic");

		context.close();
		open();
		page.navigate(url("/commitments/MALAA0003?lang=fr"));
		assertThat(page.locator("#milestone-6").textContent()).contains("En cours", "أول اجتماع لتقييم التقدم");
		assertThat(page.locator("#milestone-6 form, #milestone-6 details").count()).as("no form for the public")
			.isZero();
		screenshot("fr-commitment-malaa0003");
		assertAccessible("commitment, French, public");
	}

}
