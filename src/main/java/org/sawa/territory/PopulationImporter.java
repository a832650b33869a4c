package org.sawa.territory;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sawa.imports.AllOrNothing;
import org.sawa.imports.Csv;
import org.sawa.imports.ImportProblem;
import org.sawa.imports.ImportRefused;
import org.sawa.imports.ImportReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports population denominators per commune from CSV
 * ({@code territory_code,year,sex,age_band,area,population,source[,approximate]}). All or
 * nothing; re-importing the same file changes nothing. Figures above the commune level are
 * computed by summing, so rows for a province or region are refused.
 */
@Service
public class PopulationImporter {

	static final List<String> COLUMNS = List.of("territory_code", "year", "sex", "age_band", "area", "population",
			"source");

	private final JdbcClient jdbc;
	private final TransactionTemplate tx;

	PopulationImporter(JdbcClient jdbc, TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.tx = tx;
	}

	public ImportReport importCsv(InputStream input) {
		return AllOrNothing.run(tx, () -> run(input));
	}

	private ImportReport run(InputStream input) {
		Map<String, long[]> communes = new HashMap<>();
		Map<String, String> levels = new HashMap<>();
		jdbc.sql("SELECT id, code, level FROM territory").query(rs -> {
			communes.put(rs.getString("code"), new long[] { rs.getLong("id") });
			levels.put(rs.getString("code"), rs.getString("level"));
		});
		List<ImportProblem> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		long[] counts = new long[4];
		Csv.read(input, COLUMNS, row -> {
			counts[0]++;
			String code = row.get("territory_code");
			long[] territory = communes.get(code);
			if (territory == null) {
				problems.add(new ImportProblem(row.line(), "territory_code", "import.error.unknownTerritory", code));
			}
			else if (!"commune".equals(levels.get(code))) {
				problems.add(new ImportProblem(row.line(), "territory_code", "territory.import.error.notCommune", code));
			}
			Integer year = parseInt(row.get("year"));
			if (year == null || year < 1900 || year > 2200) {
				problems.add(new ImportProblem(row.line(), "year", "import.error.year", row.get("year")));
			}
			Sex sex = null;
			try {
				sex = Sex.fromCode(row.get("sex"));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new ImportProblem(row.line(), "sex", "import.error.option", row.get("sex")));
			}
			AgeBand band = AgeBand.fromCode(row.get("age_band")).orElse(null);
			if (band == null) {
				problems.add(new ImportProblem(row.line(), "age_band", "import.error.option", row.get("age_band")));
			}
			Area area = null;
			try {
				area = Area.fromCode(row.get("area"));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new ImportProblem(row.line(), "area", "import.error.option", row.get("area")));
			}
			Long count = parseLong(row.get("population"));
			if (count == null || count < 0) {
				problems.add(new ImportProblem(row.line(), "population", "import.error.nonNegativeInteger",
						row.get("population")));
			}
			String source = row.get("source");
			if (source.isEmpty()) {
				problems.add(new ImportProblem(row.line(), "source", "import.error.required"));
			}
			String key = code + "|" + year + "|" + row.get("sex") + "|" + row.get("age_band") + "|" + row.get("area");
			if (!seen.add(key)) {
				problems.add(new ImportProblem(row.line(), "territory_code", "import.error.duplicateRow", key));
			}
			if (!problems.isEmpty()) {
				return;
			}
			boolean approximate = row.has("approximate") && Boolean.parseBoolean(row.get("approximate"));
			String outcome = jdbc.sql("""
					INSERT INTO population AS p (territory_id, year, sex, age_band, area, count, approximate, source)
					VALUES (:t, :year, :sex, :band, :area, :count, :approximate, :source)
					ON CONFLICT (territory_id, year, sex, age_band, area) DO UPDATE
					  SET count = EXCLUDED.count, approximate = EXCLUDED.approximate, source = EXCLUDED.source
					  WHERE p.count <> EXCLUDED.count OR p.approximate <> EXCLUDED.approximate
					     OR p.source <> EXCLUDED.source
					RETURNING CASE WHEN xmax = 0 THEN 'inserted' ELSE 'updated' END""")
				.param("t", territory[0])
				.param("year", year)
				.param("sex", sex.code())
				.param("band", band.code())
				.param("area", area.code())
				.param("count", count)
				.param("approximate", approximate)
				.param("source", source)
				.query(String.class)
				.optional()
				.orElse("unchanged");
			counts[switch (outcome) {
				case "inserted" -> 1;
				case "updated" -> 2;
				default -> 3;
			}]++;
		});
		if (!problems.isEmpty()) {
			throw new ImportRefused(ImportReport.refused(counts[0], problems));
		}
		return new ImportReport(counts[0], counts[1], counts[2], counts[3], List.of());
	}

	private static Integer parseInt(String value) {
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Long parseLong(String value) {
		try {
			return Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
