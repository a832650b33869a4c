package org.sawa.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A file of many bad rows, imported during the request, is refused with a page of bounded
 * size: the first thousand problems, the count of all, long values cut.
 */
@SawaTest
class ImportCapHttpTest {

	@LocalServerPort
	int port;

	@Test
	void a_file_of_thousands_of_bad_rows_gets_the_first_thousand_problems_and_the_count_of_all() {
		StringBuilder file = new StringBuilder("territory_code,year,sex,age_band,area,population,source\n");
		String longValue = "x".repeat(5000);
		for (int i = 0; i < 5000; i++) {
			file.append("NOWHERE-").append(i).append(longValue).append(",2024,female,0-14,urban,10,census\n");
		}
		Browser admin = new Browser(port).acceptLanguage("fr");
		admin.signIn("admin@sawa.demo", People.PASSWORD);
		HttpResponse<String> refused = admin.upload("/admin/territories/import", "/admin/territories/import",
				Map.of("kind", "population"), "file", "population.csv",
				file.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body())
			.contains("Rien n’a été enregistré : 5.000 problème(s)", "Seuls les 1.000 premiers problèmes sont listés.",
					"NOWHERE-0xxxx")
			.doesNotContain(longValue.substring(0, 200));
		// a 25 MB file of bad rows, a page of a few hundred kilobytes
		assertThat(refused.body().length()).isLessThan(1_000_000);
	}

}
