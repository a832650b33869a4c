package org.sawa.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.account.Role;
import org.sawa.support.Browser;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.sawa.support.TaggedPdf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A published budget as open data and on paper: the file exported imports back unchanged
 * for its staff, the public's copy hides beneficiaries under five, the lines and their
 * Fiscal Data Package describe each other, the API gives the totals and the gender share,
 * the leaflet is a tagged PDF in Arabic and French; the budget words are written by
 * national administrators.
 */
@SawaTest
class BudgetDataHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	Budgets budgets;

	@Autowired
	BudgetFiles files;

	@Autowired
	ObjectMapper json;

	@Autowired
	org.sawa.territory.Territories territories;

	/**
	 * The budget of a commune for a year, imported and published by a new staff member.
	 */
	private long published(String commune, int year, long staff) {
		files.importFile(new BudgetFiles.About(commune, year, "fr", "Budget de test"),
				BudgetImportHttpTest.BUDGET.getBytes(StandardCharsets.UTF_8), staff);
		long id = budgets.find(territories.byCode(commune).orElseThrow().id(), year).orElseThrow().id();
		budgets.publish(id, true, staff);
		return id;
	}

	private long staff() {
		return people.withRole(people.address("budget.data"), Role.STAFF, "MA-05");
	}

	@Test
	void the_file_exported_imports_back_unchanged_and_the_public_copy_hides_small_counts() {
		long staffId = staff();
		long id = published("MA-BEM-02", 2024, staffId);
		String email = people.address("budget.data.staff");
		people.withRole(email, Role.STAFF, "MA-BEM-02");
		Browser staff = new Browser(port);
		staff.signIn(email, People.PASSWORD);
		byte[] exported = staff.download("/budgets/MA-BEM-02/2024/budget.csv").body();
		assertThat(new String(exported, StandardCharsets.UTF_8)).contains(",120,3,");
		var report = files.importFile(new BudgetFiles.About("MA-BEM-02", 2024, "fr", "Budget de test"), exported,
				staffId);
		assertThat(report.applied()).isTrue();
		assertThat(report.unchanged()).isEqualTo(6);
		assertThat(report.inserted() + report.updated()).isZero();

		String public_ = new String(new Browser(port).download("/budgets/MA-BEM-02/2024/budget.csv").body(),
				StandardCharsets.UTF_8);
		String line = public_.lines().filter(l -> l.contains("20.2")).findFirst().orElseThrow();
		assertThat(line).as("three men are never published").endsWith(",,,,");
		assertThat(line).contains(",2,1");
		assertThat(budgets.byId(id)).isPresent();
	}

	@Test
	void the_lines_and_their_fiscal_data_package_describe_each_other() throws Exception {
		published("MA-BEM-04", 2024, staff());
		Browser anyone = new Browser(port).accept("application/json");
		JsonNode descriptor = json.readTree(anyone.get("/budgets/MA-BEM-04/2024/datapackage.json").body());
		assertThat(descriptor.get("profile").asString()).isEqualTo("fiscal-data-package");
		assertThat(descriptor.get("name").asString()).matches("^[-a-z0-9._/]+$");
		JsonNode resource = descriptor.get("resources").get(0);
		assertThat(resource.get("path").asString()).isEqualTo("lines.csv");
		List<String> fields = new ArrayList<>();
		resource.get("schema").get("fields").forEach(f -> fields.add(f.get("name").asString()));
		String csv = new String(anyone.download("/budgets/MA-BEM-04/2024/lines.csv").body(), StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", fields));
		assertThat(csv.lines().count()).as("a header and the six lines").isEqualTo(7);
		JsonNode model = descriptor.get("model");
		assertThat(model.get("measures").properties()).extracting(Map.Entry::getKey)
			.containsExactly("voted", "amended", "executed");
		model.get("measures").forEach(m -> {
			assertThat(fields).contains(m.get("source").asString());
			assertThat(m.get("currency").asString()).isEqualTo("MAD");
		});
		model.get("dimensions").forEach(d -> {
			d.get("attributes").forEach(a -> assertThat(fields).contains(a.get("source").asString()));
			d.get("primaryKey").forEach(k -> assertThat(d.get("attributes").has(k.asString())).isTrue());
		});
		assertThat(model.get("dimensions").get("functional-classification").get("classificationType").asString())
			.isEqualTo("functional");

		JsonNode api = json.readTree(anyone.get("/api/v1/budgets/MA-BEM-04/2024").body());
		assertThat(api.get("spending").get("current").decimalValue()).isEqualByComparingTo("9500000");
		assertThat(api.get("revenue").get("executed").decimalValue()).isEqualByComparingTo("8100000");
		assertThat(api.get("spendingByGenderMarker").get("2").get("amount").decimalValue())
			.isEqualByComparingTo("1000000");
		assertThat(api.get("lines")).hasSize(6);
		List<String> listed = new ArrayList<>();
		json.readTree(anyone.get("/api/v1/budgets").body()).forEach(b -> listed.add(b.get("territory").asString()));
		assertThat(listed).contains("MA-BEM-04");
	}

	@Test
	void the_leaflet_is_a_tagged_pdf_in_arabic_and_in_french() throws Exception {
		published("MA-BEM-06", 2024, staff());
		Browser anyone = new Browser(port);
		var arabic = TaggedPdf.read(anyone.download("/budgets/MA-BEM-06/2024/leaflet-ar.pdf").body(), "ar");
		assertThat(arabic.text()).contains("ميزانية", "بئر الدوار");
		var french = TaggedPdf.read(anyone.download("/budgets/MA-BEM-06/2024/leaflet-fr.pdf").body(), "fr");
		assertThat(french.text()).contains("Le budget 2024 de", "Subventions aux coopératives de femmes",
				"Marqueur genre");
		assertThat(anyone.download("/budgets/MA-BEM-06/2024/leaflet-de.pdf").statusCode()).isEqualTo(404);
	}

	@Test
	void national_administrators_write_the_budget_words_every_citizen_budget_explains() {
		published("MA-BEM-08", 2024, staff());
		String email = people.address("budget.admin");
		people.withRole(email, Role.ADMIN, "MA");
		Browser admin = new Browser(port).acceptLanguage("fr");
		admin.signIn(email, People.PASSWORD);
		var refused = admin.submit("/admin/budget-glossary", "/admin/budget-glossary",
				Map.of("code", "deficit", "word_fr", "Déficit", "meaning_fr", "x"));
		assertThat(refused.body()).contains("id=\"meaning_fr-error\"", "id=\"word_ar-error\"");
		var saved = admin.submit("/admin/budget-glossary", "/admin/budget-glossary",
				Map.of("code", "deficit", "position", "200", "word_ar", "العجز", "meaning_ar",
						"حين تكون النفقات أكبر من المداخيل.", "word_fr", "Déficit", "meaning_fr",
						"Quand les dépenses dépassent les recettes."));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(new Browser(port).acceptLanguage("fr").get("/budgets/MA-BEM-08/2024").body()).contains("Déficit",
				"Quand les dépenses dépassent les recettes.");
		assertThat(new Browser(port).acceptLanguage("en").get("/budgets/MA-BEM-08/2024").body())
			.as("no English word yet: French, marked as such")
			.contains("lang=\"fr\" dir=\"ltr\">Déficit");
		String staffEmail = people.address("budget.notadmin");
		people.withRole(staffEmail, Role.ADMIN, "MA-05");
		Browser regional = new Browser(port).acceptLanguage("fr");
		regional.signIn(staffEmail, People.PASSWORD);
		assertThat(regional.get("/admin/budget-glossary").body()).contains("écrits par les administrateurs nationaux")
			.doesNotContain("id=\"term-form\"");
	}

}
