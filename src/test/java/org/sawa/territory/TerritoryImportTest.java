package org.sawa.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sawa.imports.ImportProblem;
import org.sawa.imports.ImportReport;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;

@SawaTest
class TerritoryImportTest {

	@Autowired
	TerritoryImporter territoryImporter;

	@Autowired
	PopulationImporter populationImporter;

	@Autowired
	Territories territories;

	private static ByteArrayInputStream csv(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void the_demo_hierarchy_and_population_are_loaded_through_the_importers() {
		Territory region = territories.byCode("MA-05").orElseThrow();
		assertThat(territories.children(region.id())).extracting(Territory::code)
			.containsExactlyInAnyOrder("MA-BEM", "MA-AZI", "MA-FQH", "MA-KHN", "MA-KHO");
		for (Territory province : territories.children(region.id())) {
			assertThat(territories.children(province.id())).hasSizeGreaterThanOrEqualTo(8);
		}
		assertThat(region.name(java.util.Locale.forLanguageTag("ar"))).isEqualTo("جهة بني ملال خنيفرة");
		assertThat(region.name(java.util.Locale.forLanguageTag("zgh"))).isEqualTo("ⴰⵢⵜ ⵎⵍⵍⴰⵍ-ⵅⵏⵉⴼⵔⴰ");
	}

	@Test
	void a_province_population_is_the_sum_of_its_communes() {
		Territory province = territories.byCode("MA-BEM").orElseThrow();
		long sumOfCommunes = territories.children(province.id())
			.stream()
			.mapToLong(c -> territories.population(c.id(), 2024).total())
			.sum();
		Population population = territories.population(province.id(), 2024);
		assertThat(population.total()).isEqualTo(sumOfCommunes).isPositive();
		assertThat(population.count(Sex.FEMALE) + population.count(Sex.MALE)).isEqualTo(population.total());
		assertThat(population.approximate()).isTrue();
	}

	@Autowired
	org.sawa.audit.AuditLog audit;

	@Test
	void a_file_with_bad_rows_writes_nothing_and_reports_each_line_and_column() {
		long before = territories.count();
		ImportReport report = territoryImporter.importCsv(csv("""
				code,level,kind,parent_code,name_ar,name_fr,name_en,name_zgh,arrondissements
				MA-TST,province,province,MA-05,إقليم تجريبي,Test,Test,ⵜⵙⵜ,
				MA-TST-01,commune,village,MA-TST,قرية,Village,Village,ⵜⵉⵖⵔⵎⵜ,
				MA-TST-02,commune,rural,MA-NOPE,قرية,Village,Village,ⵜⵉⵖⵔⵎⵜ,no
				MA-TST-03,commune,rural,MA-TST,,Village,Village,ⵜⵉⵖⵔⵎⵜ,peut-être
				MA-TST2,province,province,MA-05,إقليم تجريبي,Test 2,Test 2,ⵜⵙⵜ,yes
				"""), "test");
		assertThat(report.applied()).isFalse();
		assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "kind", "territory.import.error.kind"),
					org.assertj.core.groups.Tuple.tuple(4L, "parent_code", "territory.import.error.unknownParent"),
					org.assertj.core.groups.Tuple.tuple(5L, "arrondissements",
							"territory.import.error.arrondissements"),
					org.assertj.core.groups.Tuple.tuple(5L, "name_ar", "import.error.required"),
					org.assertj.core.groups.Tuple.tuple(6L, "arrondissements",
							"territory.import.error.arrondissementsLevel"));
		assertThat(territories.count()).isEqualTo(before);
		assertThat(territories.byCode("MA-TST")).isEmpty();
	}

	@Test
	void importing_the_same_population_file_twice_changes_nothing_the_second_time() {
		String file = """
				territory_code,year,sex,age_band,area,population,source
				MA-KHN-06,2030,female,0-14,rural,900,test projection
				MA-KHN-06,2030,male,0-14,rural,950,test projection
				""";
		long audited = audit.count();
		ImportReport first = populationImporter.importCsv(csv(file), "person:42");
		ImportReport second = populationImporter.importCsv(csv(file), "person:42");
		assertThat(first.inserted()).isEqualTo(2);
		assertThat(second.inserted()).isZero();
		assertThat(second.updated()).isZero();
		assertThat(second.unchanged()).isEqualTo(2);
		Territory lehri = territories.byCode("MA-KHN-06").orElseThrow();
		assertThat(territories.population(lehri.id(), 2030).total()).isEqualTo(1850);
		// the import that changed something is audited, with who did it; the one that
		// changed nothing is not
		assertThat(audit.count()).isEqualTo(audited + 1);
		assertThat(audit.latest(1, 0)).singleElement().satisfies(e -> {
			assertThat(e.actor()).isEqualTo("person:42");
			assertThat(e.action()).isEqualTo("population.imported");
			assertThat(e.details()).contains("2 rows read", "2 inserted");
		});
	}

	@Test
	void population_is_refused_above_the_commune_level_and_for_impossible_values() {
		ImportReport report = populationImporter.importCsv(csv("""
				territory_code,year,sex,age_band,area,population,source
				MA-05,2031,female,0-14,urban,10,x
				MA-BEM-01,2031,other,0-14,urban,10,x
				MA-BEM-01,2031,female,0-99,urban,-3,x
				MA-BEM-01,2031,male,65+,urban,12,x
				"""), "test");
		assertThat(report.applied()).isFalse();
		assertThat(report.problems()).extracting(ImportProblem::column)
			.containsExactly("territory_code", "sex", "age_band", "population");
		Territory beniMellal = territories.byCode("MA-BEM-01").orElseThrow();
		assertThat(territories.populationYears(beniMellal.id())).doesNotContain(2031);
	}

}
