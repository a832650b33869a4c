package org.sawa.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.account.Role;
import org.sawa.support.Browser;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A commune's budget imported by its staff: checked whole (codes, amounts, chapter
 * totals) with every problem at its line and column and nothing written, the same budget
 * again changing nothing, unseen by the public until published, then read by the public
 * with its gender share.
 */
@SawaTest
class BudgetImportHttpTest {

	static final String HEADER = "direction,section,chapter,article,programme,function,nature,label_ar,label_fr,"
			+ "label_en,label_zgh,voted,amended,executed,gender_marker,beneficiaries_female,beneficiaries_male,"
			+ "beneficiaries_0_14,beneficiaries_15_34,beneficiaries_35_plus\n";

	/** A small commune budget: 9 M DH in, 9.5 M DH out after an amended investment. */
	static final String BUDGET = HEADER
			+ """
					revenue,operating,10,,,,,موارد التسيير,Ressources de fonctionnement,,,9000000.00,,8100000.00,,,,,,
					revenue,operating,10,10.1,,,state_transfer,حصة الضريبة على القيمة المضافة,Part de la TVA,,,7000000.00,,6500000.00,,,,,,
					revenue,operating,10,10.2,,,own_tax,,Taxes communales,,,2000000.00,,1600000.00,,,,,,
					expenditure,operating,20,,,,,,Fonctionnement,,,5000000.00,,4000000.00,,,,,,
					expenditure,operating,20,20.1,,01,staff,,Salaires du personnel,,,4000000.00,,3500000.00,0,,,,,
					expenditure,operating,20,20.2,P2,10,transfers,,Subventions aux coopératives de femmes,,,1000000.00,,500000.00,2,120,3,,,
					expenditure,investment,30,,,,,,Équipement,,,4000000.00,4500000.00,1000000.00,,,,,,
					expenditure,investment,30,30.1,P3,06,works,بئر الدوار,Puits du douar,,,3000000.00,3500000.00,1000000.00,1,400,380,200,300,280
					expenditure,investment,30,30.2,P4,04,works,,Piste rurale,,,1000000,,0,0,,,,,
					""";

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	Budgets budgets;

	private Browser staff(String region) {
		String email = people.address("budget.staff");
		people.withRole(email, Role.STAFF, region);
		Browser browser = new Browser(port).acceptLanguage("fr");
		browser.signIn(email, People.PASSWORD);
		return browser;
	}

	private static Map<String, String> about(String commune, String year) {
		return Map.of("territory", commune, "year", year, "language", "fr", "source",
				"Budget voté par le conseil le 20 octobre (chiffres de test)");
	}

