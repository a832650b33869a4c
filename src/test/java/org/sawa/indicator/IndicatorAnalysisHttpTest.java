package org.sawa.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.account.Role;
import org.sawa.disclosure.Cell;
import org.sawa.disclosure.PublishedCounts;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@SawaTest
class IndicatorAnalysisHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	PublishedCounts published;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Territories territories;

	@Autowired
	Indicators indicators;

	@Autowired
	DataValueImporter importer;

	private static boolean prepared;

	/**
	 * An officer of the region of Béni Mellal-Khénifra, and an indicator broken down by
	 * area.
	 */
	@BeforeEach
	void prepare() {
		if (prepared) {
			return;
		}
		long id = accounts.createConfirmed("bmk.analyst@example.ma", "sawa-demo-2026", "BMK Analyst", "fr");
		accounts.grantRole(id, Role.PROGRAMME_OFFICER, territories.byCode("MA-05").orElseThrow().id(), null);
		Map<String, String> names = Map.of("ar", "زوار", "fr", "Visiteurs du guichet", "en", "Desk visitors", "zgh",
				"ⵉⵎⵔⵣⴰⵢⵏ");
		indicators.define(new Indicator("T.DESK", names, Map.of(), "count", "sum", null, null, "higher", null, "", "",
				List.of("area", "sex")), "test");
		// Béni Mellal province: 40 urban and 8 rural visitors; rural women are few (3)
		String csv = """
				indicator,territory_code,period,sex,area,value
				T.DESK,MA-BEM-01,2025,female,urban,18
				T.DESK,MA-BEM-01,2025,male,urban,22
				T.DESK,MA-BEM-07,2025,female,rural,3
				T.DESK,MA-BEM-07,2025,male,rural,5
				""";
		assertThat(importer
			.importCsv(new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "test")
			.applied()).isTrue();
		prepared = true;
	}

	private static Map<String, String> csvRows(String csv, String... keyColumns) {
		String[] lines = csv.split("\r\n");
		List<String> header = List.of(lines[0].split(",", -1));
		Map<String, String> values = new HashMap<>();
		for (int i = 1; i < lines.length; i++) {
			String[] cells = lines[i].split(",", -1);
			StringBuilder key = new StringBuilder();
			for (String column : keyColumns) {
				key.append(cells[header.indexOf(column)]).append('|');
			}
			values.put(key.toString(),
					cells[header.indexOf("suppressed")].equals("true") ? "<5" : cells[header.indexOf("value")]);
		}
		return values;
	}

	@Test
	void the_public_sees_each_cell_as_one_perturbed_figure_and_an_officer_of_the_territory_sees_exact_ones() {
		String query = "/api/v1/indicators/T.DESK/data.csv?territory=MA-BEM&year=2025&by=area,sex";
		HttpResponse<String> anonymous = new Browser(port).get(query);
		assertThat(anonymous.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		assertThat(anonymous.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(t -> assertThat(t).contains("T.DESK-MA-BEM.csv"));
		Map<String, String> shown = csvRows(anonymous.body(), "area", "sex");
		// 3 rural women is under 5: never shown as a number
		assertThat(shown).containsEntry("rural|female|", "<5");
		// every other figure is the one function's, for its cell: the exact count moved
		// by
		// at most 2, the same whichever way it is asked
		Cell province = new Cell("indicator/T.DESK", "MA-BEM", "2025", Map.of());
		assertThat(shown)
			.containsEntry("urban|male|",
					String.valueOf(published.shown(province.with("area", "urban").with("sex", "male"), 22)))
			.containsEntry("||", String.valueOf(published.shown(province, 48)));
		Map<String, String> urbanAlone = csvRows(
				new Browser(port).get("/api/v1/indicators/T.DESK/data.csv?territory=MA-BEM&year=2025&by=sex&area=urban")
					.body(),
				"sex");
		assertThat(urbanAlone.get("male|")).isEqualTo(shown.get("urban|male|"));
		assertThat(urbanAlone.get("female|")).isEqualTo(shown.get("urban|female|"));
		// the reproduction: a commune asked alone shows what the province's
		// breakdown by commune shows for it, so no subtraction learns more from one than
		// from the other
		Map<String, String> byCommune = csvRows(
				new Browser(port).get("/api/v1/indicators/T.DESK/data.csv?territory=MA-BEM&year=2025&by=territory")
					.body(),
				"territory_code");
		Map<String, String> communeAlone = csvRows(
				new Browser(port).get("/api/v1/indicators/T.DESK/data.csv?territory=MA-BEM-07&year=2025").body(),
				"territory_code");
		assertThat(communeAlone.get("MA-BEM-07|")).isEqualTo(byCommune.get("MA-BEM-07|"));

		Browser officer = new Browser(port);
		officer.signIn("bmk.analyst@example.ma", "sawa-demo-2026");
		Map<String, String> exact = csvRows(officer.get(query).body(), "area", "sex");
		assertThat(exact).containsEntry("rural|female|", "3")
			.containsEntry("rural|male|", "5")
			.containsEntry("rural||", "8")
			.containsEntry("|female|", "21")
			.containsEntry("||", "48");
		assertThat(exact.values()).doesNotContain("<5");
	}

	@Test
	void the_indicator_page_compares_groups_with_the_population_and_shows_the_rural_urban_gap() {
		String page = new Browser(port).acceptLanguage("fr").get("/territories/MA-BEM/indicators/T.DESK?by=sex").body();
		assertThat(page).contains("Visiteurs du guichet — Province de Béni Mellal", "Par Sexe en 2025",
				"Indice de parité (femmes / hommes)", "Rural / urbain", "pour 10 000 habitants de 15 ans et plus",
				"href=\"/api/v1/indicators/T.DESK/data.csv?territory=MA-BEM&amp;year=2025&amp;by=sex\"");
		// 21 women and 27 men, as published: the parity index of the published figures,
		// under the default threshold of 0,80, written with two decimals
		Cell province = new Cell("indicator/T.DESK", "MA-BEM", "2025", Map.of());
		BigDecimal women = BigDecimal.valueOf(published.shown(province.with("sex", "female"), 21));
		BigDecimal men = BigDecimal.valueOf(published.shown(province.with("sex", "male"), 27));
		String index = women.divide(men, 2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
		assertThat(page).contains("<span>" + index + "</span>", "Disparité : sous 0,80");

		String rural = new Browser(port).acceptLanguage("ar")
			.get("/territories/MA-BEM/indicators/T.DESK?by=sex&area=rural")
			.body();
		assertThat(rural).contains("dir=\"rtl\"", "<option value=\"rural\" selected=\"selected\">");
		// only 3 rural women and 5 rural men: both withheld from the public, so no parity
		// index
		assertThat(rural).contains("غير قابل للحساب");

		String bad = new Browser(port).acceptLanguage("fr")
			.get("/territories/MA-BEM/indicators/T.DESK?by=nope&year=1999")
			.body();
		assertThat(bad).contains("role=\"alert\"");
	}

	@Test
	void a_selection_the_indicator_cannot_answer_is_a_translated_problem() throws Exception {
		HttpResponse<String> badFilter = new Browser(port).acceptLanguage("en")
			.accept("application/json")
			.get("/api/v1/indicators/T.DESK/data?territory=MA-BEM&area=mountain");
		assertThat(badFilter.statusCode()).isEqualTo(400);
		assertThat(new ObjectMapper().readTree(badFilter.body()).get("detail").asText())
			.isEqualTo("This dimension cannot be fixed to that option for this indicator.");
		HttpResponse<String> threeAxes = new Browser(port).accept("application/json")
			.get("/api/v1/indicators/T.DESK/data?territory=MA-BEM&by=sex,area,territory");
		assertThat(threeAxes.statusCode()).isEqualTo(400);
		HttpResponse<String> commune = new Browser(port).accept("application/json")
			.get("/api/v1/indicators/T.DESK/data?territory=MA-BEM-01&by=territory");
		assertThat(commune.statusCode()).isEqualTo(400);
	}

	@Test
	void the_json_extract_by_territory_matches_the_raw_values_exactly_for_an_officer_and_within_two_for_the_public()
			throws Exception {
		String query = "/api/v1/indicators/COUNCILLORS/data?territory=MA-05&year=2024&by=territory&sex=female";
		BigDecimal raw = jdbc
			.sql("""
					SELECT sum(value) FROM data_value WHERE indicator_code = 'COUNCILLORS' AND period = '2024' AND sex = 'female'
					AND territory_id IN (SELECT id FROM territory WHERE path LIKE '/1/2/%')""")
			.query(BigDecimal.class)
			.single();
		Browser officer = new Browser(port).accept("application/json");
		officer.signIn("bmk.analyst@example.ma", "sawa-demo-2026");
		long[] exact = totalAndSum(officer.get(query));
		assertThat(exact[0]).isEqualTo(exact[1]).isEqualTo(raw.longValue()).isPositive();
		long[] published = totalAndSum(new Browser(port).accept("application/json").get(query));
		assertThat(published[0]).isBetween(raw.longValue() - 2, raw.longValue() + 2);
	}

	/** The territory's figure and the sum of its children's, from a JSON extract. */
	private static long[] totalAndSum(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode data = new ObjectMapper().readTree(response.body());
		assertThat(data.get("filters").get("sex").asText()).isEqualTo("female");
		long sum = 0;
		long total = -1;
		for (JsonNode row : data.get("rows")) {
			if (row.get("territory").asText().equals("MA-05")) {
				total = row.get("value").asLong();
			}
			else {
				sum += row.get("value").asLong();
			}
		}
		return new long[] { total, sum };
	}

}
