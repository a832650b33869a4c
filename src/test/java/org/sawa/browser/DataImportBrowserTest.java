package org.sawa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A programme officer imports indicator data from the browser, within the territories
 * they answer for.
 */
@SawaTest
class DataImportBrowserTest extends BrowserSupport {

	@Autowired
	JdbcClient jdbc;

	private Path csv(String content) throws Exception {
		Path file = Files.createTempFile("sawa-data", ".csv");
		Files.writeString(file, content);
		return file;
	}

	@Test
	void an_officer_sees_every_problem_then_imports_a_correct_file() throws Exception {
		page.navigate(url("/login?lang=fr"));
		page.fill("#username", "officer@sawa.demo");
		page.fill("#password", "sawa-demo-2026");
		page.click("main button[type=submit]");
		page.waitForURL("**/me");
		page.navigate(url("/officer/indicators/import"));

		page.setInputFiles("#file", csv("""
				indicator,territory_code,period,sex,age_band,disability,area,value,source
				GENDER_TRAINED,MA-11,2026,female,,,,4,session sheets
				GENDER_TRAINED,MA,2026,male,,,,3,session sheets
				GENDER_TRAINED,MA-11,2026,other,,,,3,session sheets
				"""));
		page.click("main form button[type=submit]");
		assertThat(page.locator("main [role=alert]").textContent()).contains("Rien n’a été enregistré : 2 problème(s)",
				"Vous n’avez pas la charge du territoire « MA »",
				"« other » ne fait pas partie des valeurs permises : female, male, not_stated.");
		screenshot("fr-officer-import-refused");
		assertAccessible("officer import with problems");

		page.setInputFiles("#file", csv("""
				indicator,territory_code,period,sex,age_band,disability,area,value,source
				GENDER_TRAINED,MA-ESM-01,2026Q4,female,,,,6,session sheets
				GENDER_TRAINED,MA-ESM-01,2026Q4,male,,,,8,session sheets
				"""));
		page.click("main form button[type=submit]");
		assertThat(page.locator("main [role=status]").textContent()).contains("2 ajoutées");
		assertThat(jdbc.sql(
				"SELECT count(*) FROM data_value WHERE indicator_code = 'GENDER_TRAINED' AND period = '2026Q4' AND territory_id = (SELECT id FROM territory WHERE code = 'MA-ESM-01')")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void with_javascript_a_refused_grid_is_swapped_in_place_with_each_reason_at_its_cell_then_saved() throws Exception {
		page.navigate(url("/login?lang=fr"));
		page.fill("#username", "officer@sawa.demo");
		page.fill("#password", "sawa-demo-2026");
		page.click("main button[type=submit]");
		page.waitForURL("**/me");
		page.navigate(url("/officer/indicators/entry?indicator=GENDER_TRAINED&territory=MA-ESM-01&period=2026Q3"));
		// a mark on the page: it survives only if htmx swaps the grid instead of loading
		// a
		// page
		page.evaluate("window.sawaMark = 'same page'");
		page.fill("input[name='cell:sex=female']", "2,5");
		page.fill("input[name='cell:sex=male']", "4");
		page.click("#grid button[type=submit]");
		page.locator("#grid [role=alert]").waitFor();
		assertThat(page.evaluate("window.sawaMark")).isEqualTo("same page");
		assertThat(page.locator("#grid .error").textContent()).contains("Un effectif est un nombre entier");
		assertThat(page.inputValue("input[name='cell:sex=female']")).isEqualTo("2,5");
		assertThat(page.inputValue("input[name='cell:sex=male']")).isEqualTo("4");
		assertThat(page.getAttribute("input[name='cell:sex=female']", "aria-invalid")).isEqualTo("true");
		assertAccessible("officer entry grid with a refused cell");

		page.fill("input[name='cell:sex=female']", "3");
		page.click("#grid button[type=submit]");
		page.locator("#grid [role=status]").waitFor();
		assertThat(page.evaluate("window.sawaMark")).isEqualTo("same page");
		assertThat(page.locator("#grid tfoot").textContent()).contains("7");
		assertThat(jdbc.sql(
				"SELECT sum(value) FROM data_value WHERE indicator_code = 'GENDER_TRAINED' AND period = '2026Q3' AND territory_id = (SELECT id FROM territory WHERE code = 'MA-ESM-01')")
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("7");
	}

	@Autowired
	org.sawa.indicator.Indicators indicators;

	@Test
	void a_large_file_is_imported_in_the_background_while_the_page_shows_its_progress() throws Exception {
		indicators.define(new org.sawa.indicator.Indicator("BACKGROUND_TEST",
				java.util.Map.of("ar", "اختبار", "fr", "Essai", "en", "Trial", "zgh", "ⴰⵔⵎ"), java.util.Map.of(),
				"count", "sum", null, null, "higher", null, "", "", java.util.List.of("sex")), "test");
		java.util.List<String> communes = jdbc.sql("""
				SELECT t.code FROM territory t JOIN territory p ON p.id = t.parent_id
				WHERE p.parent_id = (SELECT id FROM territory WHERE code = 'MA-11') ORDER BY t.code""")
			.query(String.class)
			.list();
		StringBuilder file = new StringBuilder(
				"indicator,territory_code,period,sex,age_band,disability,area,value,source,comment\n");
		String comment = "fiche de présence ".repeat(30);
		int rows = 0;
		for (String commune : communes) {
			for (int year = 2021; year <= 2026; year++) {
				for (int month = 1; month <= 12; month++) {
					for (String sex : new String[] { "female", "male" }) {
						file.append("BACKGROUND_TEST,")
							.append(commune)
							.append(',')
							.append(year)
							.append(String.format("%02d", month))
							.append(',')
							.append(sex)
							.append(",,,,")
							.append((year + month) % 7)
							.append(",registers,")
							.append(comment)
							.append('\n');
						rows++;
					}
				}
			}
		}
		assertThat(file.length()).as("above the background threshold").isGreaterThan(1024 * 1024);

		page.navigate(url("/login?lang=ar"));
		page.fill("#username", "officer@sawa.demo");
		page.fill("#password", "sawa-demo-2026");
		page.click("main button[type=submit]");
		page.waitForURL("**/me");
		page.navigate(url("/officer/indicators/import"));
		page.setInputFiles("#file", csv(file.toString()));
		page.click("main form button[type=submit]");
		page.waitForURL("**/officer/indicators/import/*");
		assertThat(page.locator("h1").textContent()).contains("استيراد ملف كبير");
		assertAccessible("import progress");
		// htmx polls the status until the import is done; the report then replaces the
		// progress bar
		page.locator("#import-status [role=status].notice")
			.waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(120_000));
		screenshot("ar-officer-import-progress-done");
		assertAccessible("import done");
		assertThat(jdbc.sql("SELECT count(*) FROM data_value WHERE indicator_code = 'BACKGROUND_TEST'")
			.query(Long.class)
			.single()).isEqualTo(rows);
		assertThat(
				jdbc.sql("SELECT state FROM data_import ORDER BY created_at DESC LIMIT 1").query(String.class).single())
			.isEqualTo("applied");
	}

}
