package org.sawa.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sawa.account.Role;
import org.sawa.support.Browser;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An officer defines a dimension of her own (migrant status), an indicator broken down by
 * it, enters values in the grid and reads them back by that dimension; an option in use
 * cannot go.
 */
@SawaTest
class DimensionFormHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	Territories territories;

	@Autowired
	Dimensions dimensions;

	@Autowired
	Indicators indicators;

	@Autowired
	IndicatorFigures figures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataValueImporter importer;

	@Autowired
	People people;

	private static boolean created;

	@BeforeEach
	void officer() {
		if (!created) {
			people.withRole("dimension.officer@example.ma", Role.PROGRAMME_OFFICER, "MA-11");
			created = true;
		}
	}

	private Browser signedIn() {
		Browser officer = new Browser(port).acceptLanguage("fr");
		officer.signIn("dimension.officer@example.ma", People.PASSWORD);
		return officer;
	}

	@Test
	void an_officer_defines_a_dimension_enters_values_by_it_and_cannot_remove_an_option_in_use() {
		Browser officer = signedIn();
		assertThat(officer.get("/officer/dimensions").body()).contains("Sexe", "Intégrée (fixe)", "Non indiqué");

		Map<String, String> bad = new LinkedHashMap<>();
		bad.put("code", "period");
		bad.put("name_fr", "Statut migratoire");
		bad.put("option.0.code", "migrant");
		bad.put("option.0.name_ar", "مهاجر");
		bad.put("option.0.name_fr", "Migrant");
		bad.put("option.1.code", "Not Stated");
		bad.put("option.1.name_fr", "Autre");
		bad.put("option.2.code", "");
		HttpResponse<String> refused = officer.submit("/officer/dimensions/new", "/officer/dimensions/new", bad);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Code invalide ou réservé", "id=\"name_ar-error\"",
				"id=\"option-1-code-error\"", "id=\"option-1-name_ar-error\"", "href=\"#option-1-name_ar-error\"",
				"value=\"Statut migratoire\"", "value=\"Migrant\"");
		assertThat(dimensions.byCode("period")).isEmpty();

		Map<String, String> good = new LinkedHashMap<>();
		good.put("code", "migrant_status");
		good.put("name_ar", "وضعية الهجرة");
		good.put("name_fr", "Statut migratoire");
		good.put("option.0.code", "migrant");
		good.put("option.0.name_ar", "مهاجر(ة)");
		good.put("option.0.name_fr", "Migrant·e");
		good.put("option.1.code", "national");
		good.put("option.1.name_ar", "مواطن(ة)");
		good.put("option.1.name_fr", "National·e");
		good.put("option.2.code", "");
		HttpResponse<String> saved = officer.submit("/officer/dimensions/new", "/officer/dimensions/new", good);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(officer.follow(saved).body()).contains("Dimension migrant_status enregistrée.");
		Dimension dimension = dimensions.byCode("migrant_status").orElseThrow();
		assertThat(dimension.options()).extracting(Dimension.Option::code)
			.containsExactly("migrant", "national", "not_stated");
		assertThat(dimension.options().get(2).names()).containsEntry("ar", "غير مصرح به");

		// an indicator broken down by sex and by the new dimension
		Map<String, String> indicator = new LinkedHashMap<>();
		indicator.put("code", "MIGRANT_WOMEN_REACHED");
		indicator.put("name_ar", "المستفيدون من الإرشاد");
		indicator.put("name_fr", "Personnes accompagnées");
		indicator.put("unit", "count");
		indicator.put("aggregation", "sum");
		indicator.put("dimension", "sex\u0000migrant_status");
		indicator.put("better", "higher");
		assertThat(officer.submit("/officer/indicators/new", "/officer/indicators/new", indicator).statusCode())
			.isEqualTo(302);

		String grid = "/officer/indicators/entry?indicator=MIGRANT_WOMEN_REACHED&territory=MA-LAA&period=2026";
		String page = officer.get(grid).body();
		assertThat(page).contains("name=\"cell:migrant_status=migrant;sex=female\"", "Migrant·e", "Non indiqué");
		HttpResponse<String> entered = officer.submit(grid, "/officer/indicators/entry",
				Map.of("indicator", "MIGRANT_WOMEN_REACHED", "territory", "MA-LAA", "period", "2026",
						"cell:migrant_status=migrant;sex=female", "12", "cell:migrant_status=migrant;sex=male", "7",
						"cell:migrant_status=national;sex=female", "30"));
		assertThat(entered.statusCode()).isEqualTo(302);
		assertThat(officer.follow(entered).body()).contains("value=\"12\"", "value=\"30\"");
		Indicator reached = indicators.byCode("MIGRANT_WOMEN_REACHED").orElseThrow();
		long region = territories.byCode("MA-11").orElseThrow().id();
		assertThat(figures.byOption(reached, region, 2026, "migrant_status"))
			.containsEntry("migrant", new BigDecimal("19"))
			.containsEntry("national", new BigDecimal("30"));
		// the grid and the importer store a value alike: importing what was typed changes
		// nothing
		String csv = """
				indicator,territory_code,period,sex,migrant_status,value
				MIGRANT_WOMEN_REACHED,MA-LAA,2026,female,migrant,12
				MIGRANT_WOMEN_REACHED,MA-LAA,2026,female,national,30
				""";
		org.sawa.imports.ImportReport again = importer
			.importCsv(new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "test");
		assertThat(again.problems()).isEmpty();
		assertThat(again.unchanged()).isEqualTo(2);
		assertThat(again.inserted() + again.updated()).isZero();

		// removing an option values use is refused at its row; renaming it and adding one
		// is fine
		Map<String, String> edit = new LinkedHashMap<>();
		edit.put("name_ar", "وضعية الهجرة");
		edit.put("name_fr", "Statut migratoire");
		edit.put("option.0.code", "migrant");
		edit.put("option.0.existing", "true");
		edit.put("option.0.remove", "true");
		edit.put("option.0.name_ar", "مهاجر(ة)");
		edit.put("option.0.name_fr", "Migrant·e");
		edit.put("option.1.code", "national");
		edit.put("option.1.existing", "true");
		edit.put("option.1.name_ar", "مواطن(ة)");
		edit.put("option.1.name_fr", "Marocain·e");
		edit.put("option.2.code", "refugee");
		edit.put("option.2.name_ar", "لاجئ(ة)");
		edit.put("option.2.name_fr", "Réfugié·e");
		String form = "/officer/dimensions/migrant_status/edit";
		HttpResponse<String> inUse = officer.submit(form, form, edit);
		assertThat(inUse.statusCode()).isEqualTo(200);
		assertThat(inUse.body())
			.contains("Impossible de supprimer cette modalité : 2 valeurs enregistrées l’utilisent.");
		assertThat(dimensions.byCode("migrant_status").orElseThrow().options()).hasSize(3);

		edit.remove("option.0.remove");
		assertThat(officer.submit(form, form, edit).statusCode()).isEqualTo(302);
		List<Dimension.Option> options = dimensions.byCode("migrant_status").orElseThrow().options();
		assertThat(options).extracting(Dimension.Option::code)
			.containsExactly("migrant", "national", "refugee", "not_stated");
		assertThat(options.get(1).names()).containsEntry("fr", "Marocain·e").containsEntry("en", "Marocain·e");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject = 'dimension:migrant_status'")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void built_in_dimensions_cannot_be_edited() {
		assertThat(signedIn().get("/officer/dimensions/sex/edit").statusCode()).isEqualTo(404);
	}

}