	private static java.net.http.HttpResponse<String> upload(Browser browser, Map<String, String> about, String file) {
		return browser.upload("/budgets/manage", "/budgets/manage/import", about, "file", "budget.csv",
				file == null ? null : file.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void staff_import_a_budget_the_public_reads_once_published_and_the_same_file_changes_nothing() {
		Browser staff = staff("MA-05");
		assertThat(upload(staff, about("MA-BEM-03", "2024"), BUDGET).body())
			.contains("Import terminé : 9 lignes lues, 6 ajoutées, 0 modifiées, 0 inchangées.");
		Browser anyone = new Browser(port).acceptLanguage("fr");
		assertThat(anyone.get("/budgets/MA-BEM-03/2024").statusCode()).as("a draft is not public").isEqualTo(404);
		assertThat(anyone.get("/budgets/MA-BEM-03/2024/budget.csv").statusCode()).isEqualTo(404);
		assertThat(staff.get("/budgets/MA-BEM-03/2024").body()).contains("Pas encore publié");

		// the same budget, written differently (amounts without decimals, semicolons),
		// changes nothing
		String rewritten = BUDGET.replace(",", ";").replace("9000000.00", "9000000").replace("7000000.00", "7000000,0");
		assertThat(upload(staff, about("MA-BEM-03", "2024"), rewritten).body())
			.contains("Import terminé : 9 lignes lues, 0 ajoutées, 0 modifiées, 6 inchangées.");

		long id = budgets.find(territory("MA-BEM-03"), 2024).orElseThrow().id();
		staff.submit("/budgets/manage", "/budgets/manage/" + id + "/publish", Map.of("published", "true"));
		String page = anyone.get("/budgets/MA-BEM-03/2024").body();
		assertThat(page).contains("Le budget 2024 de", "9,5 M DH", "9,0 M DH", "Subventions aux coopératives de femmes",
				"2 : l’égalité est l’objectif principal", "Budget voté par le conseil le 20 octobre");
		assertThat(page).as("1 M DH of 9.5 mainly for equality").contains("10,5");
		assertThat(page).as("the 3 men reached are not shown").contains("&lt;5");
		assertThat(page).doesNotContain("Pas encore publié");

		// in Arabic, the lines written only in French say so, in their own language
		String arabic = new Browser(port).acceptLanguage("ar").get("/budgets/MA-BEM-03/2024").body();
		assertThat(arabic).contains("بئر الدوار", "lang=\"fr\" dir=\"ltr\">Piste rurale", "dir=\"rtl\"");
	}

	@Test
	void a_file_with_mistakes_is_refused_whole_with_each_reason_at_its_line_and_column() {
		Browser staff = staff("MA-05");
		upload(staff, about("MA-BEM-05", "2024"), BUDGET);
		String wrong = HEADER + """
				revenue,operating,10,,,,,,Ressources,,,9000000.00,,,,,,,,
				revenue,operating,10,10.1,,,state_transfer,,Part de la TVA,,,-7000000.00,,,,,,,,
				revenue,operating,10,10.2,,,own_tax,,Taxes,,,2000000.00,,,1,,,,,
				expenditure,operating,20,,,,,,Fonctionnement,,,5000000.00,,,,,,,,
				expenditure,operating,20,20.1,,99,staff,,Salaires,,,4000000.00,,,0,,,,,
				expenditure,operating,20,20.2,,10,transfers,,Subventions,,,1500000.00,,,3,,,,,
				expenditure,investment,40,40.1,,06,works,,Puits,,,1000000.00,,,1,,,,,
				""";
		String refused = upload(staff, about("MA-BEM-05", "2024"), wrong).body();
		assertThat(refused).contains("Rien n’a été enregistré");
		assertThat(refused)
			.contains("<td>3</td><td>voted</td><td>Un montant ne peut pas être négatif : « -7000000.00 ».</td>");
		assertThat(refused).contains("<td>4</td><td>gender_marker</td><td>Laissez vide sur une ligne de recette");
		assertThat(refused).contains("<td>6</td><td>function</td><td>Code inconnu « 99 »");
		assertThat(refused)
			.contains("<td>7</td><td>gender_marker</td><td>Le marqueur genre vaut 0, 1 ou 2, pas « 3 ».</td>");
		assertThat(refused).contains("<td>8</td><td>chapter</td><td>Aucune ligne ne déclare le chapitre « 40 »");

		// the totals are checked once every line reads well
		String unbalanced = BUDGET.replace("Subventions aux coopératives de femmes,,,1000000.00",
				"Subventions aux coopératives de femmes,,,1500000.00");
		assertThat(upload(staff, about("MA-BEM-05", "2024"), unbalanced).body()).contains(
				"<td>5</td><td>voted</td><td>Le chapitre « 20 » déclare 5000000.00 mais ses articles font 5500000.00.</td>");
		assertThat(budgets.lines(budgets.find(territory("MA-BEM-05"), 2024).orElseThrow().id()))
			.as("the budget imported first is untouched")
			.extracting(BudgetLine::voted)
			.extracting(java.math.BigDecimal::toPlainString)
			.contains("1000000.00")
			.doesNotContain("1500000.00");
	}

	@Test
	void the_form_says_what_is_missing_and_staff_of_another_region_cannot_import_or_read_a_draft() {
		Browser staff = staff("MA-05");
		String page = upload(staff, Map.of("territory", "MA-BEM-03", "year", "", "language", "fr", "source", ""), null)
			.body();
		assertThat(page).contains("id=\"year-error\"", "Écrivez une année entre 2000 et 2100.", "id=\"source-error\"",
				"id=\"file-error\"");
		Browser other = staff("MA-11");
		assertThat(upload(other, about("MA-BEM-07", "2023"), BUDGET).body()).contains("id=\"territory-error\"",
				"Vous ne faites pas partie du personnel de cette collectivité.");
		upload(staff, about("MA-BEM-07", "2023"), BUDGET);
		assertThat(other.get("/budgets/MA-BEM-07/2023").statusCode()).isEqualTo(404);
		assertThat(new Browser(port).get("/budgets/manage").statusCode()).as("signed in only").isNotEqualTo(200);
	}

	@Autowired
	org.sawa.territory.Territories territories;

	private long territory(String code) {
		return territories.byCode(code).orElseThrow().id();
	}

}
