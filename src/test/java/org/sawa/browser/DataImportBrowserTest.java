package org.sawa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A programme officer imports indicator data from the browser, within the territories they answer for. */
@SawaTest
class DataImportBrowserTest extends BrowserSupport {

	@Autowired JdbcClient jdbc;

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
				"Vous n’avez pas la charge du territoire « MA »", "« other » ne fait pas partie des valeurs permises");
		screenshot("fr-officer-import-refused");
		assertAccessible("officer import with problems");

		page.setInputFiles("#file", csv("""
				indicator,territory_code,period,sex,age_band,disability,area,value,source
				GENDER_TRAINED,MA-ESM-01,2026Q4,female,,,,6,session sheets
				GENDER_TRAINED,MA-ESM-01,2026Q4,male,,,,8,session sheets
				"""));
		page.click("main form button[type=submit]");
		assertThat(page.locator("main [role=status]").textContent()).contains("2 ajoutées");
		assertThat(jdbc.sql("SELECT count(*) FROM data_value WHERE indicator_code = 'GENDER_TRAINED' AND period = '2026Q4' AND territory_id = (SELECT id FROM territory WHERE code = 'MA-ESM-01')")
			.query(Long.class).single()).isEqualTo(2);
	}
}
