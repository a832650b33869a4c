package org.sawa.inclusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SawaTest
class IndicatorFiguresTest {

	@Autowired Indicators indicators;
	@Autowired IndicatorFigures figures;
	@Autowired DataValueImporter importer;
	@Autowired Territories territories;
	@Autowired JdbcClient jdbc;
	@LocalServerPort int port;

	private static Map<String, String> names(String text) {
		return Map.of("ar", text, "fr", text, "en", text, "zgh", text);
	}

	private void load(String csv) {
		assertThat(importer.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test").applied())
			.isTrue();
	}

	private List<Long> subtree(String code) {
		return DashboardController.subtree(territories, territories.byCode(code).orElseThrow());
	}

	@Test
	void a_stock_takes_the_latest_period_of_the_year_and_sums_across_territories() {
		Indicator councillors = indicators.byCode("COUNCILLORS").orElseThrow();
		BigDecimal raw = jdbc.sql("SELECT sum(value) FROM data_value WHERE indicator_code = 'COUNCILLORS' AND period = '2024' "
				+ "AND territory_id IN (:t)").param("t", subtree("MA-BEM")).query(BigDecimal.class).single();
		assertThat(figures.total(councillors, subtree("MA-BEM"), 2024)).isEqualByComparingTo(raw).isPositive();
	}

	@Test
	void a_flow_sums_its_quarters_into_the_year() {
		indicators.define(new Indicator("T.VISITS", names("Visits"), Map.of(), "count", "sum", null, null, "higher",
				null, "", "", List.of("sex")), "test");
		load("""
				indicator,territory_code,period,sex,value
				T.VISITS,MA-KHN-03,2025Q1,female,10
				T.VISITS,MA-KHN-03,2025Q2,female,12
				T.VISITS,MA-KHN-04,2025Q2,male,7
				T.VISITS,MA-KHN-04,2026Q1,male,99
				""");
		Indicator visits = indicators.byCode("T.VISITS").orElseThrow();
		assertThat(figures.total(visits, subtree("MA-KHN"), 2025)).isEqualByComparingTo("29");
		assertThat(figures.byOption(visits, subtree("MA-KHN"), 2025, "sex"))
			.containsEntry("female", new BigDecimal("22")).containsEntry("male", new BigDecimal("7"));
		assertThat(figures.years(visits, subtree("MA-KHN"))).containsExactly(2025, 2026);
	}

	@Test
	void a_ratio_is_the_aggregated_numerator_over_the_aggregated_denominator_not_an_average_of_rates() {
		indicators.define(new Indicator("T.PASSED", names("Passed"), Map.of(), "count", "sum", null, null, "higher",
				null, "", "", List.of()), "test");
		indicators.define(new Indicator("T.SAT", names("Sat"), Map.of(), "count", "sum", null, null, "higher", null,
				"", "", List.of()), "test");
		indicators.define(new Indicator("T.PASS_RATE", names("Pass rate"), Map.of(), "percent", "ratio", "T.PASSED",
				"T.SAT", "higher", null, "", "", List.of()), "test");
		load("""
				indicator,territory_code,period,value
				T.PASSED,MA-FQH-01,2025,1
				T.SAT,MA-FQH-01,2025,10
				T.PASSED,MA-FQH-02,2025,45
				T.SAT,MA-FQH-02,2025,50
				""");
		// 10 % and 90 % in the two communes: 46 of 60 passed in the province, 76.67 %, not 50 %
		BigDecimal rate = figures.total(indicators.byCode("T.PASS_RATE").orElseThrow(), subtree("MA-FQH"), 2025);
		assertThat(rate).isEqualByComparingTo("76.6667");
	}

	@Test
	void the_region_dashboard_shows_the_demo_indicators_flags_disparity_and_drills_down() {
		String page = new Browser(port).acceptLanguage("fr").get("/territories/MA-05/indicators").body();
		assertThat(page).contains("Élus des conseils communaux", "Élus formés (2025)", "Associations formées (2025)",
				"Disparité : sous 0,8", "href=\"/territories/MA-AZI/indicators?year=2026\"");
		String province = new Browser(port).acceptLanguage("ar").get("/territories/MA-AZI/indicators?year=2024").body();
		assertThat(province).contains("dir=\"rtl\"", "المؤشرات سنة 2024");
	}
}
