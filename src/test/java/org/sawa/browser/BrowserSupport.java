package org.sawa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives Debian's Chromium ({@code /usr/bin/chromium}) through Playwright; a browser that
 * Playwright downloads is used only where that path is missing. Each test gets a fresh
 * context (no cookies), a phone-sized one when it asks.
 */
abstract class BrowserSupport {

	static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");
	static final Path SCREENSHOTS = Path.of("target/screenshots");

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	int port;

	BrowserContext context;

	Page page;

	@BeforeAll
	static void launch() {
		boolean system = Files.isExecutable(SYSTEM_CHROMIUM);
		Playwright.CreateOptions create = new Playwright.CreateOptions();
		if (system) {
			create.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
		}
		playwright = Playwright.create(create);
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
			.setArgs(List.of("--disable-gpu", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--no-first-run"));
		if (system) {
			options.setExecutablePath(SYSTEM_CHROMIUM);
		}
		browser = playwright.chromium().launch(options);
	}

	@AfterAll
	static void close() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void open() {
		context = browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1024, 900).setAcceptDownloads(true));
		page = context.newPage();
	}

	@AfterEach
	void closeContext() {
		context.close();
	}

	void usePhone() {
		usePhone(true);
	}

	/** A 360 x 740 phone, with or without JavaScript. */
	void usePhone(boolean javaScript) {
		context.close();
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true)
			.setJavaScriptEnabled(javaScript)
			.setAcceptDownloads(true));
		page = context.newPage();
	}

	/**
	 * Expects the page to fit the viewport's width: nothing to scroll sideways (one pixel
	 * allowed for the rounding of fractional layout widths).
	 */
	void assertFitsWidth(String name) {
		Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("%s is wider than the viewport by", name).isLessThanOrEqualTo(1);
	}

	/** Signs in with the demo password through the login form. */
	void signIn(String email) {
		page.navigate(url("/login"));
		page.fill("#username", email);
		page.fill("#password", "sawa-demo-2026");
		page.click("main button[type=submit]");
		page.waitForURL("**/me**");
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/**
	 * A full-page PNG in target/screenshots, for a person to check the layout (right to
	 * left in Arabic); taken only with {@code -Dsawa.screenshots=true}, since it costs
	 * more than the checks.
	 */
	void screenshot(String name) {
		if (!Boolean.getBoolean("sawa.screenshots")) {
			return;
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	/**
	 * Runs axe-core (WCAG 2.0-2.2 A and AA rules) on the current page and expects no
	 * violation.
	 */
	void assertAccessible(String name) {
		// Sawa's pages have no frames: the legacy mode runs axe in the page itself, with
		// the same rules,
		// instead of opening a blank page for every analysis to merge the frames' results
		AxeResults results = new AxeBuilder(page).setLegacyMode(true)
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
			.analyze();
		List<Rule> violations = results.getViolations();
		String report = violations.stream()
			.map(v -> v.getId() + ": " + v.getHelp() + " -> "
					+ v.getNodes().stream().map(n -> n.getTarget().toString()).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
		assertThat(results.getPasses()).as("axe ran its rules on %s", name).isNotEmpty();
		assertThat(violations).as("axe violations on %s:\n%s", name, report).isEmpty();
	}

}
