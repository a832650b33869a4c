package org.sawa.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * A paper signature sheet typed in over plain HTTP (no JavaScript): a sheet with a bad
 * line comes back whole, as typed, with each reason at its line and field and nothing
 * written; the corrected sheet counts.
 */
@SawaTest
class PaperSheetHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	Petitions petitions;

	@Autowired
	Territories territories;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_sheet_with_bad_lines_comes_back_as_typed_with_each_reason_at_its_line_and_a_good_one_counts() {
		long agent = people.resident(people.address("sheet.agent"), "female", 1975, "MA-KHO-02");
		String reference = petitions.draft(new Petitions.Draft(territories.byCode("MA-KHO").orElseThrow().id(),
				"Une maison des femmes rurales dans la province",
				"Les femmes des douars de la province n’ont aucun lieu pour se former, se réunir et vendre leurs "
						+ "produits; nous demandons au conseil d’étudier la création d’une maison des femmes rurales.",
				"Inscrire la création d’une maison des femmes rurales à l’ordre du jour de la prochaine session.", "fr",
				"citizens", null), agent);
		long petition = petitions.byReference(reference).orElseThrow().id();
		petitions.open(petition, agent);
		String staff = people.address("sheet.staff");
		people.withRole(staff, Role.STAFF, "MA-KHO");
		Browser browser = new Browser(port).acceptLanguage("fr");
		browser.signIn(staff, People.PASSWORD);
		String form = "/petitions/" + reference + "/sheets/new";

		Map<String, String> sheet = new LinkedHashMap<>();
		sheet.put("sheet", "3");
		line(sheet, 1, "KH710001", "MA-KHO-04", "female", "1984");
		line(sheet, 2, "KH710002", "MA-KHO-05", "male", "1790");
		line(sheet, 3, "KH710001", "MA-KHO-04", "female", "1984");
		HttpResponse<String> refused = browser.submit(form, form, sheet);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body())
			.contains("La feuille n’est pas enregistrée", "id=\"2-birthYear-error\"",
					"aria-describedby=\"2-birthYear-error\"", "id=\"3-nationalId-error\"", "value=\"1790\"",
					"value=\"KH710002\"")
			.doesNotContain("id=\"1-nationalId-error\"");
		assertThat(signatures(petition)).isZero();

		line(sheet, 2, "KH710002", "MA-KHO-05", "male", "1979");
		sheet.remove("cin.3");
		sheet.remove("commune.3");
		sheet.remove("birth.3");
		HttpResponse<String> entered = browser.submit(form, form, sheet);
		assertThat(entered.statusCode()).isEqualTo(302);
		assertThat(entered.headers().firstValue("Location").orElseThrow()).endsWith("?sheetEntered=2");
		assertThat(signatures(petition)).isEqualTo(2);
	}

	private static void line(Map<String, String> sheet, int line, String cin, String commune, String sex,
			String birth) {
		sheet.put("cin." + line, cin);
		sheet.put("commune." + line, commune);
		sheet.put("sex." + line, sex);
		sheet.put("birth." + line, birth);
	}

	private long signatures(long petition) {
		return jdbc.sql("SELECT count(*) FROM petition_signature WHERE petition_id = :p")
			.param("p", petition)
			.query(Long.class)
			.single();
	}

}
