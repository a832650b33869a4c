package org.sawa.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ViewportSize;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sawa.account.Accounts;
import org.sawa.account.Participations;
import org.sawa.support.MovableClock;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every page, in Arabic and in French, has zero axe-core violations; screenshots go to
 * target/screenshots. Colour contrast, more than half of axe's time, is checked in
 * Arabic: the style sheet gives no colour per direction or language (checked below), so
 * the French page has the same colours.
 */
@SawaTest
class PagesAccessibilityBrowserTest extends BrowserSupport {

	/**
	 * The demo's commune petition: the first reference of the year the demo was loaded
	 * in.
	 */
	static final String DEMO_PETITION = "/petitions/PET-" + MovableClock.today().getYear() + "-0001";

	/** The demo's answered commune petition, the third of the demo. */
	static final String REGION_PB = "/participatory-budgets/PB-BMK-" + MovableClock.today().getYear();

	static final String NAOUR_PB = "/participatory-budgets/PB-NAOUR-" + MovableClock.today().getYear();

	static final String ANSWERED_PETITION = "/petitions/PET-" + MovableClock.today().getYear() + "-0003";

	@Autowired
	Participations participations;

	@Autowired
	Accounts accounts;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Territories territories;

	private static boolean participationRecorded;

	/**
	 * Some participation in the province of Béni Mellal, so that "who takes part" shows
	 * its tables.
	 */
	@BeforeEach
	void someoneTookPart() {
		synchronized (PagesAccessibilityBrowserTest.class) {
			if (participationRecorded) {
				return;
			}
			long commune = territories.byCode("MA-BEM-02").orElseThrow().id();
			for (int i = 0; i < 8; i++) {
				long id = accounts.createConfirmed("a11y" + i + "@example.ma", "long-enough-pass", "P" + i, "ar");
				accounts.declareProfile(id, i % 3 == 0 ? "female" : "male", 1950 + 7 * i, i == 1, commune);
				tx.executeWithoutResult(
						s -> participations.record("test.forum", commune, id, MovableClock.INSTANCE.instant()));
			}
			participationRecorded = true;
		}
	}

	/**
	 * The pages are checked two at a time (axe works in the browser while the server
	 * renders the next page: the machine's two cores both busy). Playwright's objects
	 * belong to the thread that made them, so each of the two threads uses its own
	 * browser (the one the other browser test classes share on that thread), with one
	 * visitor's tab and one administrator's tab that serve every page it checks (each
	 * page loaded afresh, its language in the address): opening a browser context per
	 * page cost more than the page itself.
	 */
	private record Tabs(Browser browser, Page visitor, Page[] admin) {
	}

	private static final Map<Thread, Tabs> TABS = new ConcurrentHashMap<>();

	private static final ViewportSize DESK = new ViewportSize(1024, 900);

	private static final ViewportSize PHONE = new ViewportSize(360, 740);

	/** Hides the one browser of the other browser tests: each thread takes its own. */
	@BeforeAll
	static void launch() {
	}

	/** Closes the tabs; the browsers stay for the next classes. */
	@AfterAll
	static void close() {
		TABS.values().forEach(tabs -> {
			tabs.visitor().context().close();
			if (tabs.admin()[0] != null) {
				tabs.admin()[0].context().close();
			}
		});
		TABS.clear();
	}

	@Override
	@BeforeEach
	void open() {
		Tabs tabs = TABS.computeIfAbsent(Thread.currentThread(), thread -> {
			Browser chromium = sharedBrowser();
			return new Tabs(chromium, checkingContext(chromium).newPage(), new Page[1]);
		});
		page = tabs.visitor();
	}

	@Override
	@AfterEach
	void closeContext() {
		// the tabs stay open for the next page; Playwright closes them with the browser
	}

	/** A context whose every page has axe-core from its start. */
	private static BrowserContext checkingContext(Browser chromium) {
		BrowserContext made = chromium.newContext(new Browser.NewContextOptions().setViewportSize(DESK));
		made.addInitScript(axeSource());
		return made;
	}

	private Page tab(boolean signedIn) {
		Tabs tabs = TABS.get(Thread.currentThread());
		if (!signedIn) {
			return tabs.visitor();
		}
		if (tabs.admin()[0] == null) {
			page = checkingContext(tabs.browser()).newPage();
			signIn("admin@sawa.demo");
			tabs.admin()[0] = page;
		}
		return tabs.admin()[0];
	}

