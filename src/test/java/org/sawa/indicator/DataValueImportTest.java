package org.sawa.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sawa.indicator.Names.names;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sawa.imports.ImportProblem;
import org.sawa.imports.ImportReport;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@SawaTest
class DataValueImportTest {

	@Autowired
	Indicators indicators;

	@Autowired
	DataValueImporter importer;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void define() {
		indicators.define(new Indicator("T.TRAINED", names("Trained people"), Map.of(), "count", "sum", null, null,
				"higher", null, "programme records", "AIDECA", List.of("sex", "age_band")), "test");
		indicators.define(new Indicator("T.INVITED", names("Invited people"), Map.of(), "count", "sum", null, null,
				"higher", null, "", "", List.of("sex", "age_band")), "test");
		indicators.define(new Indicator("T.RATE", names("Share trained"), Map.of(), "percent", "ratio", "T.TRAINED",
				"T.INVITED", "higher", "5.5.1", "", "", List.of("sex", "age_band")), "test");
	}

	private ImportReport load(String csv) {
		return importer.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "person:test");
	}

	private long stored(String indicator) {
		return jdbc.sql("SELECT count(*) FROM data_value WHERE indicator_code = :i")
			.param("i", indicator)
			.query(Long.class)
			.single();
	}

	@Test
	void a_good_file_is_stored_and_importing_it_again_changes_nothing() {
		String file = """
				indicator,territory_code,period,sex,age_band,disability,area,value,source
				T.TRAINED,MA-BEM-01,2025,female,25-34,,,14,attendance sheets
				T.TRAINED,MA-BEM-01,2025,male,25-34,,,9,attendance sheets
				T.TRAINED,MA-BEM-01,2025Q3,female,18-24,,,6,attendance sheets
				""";
		ImportReport first = load(file);
		assertThat(first.applied()).isTrue();
		assertThat(first.inserted()).isEqualTo(3);
		ImportReport again = load(file);
		assertThat(again.inserted() + again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(3);
		assertThat(stored("T.TRAINED")).isEqualTo(3);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'data.imported' AND actor = 'person:test'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void a_file_with_any_bad_row_stores_nothing_and_names_each_problem() {
		ImportReport report = load("""
				indicator,territory_code,period,sex,age_band,disability,area,value
				T.INVITED,MA-AZI-01,2025,female,35-44,,,20
				T.NOPE,MA-AZI-01,2025,female,35-44,,,20
				T.INVITED,XX-00,2025,female,35-44,,,20
				T.INVITED,MA-AZI-01,2025-07,female,35-44,,,20
				T.INVITED,MA-AZI-01,2025,woman,35-44,,,20
				T.INVITED,MA-AZI-01,2025,female,35-44,yes,,20
				T.INVITED,MA-AZI-01,2025,male,35-44,,,-2
				T.INVITED,MA-AZI-01,2025,male,45-54,,,2.5
				T.RATE,MA-AZI-01,2025,male,45-54,,,40
				T.INVITED,MA-AZI-01,2025,female,45-54,,,100000000000000000000000
				T.INVITED,MA-AZI-01,2025,male,55-64,,,1e309
				T.INVITED,MA-AZI-01,0000,female,55-64,,,3
				""");
		assertThat(report.applied()).isFalse();
		assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple(3L, "indicator", "indicator.import.error.indicator"),
					tuple(4L, "territory_code", "import.error.unknownTerritory"),
					tuple(5L, "period", "indicator.import.error.period"), tuple(6L, "sex", "import.error.option"),
					tuple(7L, "disability", "indicator.import.error.notBrokenDown"),
					tuple(8L, "value", "indicator.import.error.value.count"),
					tuple(9L, "value", "indicator.import.error.value.count"),
					tuple(10L, "indicator", "indicator.import.error.computed"),
					tuple(11L, "value", "indicator.import.error.value.range"),
					tuple(12L, "value", "indicator.import.error.number"),
					tuple(13L, "period", "indicator.import.error.period"));
		assertThat(stored("T.INVITED")).isZero();
	}

	@Test
	void a_ratio_indicator_keeps_its_numerator_and_denominator() {
		Indicator rate = indicators.byCode("T.RATE").orElseThrow();
		assertThat(rate.numeratorCode()).isEqualTo("T.TRAINED");
		assertThat(rate.denominatorCode()).isEqualTo("T.INVITED");
		assertThat(rate.dimensions()).containsExactly("age_band", "sex");
		assertThat(DataValueImporter.valueFits(rate, new java.math.BigDecimal("100.0"))).isTrue();
		assertThat(DataValueImporter.valueFits(rate, new java.math.BigDecimal("100.5"))).isFalse();
	}

}
