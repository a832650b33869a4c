package org.sawa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.budget.ParticipatoryBudgets;
import org.sawa.budget.PbProcess;
import org.sawa.budget.PbProposals;
import org.sawa.support.MovableClock;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The story issue 21 asks for, on a phone without JavaScript: Fatima Zahra, a resident of
 * Naour, reads her commune's budget and its gender share in Arabic, proposes a project,
 * votes within the envelope and changes her vote; staff review proposals and type a paper
 * ballot in French; the region's results show the winners and who voted by sex and age.
 * Every page axe-clean and as wide as the phone, in Arabic and French.
 */
@SawaTest
class PbBrowserTest extends BrowserSupport {

	static final String PROPOSING = "PB-NAOUR-IDEAS";

	@Autowired
	ParticipatoryBudgets processes;

	@Autowired
	PbProposals proposals;

	@Autowired
	People people;

	private static String naour() {
		return "/participatory-budgets/PB-NAOUR-" + MovableClock.today().getYear();
	}

	/** A second budget of Naour, taking proposals now. */
	private PbProcess proposing() {
		return processes.byCode(PROPOSING).orElseGet(() -> {
			var today = MovableClock.today();
			return processes.open(new ParticipatoryBudgets.Form(PROPOSING, "MA-BEM-07", today.getYear() + 1, "ar",
					"أفكار لميزانية ناوور التشاركية المقبلة", "اقترحوا مشاريع للسنة المقبلة، وادعموا مشاريع جيرانكم.",
					new BigDecimal("1000000"), "none", Map.of(), "approval", 3, 0, null, today.minusDays(1),
					today.plusDays(30), today.plusDays(45), today.plusDays(60), today.plusDays(75)),
					people.demo("staff"));
		});
	}

	@Test
	void fatima_reads_the_budget_proposes_a_project_votes_within_the_envelope_and_changes_her_vote() {
		PbProcess ideas = proposing();
		usePhone(false);
		signIn("citizen@sawa.demo");
		page.navigate(url("/budgets/MA-BEM-07/" + MovableClock.today().getYear() + "?lang=ar"));
		assertThat(page.locator("#gender-heading").textContent()).contains("المساواة");

		page.navigate(url("/participatory-budgets/" + PROPOSING + "/propose?lang=ar"));
		page.fill("#title", "سقاية قرب المدرسة");
		page.fill("#description", "سقاية بماء صالح للشرب قرب المدرسة الابتدائية حتى لا يحمل الأطفال الماء من بعيد.");
		page.fill("#estimatedCost", "85000");
		page.selectOption("#theme", "water");
		page.check("#forWomen");
		screenshot("ar-phone-pb-propose");
		page.click("main button[type=submit]");
		assertThat(page.locator("main").textContent()).contains("نُشر مقترحك", "سقاية قرب المدرسة");
		assertThat(proposals.of(ideas)).extracting(x -> x.title()).contains("سقاية قرب المدرسة");

		page.navigate(url(naour() + "/vote?lang=ar"));
		assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
		List<String> boxes = page.locator("main input[type=checkbox]")
			.evaluateAll("l => l.map(e => e.id)") instanceof List<?> ids ? ids.stream().map(Object::toString).toList()
					: List.of();
		assertThat(boxes.size()).isGreaterThan(5);
		// everything ticked costs more than the envelope: refused at the choices
		boxes.forEach(id -> page.check("#" + id));
		page.fill("#nationalId", "I778899");
		page.click("main button[type=submit]");
		assertThat(page.locator("#choices-error").textContent()).contains("درهم");
		boxes.forEach(id -> page.uncheck("#" + id));
		page.check("#" + boxes.get(0));
		page.check("#" + boxes.get(1));
		page.fill("#nationalId", "I778899");
		page.click("main button[type=submit]");
		assertThat(page.locator("main .notice.ok").textContent()).contains("سُجل تصويتك");
		assertThat(page.isChecked("#" + boxes.get(0))).isTrue();
		screenshot("ar-phone-pb-voted");
		page.uncheck("#" + boxes.get(0));
		page.check("#" + boxes.get(2));
		page.fill("#nationalId", "I778899");
		page.click("main button[type=submit]");
		assertThat(page.isChecked("#" + boxes.get(0))).isFalse();
		assertThat(page.isChecked("#" + boxes.get(2))).isTrue();

		page.navigate(url("/participatory-budgets/PB-BMK-" + MovableClock.today().getYear() + "/results?lang=ar"));
		assertThat(page.locator("#turnout-heading").textContent()).contains("من صوّت");
		assertThat(page.locator("section[aria-labelledby=turnout-heading] figure").count()).isGreaterThanOrEqualTo(2);
		screenshot("ar-phone-pb-results");
	}

