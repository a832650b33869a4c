package org.sawa.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.disclosure.Cell;
import org.sawa.disclosure.PublishedCounts;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public dashboard filtered by a dimension: the group's figures, the indicators
 * apart, bad choices.
 */
@SawaTest
class DashboardFilterHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	Territories territories;

	@Autowired
	Indicators indicators;

	@Autowired
	IndicatorFigures figures;

	@Autowired
	PublishedCounts published;

	@Test
	void a_filter_shows_the_groups_figures_and_lists_the_indicators_not_broken_down_by_it() {
		long region = territories.byCode("MA-05").orElseThrow().id();
		Indicator members = indicators.byCode("ASSOC_MEMBERS_TRAINED").orElseThrow();
		BigDecimal womenFocus = figures.totals(members, region, Map.of("assoc_focus", "women")).get(2025);
		BigDecimal everyone = figures.totals(members, region, Map.of()).get(2025);
		assertThat(womenFocus).isLessThan(everyone);
		// what the public sees of each: the figure of its own cell, the filter included
		Cell all2025 = new Cell("indicator/ASSOC_MEMBERS_TRAINED", "MA-05", "2025", Map.of());
		long everyoneShown = published.shown(all2025, everyone.longValue());
		long womenFocusShown = published.shown(all2025.with("assoc_focus", "women"), womenFocus.longValue());

		Browser visitor = new Browser(port).acceptLanguage("fr");
		String all = visitor.get("/territories/MA-05/indicators?year=2025").body();
		assertThat(all).contains("<p class=\"big\">" + everyoneShown + "</p>", "id=\"filter-assoc_focus\"",
				"id=\"filter-age_band\"");

		String filtered = visitor.get("/territories/MA-05/indicators?year=2025&assoc_focus=women").body();
		assertThat(filtered).contains("<p class=\"big\">" + womenFocusShown + "</p>",
				"Public cible de l’association = Femmes", "Indicateurs non ventilés selon ce choix",
				// the links down and to the indicator keep the group
				"/territories/MA-BEM/indicators?year=2025&amp;assoc_focus=women",
				"/territories/MA-05/indicators/ASSOC_MEMBERS_TRAINED?year=2025&amp;assoc_focus=women",
				"data.csv?territory=MA-05&amp;by=sex&amp;assoc_focus=women");
		// councillors are not broken down by the associations' target group: no tile,
		// listed apart
		assertThat(filtered.substring(filtered.indexOf("id=\"apart-heading\"")))
			.contains("Élus des conseils communaux");
		assertThat(filtered.substring(0, filtered.indexOf("id=\"apart-heading\"")))
			.doesNotContain("<h3>Élus des conseils communaux");

		var bad = visitor.get("/territories/MA-05/indicators?year=abc&assoc_focus=aliens");
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("role=\"alert\"");
	}

}
