package org.sawa.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sawa.indicator.Names.names;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.indicator.internal.Rollups;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SawaTest
class IndicatorFiguresTest {

	@Autowired
	Indicators indicators;

	@Autowired
	IndicatorFigures figures;

	@Autowired
	DataValueImporter importer;

	@Autowired
	Territories territories;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Rollups rollups;

	@LocalServerPort
	int port;

	private void load(String csv) {
		assertThat(importer.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test").applied())
			.isTrue();
	}

	private List<Long> subtree(String code) {
		return territories.subtree(territories.byCode(code).orElseThrow().id());
	}

	private long id(String code) {
		return territories.byCode(code).orElseThrow().id();
	}

	@Test
	void a_stock_takes_the_latest_period_of_the_year_and_sums_across_territories() {
		Indicator councillors = indicators.byCode("COUNCILLORS").orElseThrow();
		BigDecimal raw = jdbc
			.sql("SELECT sum(value) FROM data_value WHERE indicator_code = 'COUNCILLORS' AND period = '2024' "
					+ "AND territory_id IN (:t)")
			.param("t", subtree("MA-BEM"))
			.query(BigDecimal.class)
			.single();
		assertThat(figures.total(councillors, id("MA-BEM"), 2024)).isEqualByComparingTo(raw).isPositive();
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
		assertThat(figures.total(visits, id("MA-KHN"), 2025)).isEqualByComparingTo("29");
		assertThat(figures.byOption(visits, id("MA-KHN"), 2025, "sex")).containsEntry("female", new BigDecimal("22"))
			.containsEntry("male", new BigDecimal("7"));
		assertThat(figures.years(visits, id("MA-KHN"))).containsExactly(2025, 2026);
	}

	@Test
	void a_ratio_is_the_aggregated_numerator_over_the_aggregated_denominator_not_an_average_of_rates() {
		indicators.define(new Indicator("T.PASSED", names("Passed"), Map.of(), "count", "sum", null, null, "higher",
				null, "", "", List.of()), "test");
		indicators.define(new Indicator("T.SAT", names("Sat"), Map.of(), "count", "sum", null, null, "higher", null, "",
				"", List.of()), "test");
		indicators.define(new Indicator("T.PASS_RATE", names("Pass rate"), Map.of(), "percent", "ratio", "T.PASSED",
				"T.SAT", "higher", null, "", "", List.of()), "test");
		load("""
				indicator,territory_code,period,value
				T.PASSED,MA-FQH-01,2025,1
				T.SAT,MA-FQH-01,2025,10
				T.PASSED,MA-FQH-02,2025,45
				T.SAT,MA-FQH-02,2025,50
				""");
		// 10 % and 90 % in the two communes: 46 of 60 passed in the province, 76.67 %,
		// not 50 %
		BigDecimal rate = figures.total(indicators.byCode("T.PASS_RATE").orElseThrow(), id("MA-FQH"), 2025);
		assertThat(rate).isEqualByComparingTo("76.6667");
	}

	@Test
	void a_stock_counts_each_communes_latest_period_even_when_communes_report_at_different_times() {
		indicators.define(new Indicator("T.MEMBERS", names("Members"), Map.of(), "count", "last", null, null, "higher",
				null, "", "", List.of("sex")), "test");
		load("""
				indicator,territory_code,period,sex,value
				T.MEMBERS,MA-KHO-01,2025Q1,female,10
				T.MEMBERS,MA-KHO-01,2025Q3,female,12
				T.MEMBERS,MA-KHO-02,2025Q2,female,5
				T.MEMBERS,MA-KHO-02,2025Q2,male,6
				""");
		Indicator members = indicators.byCode("T.MEMBERS").orElseThrow();
		// 12 (commune 1 in Q3) + 5 + 6 (commune 2 in Q2), not 12 alone, nor 10 + 12 + 5 +
		// 6
		assertThat(figures.total(members, id("MA-KHO"), 2025)).isEqualByComparingTo("23");
		assertThat(figures.total(members, id("MA-05"), 2025)).isEqualByComparingTo("23");
		assertThat(figures.total(members, id("MA-KHO-01"), 2025)).isEqualByComparingTo("12");
	}

	@Test
	void figures_break_down_by_two_dimensions_with_a_filter_including_an_officer_defined_dimension() {
		jdbc.sql(
				"INSERT INTO dimension (code, name_ar, name_fr, name_en, name_zgh) VALUES ('t_status', 's', 's', 's', 's') "
						+ "ON CONFLICT DO NOTHING")
			.update();
		jdbc.sql("""
				INSERT INTO dimension_option (dimension_code, code, position, name_ar, name_fr, name_en, name_zgh)
				VALUES ('t_status', 'migrant', 1, 'm', 'm', 'm', 'm'), ('t_status', 'not_stated', 9, 'n', 'n', 'n', 'n')
				ON CONFLICT DO NOTHING""").update();
		indicators.define(new Indicator("T.CLIENTS", names("Clients"), Map.of(), "count", "sum", null, null, "higher",
				null, "", "", List.of("area", "sex", "t_status")), "test");
		load("""
				indicator,territory_code,period,sex,area,t_status,value
				T.CLIENTS,MA-AZI-01,202503,female,rural,migrant,7
				T.CLIENTS,MA-AZI-01,202504,female,rural,migrant,3
				T.CLIENTS,MA-AZI-01,202504,male,rural,not_stated,20
				T.CLIENTS,MA-AZI-02,202504,female,urban,not_stated,11
				T.CLIENTS,MA-AZI-02,202604,female,urban,not_stated,100
				""");
		Indicator clients = indicators.byCode("T.CLIENTS").orElseThrow();
		Map<IndicatorFigures.Key, BigDecimal> bySexAndArea = figures.values(clients, List.of(id("MA-AZI")),
				List.of(2025), List.of("sex", "area"), Map.of());
		assertThat(bySexAndArea).hasSize(3)
			.containsEntry(new IndicatorFigures.Key(id("MA-AZI"), 2025, List.of("female", "rural")),
					new BigDecimal("10"))
			.containsEntry(new IndicatorFigures.Key(id("MA-AZI"), 2025, List.of("female", "urban")),
					new BigDecimal("11"));
		Map<IndicatorFigures.Key, BigDecimal> migrantsBySex = figures.values(clients, List.of(id("MA-AZI")),
				List.of(2025), List.of("sex"), Map.of("t_status", "migrant"));
		assertThat(migrantsBySex).containsOnly(
				Map.entry(new IndicatorFigures.Key(id("MA-AZI"), 2025, List.of("female")), new BigDecimal("10")));
		assertThat(figures.values(clients, List.of(id("MA-AZI")), null, List.of("t_status"), Map.of("area", "urban")))
			.containsOnly(
					Map.entry(new IndicatorFigures.Key(id("MA-AZI"), 2025, List.of("not_stated")),
							new BigDecimal("11")),
					Map.entry(new IndicatorFigures.Key(id("MA-AZI"), 2026, List.of("not_stated")),
							new BigDecimal("100")));
		assertThat(figures.totals(clients, id("MA-05"), Map.of("sex", "female")))
			.containsExactly(Map.entry(2025, new BigDecimal("21")), Map.entry(2026, new BigDecimal("100")));
	}

	@Test
	void the_rollup_always_adds_up_to_the_raw_values_and_is_rebuilt_from_a_stale_mark() {
		String sql = """
				SELECT sum(value) FROM data_value_rollup
				WHERE indicator_code = 'ELECTED_TRAINED' AND territory_id = :t AND year = 2025""";
		BigDecimal raw = jdbc
			.sql("SELECT sum(value) FROM data_value WHERE indicator_code = 'ELECTED_TRAINED' "
					+ "AND period LIKE '2025%' AND territory_id IN (:t)")
			.param("t", subtree("MA-05"))
			.query(BigDecimal.class)
			.single();
		assertThat(jdbc.sql(sql).param("t", id("MA-05")).query(BigDecimal.class).single()).isEqualByComparingTo(raw)
			.isPositive();
		jdbc.sql("DELETE FROM data_value_rollup WHERE indicator_code = 'ELECTED_TRAINED' AND year = 2025").update();
		jdbc.sql("INSERT INTO data_value_rollup_stale VALUES ('ELECTED_TRAINED', 2025)").update();
		rollups.refreshStale();
		assertThat(jdbc.sql(sql).param("t", id("MA-05")).query(BigDecimal.class).single()).isEqualByComparingTo(raw);
		assertThat(jdbc.sql("SELECT count(*) FROM data_value_rollup_stale").query(Long.class).single()).isZero();
	}

	@Test
	void the_region_dashboard_shows_the_demo_indicators_flags_disparity_and_drills_down() {
		String page = new Browser(port).acceptLanguage("fr").get("/territories/MA-05/indicators").body();
		assertThat(page).contains("Élus des conseils communaux", "Élus formés (2025)", "Associations formées (2025)",
				"Disparité : sous 0,8", "href=\"/territories/MA-AZI/indicators?year=2026\"");
		String province = new Browser(port).acceptLanguage("ar").get("/territories/MA-AZI/indicators?year=2024").body();
		assertThat(province).contains("dir=\"rtl\"", "المؤشرات سنة 2024");
		// each year's trend: women beside men, the values written beside the bars
		assertThat(page).containsPattern("<span class=\"line-key\">Femmes</span>\\s*<svg class=\"hbar\"[^>]*>"
				+ "<rect height=\"8\" class=\"women\" width=\"[0-9.]+\"></rect></svg>\\s*"
				+ "<span class=\"share-value\">[0-9][0-9.]*</span>");
	}

	@Test
	void a_trend_scales_women_and_men_to_the_largest_value_drawn_and_draws_a_hidden_one_as_no_bar() {
		Map<Integer, BigDecimal> totals = new java.util.TreeMap<>(
				Map.of(2024, BigDecimal.valueOf(30), 2025, BigDecimal.valueOf(40)));
		Map<String, BigDecimal> hidden = new java.util.HashMap<>();
		hidden.put("female", null);
		hidden.put("male", BigDecimal.valueOf(20));
		List<IndicatorTile.YearBar> bars = IndicatorTile.bars(totals,
				Map.of(2024, hidden, 2025, Map.of("female", BigDecimal.valueOf(15), "male", BigDecimal.valueOf(25))));
		assertThat(bars).extracting(IndicatorTile.YearBar::year).containsExactly(2024, 2025);
		assertThat(bars.get(1).menBar()).isEqualTo(100.0);
		assertThat(bars.get(1).womenBar()).isEqualTo(60.0);
		assertThat(bars.get(0).womenBar()).as("hidden: no bar").isZero();
		assertThat(bars.get(0).women()).isNull();
		assertThat(bars.get(0).menBar()).isEqualTo(80.0);
		assertThat(IndicatorTile.bars(totals, null).get(1).bar()).as("totals alone").isEqualTo(100.0);
	}

	/**
	 * A dashboard reads each indicator once, by year and sex, and adds its totals up: the
	 * figures it shows are the ones the separate readings give, for every indicator of
	 * the demo (sums, stocks, ratios; with and without sex), with and without a filter.
	 */
	@Test
	void a_dashboards_totals_read_with_the_values_by_sex_are_the_separate_totals() {
		int checked = 0;
		for (String code : List.of("MA-05", "MA-BEM", "MA-BEM-07")) {
			for (Indicator indicator : indicators.all()) {
				for (Map<String, String> filters : List.of(Map.<String, String>of(), Map.of("area", "rural"))) {
					IndicatorFigures.Yearly yearly = figures.yearly(indicator, id(code), filters);
					String what = code + " " + indicator.code() + " " + filters;
					assertThat(plain(yearly.totals())).as(what)
						.isEqualTo(plain(figures.totals(indicator, id(code), filters)));
					if (indicator.dimensions().contains("sex")) {
						assertThat(yearly.bySex()).as(what)
							.isEqualTo(figures.totalsBySex(indicator, id(code), filters));
					}
					checked += yearly.totals().size();
				}
			}
		}
		assertThat(checked).as("figures compared").isGreaterThan(20);
		Map<String, Map<Integer, BigDecimal>> targets = figures
			.targets(indicators.all().stream().map(Indicator::code).toList());
		jdbc.sql("SELECT indicator_code, year FROM indicator_target").query((rs, row) -> {
			assertThat(targets.get(rs.getString(1)).get(rs.getInt(2)))
				.isEqualByComparingTo(figures.target(rs.getString(1), rs.getInt(2)));
			return row;
		}).list();
	}

	private static Map<Integer, String> plain(Map<Integer, BigDecimal> values) {
		Map<Integer, String> plain = new java.util.TreeMap<>();
		values.forEach((year, value) -> plain.put(year, value.stripTrailingZeros().toPlainString()));
		return plain;
	}

}