	@Test
	void staff_review_a_proposal_and_type_a_paper_ballot() {
		PbProcess ideas = proposing();
		long resident = people.resident(people.address("pb.browser"), "female", 1992, "MA-BEM-07");
		int number = proposals
			.propose(ideas, resident,
					new PbProposals.Form("Cours d’alphabétisation pour les femmes",
							"Deux classes d’alphabétisation l’après-midi, au foyer féminin du douar.", "fr",
							"MA-BEM-07", "", "social", new BigDecimal("40000"), true, false, null))
			.number();
		usePhone();
		signIn("staff@sawa.demo");
		page.navigate(url("/participatory-budgets/" + PROPOSING + "/manage?lang=fr"));
		page.check("#r" + number + "-yes");
		page.fill("#r" + number + "-reviewedCost", "45000");
		page.check("#r" + number + "-competence");
		page.fill("#r" + number + "-reason", "Avec le foyer féminin et une animatrice de l’entraide nationale.");
		page.click("#r" + number + " button[type=submit]");
		assertThat(page.locator("#r" + number).textContent()).contains("Réalisable", "45.000");
		screenshot("fr-phone-pb-review");
		page.navigate(url(naour() + "/manage?lang=fr"));
		page.fill("#paper-pollingPoint", "École Naour centre");
		page.fill("#paper-nationalId", "Q123456");
		page.selectOption("#paper-sex", "female");
		page.selectOption("#paper-ageBand", "25-34");
		page.fill("#paper-choices", "1");
		page.click("#paper button[type=submit]");
		assertThat(page.locator("main").textContent()).contains("Le bulletin papier est compté.", "École Naour centre");
		page.fill("#paper-pollingPoint", "École Naour centre");
		page.fill("#paper-nationalId", "Q123456");
		page.fill("#paper-choices", "1");
		page.click("#paper button[type=submit]");
		assertThat(page.locator("#paper-nationalId-error").textContent()).contains("doublon");
		screenshot("fr-phone-pb-paper");
		// with JavaScript, the ballot adds up the ticked costs beside the envelope as one
		// ticks
		page.navigate(url(naour() + "/vote?lang=fr"));
		assertThat(page.locator("#ballot-total").textContent()).contains("Coché : 0 DH", "1.500.000 DH");
		List<String> ids = page.locator("main input[data-cost]")
			.evaluateAll("l => l.map(e => e.id)") instanceof List<?> found
					? found.stream().map(Object::toString).toList() : List.of();
		ids.forEach(id -> page.check("#" + id));
		assertThat(page.locator("#ballot-total").textContent()).contains("C’est plus que l’enveloppe");
		assertThat(page.locator("#ballot-total").getAttribute("class")).contains("flag");
		for (String lang : List.of("fr", "ar")) {
			for (String path : List.of(naour(), naour() + "/manage", naour() + "/proposals/1",
					"/participatory-budgets/PB-BMK-" + MovableClock.today().getYear() + "/results",
					"/participatory-budgets/" + PROPOSING + "/propose", "/participatory-budgets/new", naour() + "/vote",
					"/budgets")) {
				page.navigate(url(path + "?lang=" + lang));
				assertFitsWidth(path + " " + lang);
				assertAccessible(path + " " + lang);
			}
		}
		screenshot("ar-phone-pb-budgets");
	}

}