	static List<Arguments> pages() {
		List<String> publicPages = List.of("/", "/territories", "/territories?q=naour", "/territories/MA-05",
				"/territories/MA-BEM-07", "/login", "/signup", "/password/forgot", "/organisations", "/about/privacy",
				"/nowhere", "/territories/MA-BEM/who-takes-part",
				"/territories/MA-05/who-takes-part/council.intervention", "/search?q=inclusion",
				"/search?q=naour&kind=council", "/territories/MA-05/indicators",
				"/territories/MA-BEM-01/indicators?year=2024",
				"/territories/MA-05/indicators/YOUTH_TRAINED?by=age_band&year=2022",
				"/territories/MA-05/indicators/COUNCILLORS?by=territory&sex=female",
				"/territories/MA-05/indicators?year=2025&assoc_focus=women", "/petitions", DEMO_PETITION,
				"/consultations", "/consultations?territory=MA-BEM-07", "/consultations/PDR-BMK-2022",
				"/consultations/JEUNESSE-LSH", "/consultations/PDR-BMK-2022/proposals",
				"/consultations/PDR-BMK-2022/proposals?category=water&answer=accepted&order=recent",
				"/consultations/PDR-BMK-2022/proposals/1", "/consultations/PDR-BMK-2022/proposals/3",
				"/consultations/JEUNESSE-LSH/proposals/1", "/consultations/PDR-BMK-2022/documents/1",
				"/consultations/PDR-BMK-2022/synthesis", "/consultations/PDR-BMK-2022/gatherings/2",
				"/consultations/PDR-BMK-2022/proposals/14", "/consultations/PDR-BMK-2022/heard",
				"/consultations/PDR-BMK-2022/synthesis?phase=3", "/consultations/JEUNESSE-LSH/survey",
				"/consultations/JEUNESSE-LSH/survey/results?by=age_band", "/events",
				"/events?territory=MA-05&when=past", "/events?territory=MA-11", "/events/2", "/events/4", "/events/6",
				"/events/11", DEMO_PETITION + "?original", ANSWERED_PETITION, "/information", "/information/archive",
				"/information/archive?q=budget&year=2026", "/information/bodies", "/information/bodies/MA-05",
				"/councils", "/councils?territory=MA-05", "/councils?territory=MA-11", "/councils/MA-05",
				"/councils/memos/MEMO-2025-0001", "/councils/MA-05/bodies/equity_gender",
				"/councils/MA-05/bodies/economic", "/councils/memos/MEMO-2025-0011", "/capacity", "/capacity/AMSSAWASS",
				"/capacity/ISED-BMK", "/capacity/AMSSAWASS/impact/interventions",
				"/capacity/ISED-BMK/impact/associations", "/commitments", "/commitments/MALAA0003",
				"/commitments?territory=MA-05&status=stuck", "/commitments/BMK-04", "/reports", "/reports/MA-05/2025",
				"/reports/MA-11/2025", "/too-large", "/feedback", "/feedback?territory=MA-05&state=late",
				"/feedback/new", "/feedback/new?category=water_point&commune=MA-LAA-01&next=1",
				"/feedback/statistics?territory=MA-11", "/information/confirm-address/an-unused-link-looks-like-this",
				"/budgets", "/budgets/MA-05/2026", "/budgets/MA-BEM-07/2025", REGION_PB, REGION_PB + "/results",
				REGION_PB + "/proposals/2", NAOUR_PB, "/projects", "/projects?territory=MA-11&sort=jobs",
				"/projects/MA-COA-MA-05-ECO-AZI", "/projects/MA-COA-MA-11-COOP-LAA");
		List<String> signedInPages = List.of("/me", "/me/delete", "/organisations/new", "/organisations/1", "/admin",
				"/admin/roles", "/admin/audit?verify=true", "/admin/territories/import", "/admin/holidays?year=2026",
				"/admin/petition-rules", "/admin/council-quotas", "/petitions/new", "/consultations/new",
				"/consultations/JEUNESSE-LSH/texts?language=en", "/consultations/JEUNESSE-LSH/proposals/new",
				"/consultations/JEUNESSE-LSH/proposals/1", "/consultations/report/proposal/1", "/moderation",
				"/consultations/PDR-BMK-2022/documents/1", "/consultations/PDR-BMK-2022/documents/new",
				"/consultations/PDR-BMK-2022/documents/1/alternatives",
				"/consultations/PDR-BMK-2022/documents/1/texts?language=en",
				"/consultations/PDR-BMK-2022/gatherings/new", "/events/new", "/events/4", "/events/4/attendance",
				"/me/follows", "/events/10", "/events/2", "/events/6/texts?language=ar",
				"/consultations/PDR-BMK-2022/gatherings/2", DEMO_PETITION, DEMO_PETITION + "/sheets/new",
				"/officer/indicators/import",
				"/officer/indicators/entry?indicator=YOUTH_TRAINED&territory=MA-05&period=2024",
				"/territories/MA-05/indicators/YOUTH_TRAINED?by=sex", "/officer/dashboards/MA-05",
				"/officer/indicators", "/officer/indicators/new", "/officer/indicators/ELECTED_TRAINED_RATE/edit",
				"/officer/dimensions", "/officer/dimensions/new", "/officer/dimensions/assoc_focus/edit",
				"/officer/indicators/entry?indicator=ASSOC_MEMBERS_TRAINED&territory=MA-AZI&period=2024",
				"/territories/MA-05/indicators/ASSOC_MEMBERS_TRAINED?by=assoc_focus", "/information",
				"/information/new", "/information/paper", "/information/queue", "/information/bodies/MA-05",
				"/admin/information/bodies", "/admin/information/rules", "/information/bodies/MA-05/correct",
				"/councils/MA-05/manage", "/councils/MA-05/sessions/new", "/councils/MA-05/memos/new",
				"/councils/memos/MEMO-2025-0009", "/councils/memos/MEMO-2025-0010",
				"/councils/memos/MEMO-2025-0010/texts?language=en", "/councils/MA-ESM-06/manage",
				"/councils/MA-05/bodies/equity_gender", "/capacity/new", "/capacity/AMSSAWASS/manage",
				"/capacity/AMSSAWASS/texts?language=en", "/capacity/AMSSAWASS/activities/1",
				"/capacity/AMSSAWASS/plans/1", "/capacity/AMSSAWASS/participants/1/correct",
				"/capacity/AMSSAWASS/activities/1/correct", "/capacity/AMSSAWASS/impact/elected_women",
				"/commitments/MALAA0003", "/commitments/import", "/commitments/plans/new",
				"/commitments/plans/LSH-2025-2027/commitments/new", "/commitments/MALAA0003/correct",
				"/commitments/MALAA0003/texts?language=zgh", DEMO_PETITION + "/texts?language=en", "/reports",
				"/reports/prepare?territory=MA-05&year=19", "/reports/MA-11/2025/manage", "/reports/versions/1",
				"/feedback/queue", "/feedback/queue?body=triage", "/feedback/typed", "/admin/feedback",
				"/admin/feedback?edit=water_point", "/budgets/manage", "/admin/budget-glossary",
				"/admin/budget-glossary?edit=gender_marker", NAOUR_PB + "/manage", NAOUR_PB + "/vote",
				"/participatory-budgets/new", NAOUR_PB + "/texts?language=en", "/projects/manage",
				"/projects/MA-COA-MA-05-ECO-AZI/progress", "/projects/MA-COA-MA-05-ECO-AZI/texts?language=ar");
		List<Arguments> all = new java.util.ArrayList<>();
		for (String lang : List.of("ar", "fr")) {
			publicPages.forEach(p -> all.add(Arguments.of(lang, p, false)));
			signedInPages.forEach(p -> all.add(Arguments.of(lang, p, true)));
		}
		return all;
	}

