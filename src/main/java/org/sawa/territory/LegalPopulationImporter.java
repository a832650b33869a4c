package org.sawa.territory;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sawa.audit.AuditLog;
import org.sawa.imports.AllOrNothing;
import org.sawa.imports.Csv;
import org.sawa.imports.ImportReport;
import org.sawa.imports.ImportTally;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the legal population of collectivities from CSV
 * ({@code territory_code,year,inhabitants,source}): the census's figure for a commune,
 * province or region as a whole, which petition thresholds follow. All or nothing; the
 * same file again changes nothing; audited.
 */
@Service
public class LegalPopulationImporter {

	static final List<String> COLUMNS = List.of("territory_code", "year", "inhabitants", "source");

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final AuditLog audit;

	LegalPopulationImporter(JdbcClient jdbc, TransactionTemplate tx, AuditLog audit) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.audit = audit;
	}

	public ImportReport importCsv(InputStream input, String actor) {
		return AllOrNothing.run(tx, () -> run(input, actor));
	}

	private ImportReport run(InputStream input, String actor) {
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("SELECT id, code FROM territory").query(rs -> {
			ids.put(rs.getString("code"), rs.getLong("id"));
		});
		ImportTally tally = new ImportTally();
		Set<String> seen = new HashSet<>();
		Csv.read(input, COLUMNS, row -> {
			tally.rowRead();
			String code = row.get("territory_code");
			Long id = ids.get(code);
			if (id == null) {
				tally.problem(row.line(), "territory_code", "import.error.unknownTerritory", code);
			}
			Integer year = PopulationImporter.parseInt(row.get("year"));
			if (year == null || year < 1900 || year > 2200) {
				tally.problem(row.line(), "year", "import.error.year", row.get("year"));
			}
			Long inhabitants = PopulationImporter.parseLong(row.get("inhabitants"));
			if (inhabitants == null || inhabitants <= 0 || inhabitants > 100_000_000) {
				tally.problem(row.line(), "inhabitants", "territory.import.error.inhabitants", row.get("inhabitants"));
			}
			String source = row.get("source");
			if (source.isEmpty()) {
				tally.problem(row.line(), "source", "import.error.required");
			}
			if (!seen.add(code + "|" + year)) {
				tally.problem(row.line(), "territory_code", "import.error.duplicateRow", code + "|" + year);
			}
			if (tally.hasProblems()) {
				return;
			}
			tally.outcome(jdbc
				.sql("""
						INSERT INTO legal_population AS l (territory_id, year, inhabitants, source)
						VALUES (:t, :year, :inhabitants, :source)
						ON CONFLICT (territory_id, year) DO UPDATE
						  SET inhabitants = EXCLUDED.inhabitants, source = EXCLUDED.source
						  WHERE l.inhabitants <> EXCLUDED.inhabitants OR l.source <> EXCLUDED.source"""
						+ ImportTally.RETURNING_OUTCOME)
				.param("t", id)
				.param("year", year)
				.param("inhabitants", inhabitants)
				.param("source", source)
				.query(String.class)
				.optional());
		});
		return tally.finishAudited(audit, actor, "legal_population.imported", "legal_population");
	}

}
