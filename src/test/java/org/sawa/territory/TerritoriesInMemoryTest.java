package org.sawa.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sawa.support.Owner;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The territories are read from memory (ADR 0036) and a change made anywhere, even by
 * hand in the database, reaches the pages within moments: the table's trigger announces
 * it and the node drops its copy.
 */
@SawaTest
class TerritoriesInMemoryTest {

	@Autowired
	Territories territories;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Owner owner;

	@Test
	void territories_come_from_memory_and_a_change_in_the_database_reaches_the_pages() throws Exception {
		// the same object twice: no read of the database
		assertThat(territories.byCode("MA-BEM-07").orElseThrow())
			.isSameAs(territories.byCode("MA-BEM-07").orElseThrow());
		assertThat(territories.children(territories.byCode("MA-05").orElseThrow().id())).extracting(Territory::code)
			.contains("MA-BEM", "MA-AZI");

		String name = territories.byCode("MA-BEM-07").orElseThrow().name(java.util.Locale.FRENCH);
		try {
			owner.jdbc().sql("UPDATE territory SET name_fr = 'Naour (nom corrigé)' WHERE code = 'MA-BEM-07'").update();
			String page = "";
			for (int attempt = 0; attempt < 50 && !page.contains("Naour (nom corrigé)"); attempt++) {
				Thread.sleep(100);
				page = mvc.get().uri("/territories/MA-BEM-07?lang=fr").exchange().getResponse().getContentAsString();
			}
			assertThat(page).contains("Naour (nom corrigé)");
			assertThat(territories.byCode("MA-BEM-07").orElseThrow().name(java.util.Locale.FRENCH))
				.isEqualTo("Naour (nom corrigé)");
		}
		finally {
			owner.jdbc()
				.sql("UPDATE territory SET name_fr = :name WHERE code = 'MA-BEM-07'")
				.param("name", name)
				.update();
		}
	}

	@Test
	void a_regions_population_is_summed_once_and_again_when_a_figure_changes() throws Exception {
		long region = territories.byCode("MA-05").orElseThrow().id();
		Population before = territories.population(region, 2024);
		assertThat(territories.population(region, 2024)).as("summed once: the same object").isSameAs(before);
		long commune = territories.byCode("MA-BEM-07").orElseThrow().id();
		String cell = "territory_id = :t AND year = 2024 AND sex = 'female' AND age_band = '25-34' AND area = 'rural'";
		try {
			owner.jdbc().sql("UPDATE population SET count = count + 1000 WHERE " + cell).param("t", commune).update();
			long total = before.total();
			for (int attempt = 0; attempt < 50 && total == before.total(); attempt++) {
				Thread.sleep(100);
				total = territories.population(region, 2024).total();
			}
			assertThat(total).isEqualTo(before.total() + 1000);
		}
		finally {
			owner.jdbc().sql("UPDATE population SET count = count - 1000 WHERE " + cell).param("t", commune).update();
		}
	}

	@Test
	void the_years_with_figures_are_read_once_and_again_when_a_year_is_added() throws Exception {
		long region = territories.byCode("MA-05").orElseThrow().id();
		List<Integer> before = territories.populationYears(region);
		assertThat(territories.populationYears(region)).as("read once: the same object").isSameAs(before);
		long commune = territories.byCode("MA-BEM-07").orElseThrow().id();
		try {
			owner.jdbc()
				.sql("INSERT INTO population (territory_id, year, sex, age_band, area, count, source)"
						+ " VALUES (:t, 2031, 'female', '25-34', 'rural', 10, 'test')")
				.param("t", commune)
				.update();
			List<Integer> years = before;
			for (int attempt = 0; attempt < 50 && !years.contains(2031); attempt++) {
				Thread.sleep(100);
				years = territories.populationYears(region);
			}
			assertThat(years).first().isEqualTo(2031);
		}
		finally {
			owner.jdbc()
				.sql("DELETE FROM population WHERE territory_id = :t AND year = 2031")
				.param("t", commune)
				.update();
		}
	}

}