	/**
	 * The check itself finds what it is for: a picture without a text alternative and a
	 * field without a label, on a page the browser was given rather than one of Sawa's.
	 */
	@Test
	void the_check_finds_a_violation_when_there_is_one() {
		page = tab(false);
		page.setContent("<!doctype html><html lang=\"fr\"><head><title>Essai</title></head><body><main>"
				+ "<h1>Essai</h1><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><input name=\"q\">"
				+ "</main></body></html>");
		assertThatThrownBy(() -> assertAccessible("a page with two faults")).hasMessageContaining("image-alt")
			.hasMessageContaining("label");
	}

	/**
	 * What lets colour contrast be checked in one language: no rule of the style sheet
	 * that applies to one direction or language sets a colour, a background, a border or
	 * a transparency.
	 */
	@Test
	void the_style_sheet_gives_no_colour_per_direction_or_language() throws Exception {
		String css;
		try (var in = getClass().getResourceAsStream("/static/css/sawa.css")) {
			css = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		java.util.regex.Matcher rule = java.util.regex.Pattern.compile("([^{}]+)\\{([^{}]*)\\}").matcher(css);
		int perDirection = 0;
		while (rule.find()) {
			String selector = rule.group(1);
			if (selector.contains("dir") || selector.contains("lang")) {
				perDirection++;
				assertThat(rule.group(2)).as(selector.trim())
					.doesNotContainPattern("(?i)(color|background|border|opacity|filter|outline|fill|stroke)\\s*:");
			}
		}
		assertThat(perDirection).as("rules per direction or language found").isGreaterThan(3);
	}

	@ParameterizedTest(name = "{1} in {0}")
	@Execution(ExecutionMode.CONCURRENT)
	@MethodSource("pages")
	void page_is_accessible_and_laid_out_in_the_reading_direction(String lang, String path, boolean signedIn) {
		page = tab(signedIn);
		page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
		// the direction and the language in one round trip to the browser
		assertThat(page.evaluate("() => [document.documentElement.dir, document.documentElement.lang]"))
			.as("dir and lang of %s in %s", path, lang)
			.isEqualTo(List.of("ar".equals(lang) ? "rtl" : "ltr", lang));
		// axe at 1024 px and the same page on a 360 px phone (nothing to scroll
		// sideways): the tab keeps the width it ends at, so that each page changes it
		// once, not twice (each change lays the page out again)
		if (page.viewportSize().width == PHONE.width) {
			assertFitsWidth(lang + " " + path + " at 360 px");
			page.setViewportSize(DESK.width, DESK.height);
			screenshot(lang + path.replaceAll("[^a-zA-Z0-9]+", "_"));
			assertAccessible(lang + " " + path, "ar".equals(lang));
		}
		else {
			screenshot(lang + path.replaceAll("[^a-zA-Z0-9]+", "_"));
			assertAccessible(lang + " " + path, "ar".equals(lang));
			page.setViewportSize(PHONE.width, PHONE.height);
			assertFitsWidth(lang + " " + path + " at 360 px");
		}
	}

}
