package org.sawa.lens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Who takes part" shows pictures first: who is left out, in words, with each group's
 * share of participants against its share of residents; the tables are one tap away.
 */
@SawaTest
class WhoTakesPartHttpTest {

	@LocalServerPort
	int port;

	@Test
	void the_region_page_says_who_is_left_out_before_any_table() {
		Browser visitor = new Browser(port).acceptLanguage("fr");
		String overview = visitor.get("/territories/MA-05/who-takes-part").body();
		// every channel in one table, each flagging who is missing and leading to its
		// figures; the demo's council sessions: women speak far less than their share
		int row = overview.indexOf("<tr id=\"channel-council-intervention\"");
		assertThat(row).isPositive();
		String councilRow = overview.substring(row, overview.indexOf("</tr>", row));
		assertThat(councilRow).contains("href=\"/territories/MA-05/who-takes-part/council.intervention\"",
				"Interventions en session du conseil", "Femmes</strong>");
		assertThat(overview).doesNotContain("<figure", "<details class=\"figures\"")
			.contains("À propos de ces chiffres");

		String page = visitor.get("/territories/MA-05/who-takes-part/council.intervention").body();
		int council = page.indexOf("id=\"channel-council-intervention\"");
		assertThat(council).isPositive();
		String channel = page.substring(council, page.indexOf("</section>", council));
		assertThat(channel).contains("Qui manque");
		Matcher gap = Pattern
			.compile("Femmes</strong>:\\s*([0-9]+,[0-9]) %? ?\\S* des participants qui l’ont indiqué, "
					+ "([0-9]+,[0-9])\\s?% des habitants de 15 ans et plus")
			.matcher(channel.replace('\u00A0', ' ').replace('\u202F', ' '));
		assertThat(gap.find()).as(channel).isTrue();
		double women = Double.parseDouble(gap.group(1).replace(',', '.'));
		double residents = Double.parseDouble(gap.group(2).replace(',', '.'));
		assertThat(women).isLessThan(residents * 0.8);
		// a chart per dimension before its table, which waits behind a summary
		assertThat(channel.indexOf("<figure class=\"shares\""))
			.isLessThan(channel.indexOf("<details class=\"figures\">"));
		assertThat(channel).contains("<svg class=\"hbar\"", "class=\"participants\"", "class=\"population\"",
				"Les chiffres par sexe, en tableau");
		// shares carry their sign: no bare ratio such as 0,17 in a share cell
		assertThat(channel).doesNotContainPattern("<td class=\"num\">0,[0-9]+</td>");
		assertThat(page).contains("href=\"/territories/MA-05/who-takes-part\"", "À propos de ces chiffres");
		assertThat(visitor.get("/territories/MA-05/who-takes-part/no.such.channel").statusCode()).isEqualTo(404);
	}

}
