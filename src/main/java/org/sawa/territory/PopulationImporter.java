package org.sawa.territory;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sawa.audit.AuditLog;
import org.sawa.db.ReferenceData;
import org.sawa.imports.AllOrNothing;
import org.sawa.imports.Csv;
import org.sawa.imports.ImportReport;
import org.sawa.imports.ImportTally;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports population denominators per commune from CSV
 * ({@code territory_code,year,sex,age_band,area,population,source[,approximate]}). All or
 * nothing; re-importing the same file changes nothing. Figures above the commune level
 * are computed by summing, so rows for a province or region are refused.
 */
@Service
public class PopulationImporter {

	static final List<String> COLUMNS = List.of("territory_code", "year", "sex", "age_band", "area", "population",
			"source");

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final AuditLog audit;

	private final ReferenceData reference;

	PopulationImporter(JdbcClient jdbc, TransactionTemplate tx, AuditLog audit, ReferenceData reference) {
		this.reference = reference;
		this.audit = audit;
		this.jdbc = jdbc;
		this.tx = tx;
	}

	public ImportReport importCsv(InputStream input, String actor) {
		return AllOrNothing.run(tx, () -> run(input, actor));
	}

	private ImportReport run(InputStream input, String actor) {
		// read from the database inside this import, dropped when it ends
		reference.changing("population");
		Map<String, long[]> communes = new HashMap<>();
		Map<String, String> levels = new HashMap<>();
		jdbc.sql("SELECT id, code, level FROM territory").query(rs -> {
			communes.put(rs.getString("code"), new long[] { rs.getLong("id") });
			levels.put(rs.getString("code"), rs.getString("level"));
		});
		ImportTally tally = new ImportTally();
		Set<String> seen = new HashSet<>();
		Csv.read(input, COLUMNS, row -> {
			tally.rowRead();
			String code = row.get("territory_code");
			long[] territory = communes.get(code);
			if (territory == null) {
				tally.problem(row.line(), "territory_code", "import.error.unknownTerritory", code);
			}
			else if (!"commune".equals(levels.get(code))) {
				tally.problem(row.line(), "territory_code", "territory.import.error.notCommune", code);
			}
			Integer year = parseInt(row.get("year"));
			if (year == null || year < 1900 || year > 2200) {
				tally.problem(row.line(), "year", "import.error.year", row.get("year"));
			}
			Sex sex = null;
			try {
				sex = Sex.fromCode(row.get("sex"));
			}
			catch (IllegalArgumentException ex) {
				tally.problem(row.line(), "sex", "import.error.option", row.get("sex"), "female, male");
			}
			AgeBand band = AgeBand.fromCode(row.get("age_band")).orElse(null);
			if (band == null) {
				tally.problem(row.line(), "age_band", "import.error.option", row.get("age_band"),
						String.join(", ", java.util.Arrays.stream(AgeBand.values()).map(AgeBand::code).toList()));
			}
			Area area = null;
			try {
				area = Area.fromCode(row.get("area"));
			}
			catch (IllegalArgumentException ex) {
				tally.problem(row.line(), "area", "import.error.option", row.get("area"), "urban, rural");
			}
			Long count = parseLong(row.get("population"));
			if (count == null || count < 0) {
				tally.problem(row.line(), "population", "import.error.nonNegativeInteger", row.get("population"));
			}
			String source = row.get("source");
			if (source.isEmpty()) {
				tally.problem(row.line(), "source", "import.error.required");
			}
			String key = code + "|" + year + "|" + row.get("sex") + "|" + row.get("age_band") + "|" + row.get("area");
			if (!seen.add(key)) {
				tally.problem(row.line(), "territory_code", "import.error.duplicateRow", key);
			}
			if (tally.hasProblems()) {
				return;
			}
			boolean approximate = row.has("approximate") && Boolean.parseBoolean(row.get("approximate"));
			tally.outcome(jdbc.sql("""
					INSERT INTO population AS p (territory_id, year, sex, age_band, area, count, approximate, source)
					VALUES (:t, :year, :sex, :band, :area, :count, :approximate, :source)
					ON CONFLICT (territory_id, year, sex, age_band, area) DO UPDATE
					  SET count = EXCLUDED.count, approximate = EXCLUDED.approximate, source = EXCLUDED.source
					  WHERE p.count <> EXCLUDED.count OR p.approximate <> EXCLUDED.approximate
					     OR p.source <> EXCLUDED.source""" + ImportTally.RETURNING_OUTCOME)
				.param("t", territory[0])
				.param("year", year)
				.param("sex", sex.code())
				.param("band", band.code())
				.param("area", area.code())
				.param("count", count)
				.param("approximate", approximate)
				.param("source", source)
				.query(String.class)
				.optional());
		});
		return tally.finishAudited(audit, actor, "population.imported", "population");
	}

	static Integer parseInt(String value) {
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static Long parseLong(String value) {
		try {
			return Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
