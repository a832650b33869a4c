package org.sawa.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The entry grid over plain HTTP (no JavaScript): errors at their cell, nothing
 * half-saved, audit.
 */
@SawaTest
class DataEntryHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.sawa.account.Accounts accounts;

	@Autowired
	org.sawa.territory.Territories territories;

	@Autowired
	IndicatorFigures figures;

	@Autowired
	Indicators indicators;

	private static boolean officerCreated;

	/** An officer of the province of Azilal only, created for these tests. */
	@org.junit.jupiter.api.BeforeEach
	void officer() {
		if (!officerCreated) {
			long id = accounts.createConfirmed("azilal.officer@example.ma", "sawa-demo-2026", "Azilal Officer", "fr");
			accounts.grantRole(id, org.sawa.account.Role.PROGRAMME_OFFICER,
					territories.byCode("MA-AZI").orElseThrow().id(), null);
			officerCreated = true;
		}
	}

	private static final String GRID = "/officer/indicators/entry?indicator=ELECTED_TRAINED&territory=MA-AZI-03&period=2026";

	private long stored() {
		return jdbc.sql("""
				SELECT count(*) FROM data_value WHERE indicator_code = 'ELECTED_TRAINED' AND period = '2026'
				AND territory_id = (SELECT id FROM territory WHERE code = 'MA-AZI-03')""").query(Long.class).single();
	}

	private java.math.BigDecimal provinceTotal2026() {
		java.math.BigDecimal total = figures.total(indicators.byCode("ELECTED_TRAINED").orElseThrow(),
				territories.byCode("MA-AZI").orElseThrow().id(), 2026);
		return total == null ? java.math.BigDecimal.ZERO : total;
	}

	@Test
	void a_bad_cell_is_shown_at_its_place_with_what_was_typed_and_nothing_is_saved_then_a_good_grid_is_saved_and_audited() {
		Browser officer = new Browser(port).acceptLanguage("fr");
		officer.signIn("azilal.officer@example.ma", "sawa-demo-2026");
		String page = officer.get(GRID).body();
		assertThat(page).contains("name=\"cell:sex=female\"", "name=\"cell:sex=male\"", "Femmes", "Hommes");

		HttpResponse<String> refused = officer.submit(GRID, "/officer/indicators/entry",
				Map.of("indicator", "ELECTED_TRAINED", "territory", "MA-AZI-03", "period", "2026", "cell:sex=female",
						"3", "cell:sex=male", "2.5", "cell:sex=bogus", "99"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("value=\"2.5\"", "aria-invalid=\"true\"",
				"Un effectif est un nombre entier positif ou nul.", "aria-describedby=\"cell-1-error\"",
				"id=\"cell-1-error\"", "value=\"3\"");
		assertThat(stored()).isZero();

		java.math.BigDecimal provinceBefore = provinceTotal2026();
		HttpResponse<String> saved = officer.submit(GRID, "/officer/indicators/entry",
				Map.of("indicator", "ELECTED_TRAINED", "territory", "MA-AZI-03", "period", "2026", "cell:sex=female",
						"3", "cell:sex=male", "2"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(officer.follow(saved).body()).contains("Les valeurs ont été enregistrées.", "value=\"3\"",
				"<td class=\"num\">5</td>");
		assertThat(stored()).isEqualTo(2);
		assertThat(jdbc.sql(
				"SELECT count(*) FROM audit_entry WHERE action = 'data.entered' AND subject LIKE 'data_value:ELECTED_TRAINED/%/2026/sex=%'")
			.query(Long.class)
			.single()).isEqualTo(2);
		// the province's figure, read from the rollup, moved by exactly what was saved
		assertThat(provinceTotal2026()).isEqualByComparingTo(provinceBefore.add(java.math.BigDecimal.valueOf(5)));
	}

	@Test
	void a_citizen_cannot_open_the_grid_and_an_officer_cannot_enter_outside_their_territories() {
		Browser citizen = new Browser(port);
		citizen.signIn("citizen@sawa.demo", "sawa-demo-2026");
		assertThat(citizen.get(GRID).statusCode()).isEqualTo(403);
		Browser officer = new Browser(port);
		officer.signIn("azilal.officer@example.ma", "sawa-demo-2026");
		assertThat(officer.get("/officer/indicators/entry?indicator=ELECTED_TRAINED&territory=MA-KHN&period=2026")
			.statusCode()).isEqualTo(403);
	}

	@Test
	void a_number_too_large_an_exponent_or_a_year_out_of_range_is_refused_at_its_field() {
		Browser officer = new Browser(port).acceptLanguage("fr");
		officer.signIn("azilal.officer@example.ma", "sawa-demo-2026");
		HttpResponse<String> refused = officer.submit(GRID, "/officer/indicators/entry",
				Map.of("indicator", "ELECTED_TRAINED", "territory", "MA-AZI-03", "period", "2026", "cell:sex=female",
						"100000000000000000000000", "cell:sex=male", "1e309"));
		assertThat(refused.body()).contains("Ce nombre est hors des limites", "Saisissez un nombre, comme 12 ou 3,5.",
				"value=\"100000000000000000000000\"", "value=\"1e309\"");
		assertThat(stored()).isZero();
		for (String period : new String[] { "0000", "9999", "2026Q5" }) {
			assertThat(officer
				.get("/officer/indicators/entry?indicator=ELECTED_TRAINED&territory=MA-AZI-03&period=" + period)
				.body()).as(period).contains("id=\"period-error\"").doesNotContain("name=\"cell:sex=female\"");
		}
	}

}
