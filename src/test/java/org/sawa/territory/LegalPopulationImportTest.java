package org.sawa.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sawa.imports.ImportReport;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The legal population of a collectivity is imported with its year and source, all or
 * nothing, each problem at its line and column; the same file again changes nothing.
 */
@SawaTest
class LegalPopulationImportTest {

	@Autowired
	LegalPopulationImporter importer;

	@Autowired
	Territories territories;

	private ImportReport load(String csv) {
		return importer.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test");
	}

	@Test
	void a_region_s_legal_population_is_kept_with_its_source_and_bad_rows_write_nothing() {
		long khouribga = territories.byCode("MA-KHO").orElseThrow().id();
		ImportReport refused = load("""
				territory_code,year,inhabitants,source
				MA-KHO,2024,542125,RGPH 2024
				MA-NOWHERE,2024,1000,RGPH 2024
				MA-KHO,2024,0,RGPH 2024
				""");
		assertThat(refused.applied()).isFalse();
		assertThat(refused.problems()).extracting(p -> p.line() + ":" + p.column())
			.contains("3:territory_code", "4:inhabitants", "4:territory_code");
		assertThat(territories.legalPopulation(khouribga)).isEmpty();

		String good = """
				territory_code,year,inhabitants,source
				MA-KHO,2024,542125,RGPH 2024 (HCP)
				""";
		assertThat(load(good).applied()).isTrue();
		assertThat(territories.legalPopulation(khouribga))
			.contains(new LegalPopulation(2024, 542125, "RGPH 2024 (HCP)"));
		ImportReport again = load(good);
		assertThat(again.applied()).isTrue();
		assertThat(again.unchanged()).isEqualTo(1);
		// the demo's region, from its own file
		assertThat(territories.legalPopulation(territories.byCode("MA-05").orElseThrow().id()))
			.hasValueSatisfying(p -> assertThat(p.inhabitants()).isEqualTo(2_525_801));
	}

}
