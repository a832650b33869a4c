package org.sawa.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sawa.account.Role;
import org.sawa.support.Browser;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SawaTest
class IndicatorFormHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	Indicators indicators;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	private static boolean created;

	@BeforeEach
	void officer() {
		if (!created) {
			people.withRole("catalogue.officer@example.ma", Role.PROGRAMME_OFFICER, "MA-11");
			created = true;
		}
	}

	private Browser signedIn() {
		Browser officer = new Browser(port).acceptLanguage("fr");
		officer.signIn("catalogue.officer@example.ma", People.PASSWORD);
		return officer;
	}

	@Test
	void a_bad_definition_is_refused_field_by_field_and_a_good_one_is_saved_with_its_targets() {
		Browser officer = signedIn();
		Map<String, String> bad = new LinkedHashMap<>();
		bad.put("code", "women trained!");
		bad.put("name_fr", "Femmes formées au plaidoyer");
		bad.put("unit", "percent");
		bad.put("aggregation", "sum");
		bad.put("better", "higher");
		bad.put("sdg", "five");
		bad.put("target.2026", "-3");
		HttpResponse<String> refused = officer.submit("/officer/indicators/new", "/officer/indicators/new", bad);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Code invalide", "Ce nom est obligatoire.",
				"Un ratio s’exprime en pourcentage ou en ratio", "Cible ODD invalide",
				"Une cible est un nombre positif", "value=\"Femmes formées au plaidoyer\"", "id=\"name_ar-error\"");
		assertThat(indicators.all()).noneMatch(i -> i.code().startsWith("WOMEN"));

		Map<String, String> good = new LinkedHashMap<>();
		good.put("code", "women_advocacy");
		good.put("name_ar", "نساء مكونات في الترافع");
		good.put("name_fr", "Femmes formées au plaidoyer");
		good.put("definition_fr", "Élues et militantes associatives formées au plaidoyer en conseil.");
		good.put("unit", "count");
		good.put("aggregation", "sum");
		good.put("dimension", "age_band\u0000area");
		good.put("better", "higher");
		good.put("sdg", "5.5.1");
		good.put("source", "AMSSAWASS");
		good.put("target.2026", "40");
		good.put("target.2027", "55,5");
		HttpResponse<String> saved = officer.submit("/officer/indicators/new", "/officer/indicators/new", good);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(officer.follow(saved).body()).contains("L’indicateur WOMEN_ADVOCACY a été enregistré.");
		Indicator indicator = indicators.byCode("WOMEN_ADVOCACY").orElseThrow();
		assertThat(indicator.dimensions()).containsExactly("age_band", "area");
		// English and Tamazight names fall back to French until translated
		assertThat(indicator.names()).containsEntry("en", "Femmes formées au plaidoyer")
			.containsEntry("ar", "نساء مكونات في الترافع");
		assertThat(indicators.targets("WOMEN_ADVOCACY")).containsOnlyKeys(2026, 2027);
		assertThat(indicators.targets("WOMEN_ADVOCACY").get(2027)).isEqualByComparingTo("55.5");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject = 'indicator:WOMEN_ADVOCACY'")
			.query(Long.class)
			.single()).isEqualTo(3);

		// a second definition with the same code is refused
		HttpResponse<String> again = officer.submit("/officer/indicators/new", "/officer/indicators/new", good);
		assertThat(again.body()).contains("Un indicateur porte déjà ce code.");
	}

	@Test
	void once_values_exist_the_meaning_of_an_indicator_cannot_change_but_its_names_and_targets_can() {
		Browser officer = signedIn();
		String form = "/officer/indicators/CSO_TRAINED/edit";
		assertThat(officer.get(form).body()).contains("Cet indicateur a des valeurs", "value=\"Associations formées\"");
		Map<String, String> change = new LinkedHashMap<>();
		change.put("name_ar", "جمعيات مكونة");
		change.put("name_fr", "Associations formées");
		change.put("unit", "count");
		change.put("aggregation", "sum");
		change.put("dimension", "sex");
		change.put("better", "higher");
		HttpResponse<String> refused = officer.submit(form, form, change);
		assertThat(refused.body()).contains("ses dimensions ne peuvent pas changer");
		assertThat(indicators.byCode("CSO_TRAINED").orElseThrow().dimensions()).isEmpty();

		change.remove("dimension");
		change.put("definition_fr", "Associations dont au moins un membre a suivi une formation dans l’année.");
		change.put("target.2025", "20");
		change.put("target.2026", "30");
		assertThat(officer.submit(form, form, change).statusCode()).isEqualTo(302);
		assertThat(indicators.byCode("CSO_TRAINED").orElseThrow().definitions()).containsEntry("fr",
				"Associations dont au moins un membre a suivi une formation dans l’année.");
		assertThat(indicators.targets("CSO_TRAINED")).containsOnlyKeys(2025, 2026);
	}

	@Test
	void a_citizen_cannot_open_the_catalogue() {
		long id = people.person("curious.citizen@example.ma");
		Browser citizen = new Browser(port);
		citizen.signIn("curious.citizen@example.ma", People.PASSWORD);
		assertThat(citizen.get("/officer/indicators/new").statusCode()).isEqualTo(403);
		assertThat(id).isPositive();
	}

}
