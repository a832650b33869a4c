package org.sawa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

	static Browser browser;

	@LocalServerPort
	int port;

	BrowserContext context;

	Page page;

	/** One Playwright and one browser per thread, shared by the classes it runs. */
	private record Shared(Playwright playwright, Browser browser) {
	}

	private static final Map<Thread, Shared> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

	static {
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> SHARED.values().forEach(shared -> shared.playwright().close())));
	}

	/**
	 * The calling thread's browser, launched on first use and kept for every browser test
	 * class that thread runs (launching one cost about a second and a half a class); a
	 * browser that was lost is launched again.
	 */
	static Browser sharedBrowser() {
		Shared shared = SHARED.get(Thread.currentThread());
		if (shared == null || !shared.browser().isConnected()) {
			if (shared != null) {
				shared.playwright().close();
			}
			Playwright own = newPlaywright();
			shared = new Shared(own, chromium(own));
			SHARED.put(Thread.currentThread(), shared);
		}
		return shared.browser();
	}

	@BeforeAll
	static void launch() {
		browser = sharedBrowser();
	}

	/** Playwright for the calling thread, which alone may use it and what it makes. */
	static Playwright newPlaywright() {
		Playwright.CreateOptions create = new Playwright.CreateOptions();
		if (Files.isExecutable(SYSTEM_CHROMIUM)) {
			create.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
		}
		return Playwright.create(create);
	}

	/** Headless Chromium, Debian's where it is installed. */
	static Browser chromium(Playwright playwright) {
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
			.setArgs(List.of("--disable-gpu", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--no-first-run"));
		if (Files.isExecutable(SYSTEM_CHROMIUM)) {
			options.setExecutablePath(SYSTEM_CHROMIUM);
		}
		return playwright.chromium().launch(options);
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

	/** The WCAG 2.0-2.2 A and AA rules and axe's best practices. */
	static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
			"best-practice");

	private static String axeSource;

	/**
	 * axe-core's script (the copy shipped in the axe-core Playwright jar), read once; a
	 * class that checks many pages in one tab has the browser run it in each new page
	 * ({@code addInitScript}) instead of sending it for each.
	 */
	static synchronized String axeSource() {
		if (axeSource == null) {
			try (var in = com.deque.html.axecore.playwright.AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
				axeSource = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
		return axeSource;
	}

	/**
	 * Runs axe-core (the tags above) on the current page and expects no violation. Sawa's
	 * pages have no frames, so axe runs in the page itself, installed once per page, and
	 * only the violations come back: axe's own Playwright builder installed it twice per
	 * analysis and sent every passing node's markup back to Java, which cost more than
	 * the rules themselves.
	 */
	void assertAccessible(String name) {
		assertAccessible(name, true);
	}

	/**
	 * As {@link #assertAccessible(String)}, with or without the colour contrast rule
	 * (more than half of axe's time on Sawa's pages), for a page whose colours are
	 * checked in another language.
	 */
	void assertAccessible(String name, boolean colourContrast) {
		if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
			page.evaluate("() => {" + axeSource() + "}");
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> results = (Map<String, Object>) page.evaluate(
				"""
						async ([tags, contrast]) => {
						  const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'],
						    rules: { 'color-contrast': { enabled: contrast } } });
						  return { rulesPassed: r.passes.length,
						    violations: r.violations.map(v => v.id + ': ' + v.help + ' -> '
						      + v.nodes.map(n => JSON.stringify(n.target)).join(', ')) };
						}""",
				List.of(AXE_TAGS, colourContrast));
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) results.get("violations");
		assertThat(((Number) results.get("rulesPassed")).intValue()).as("axe ran its rules on %s", name).isPositive();
		assertThat(violations).as("axe violations on %s:\n%s", name, String.join("\n", violations)).isEmpty();
	}

}
