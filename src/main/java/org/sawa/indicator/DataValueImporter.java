package org.sawa.indicator;

import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
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
import org.sawa.indicator.internal.DataEntryGrid;
import org.sawa.indicator.internal.Rollups;
import org.sawa.territory.Territories;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports data values in long format:
 * {@code indicator,territory_code,period,sex,age_band,disability,area,value[,source][,comment]}
 * plus one column per officer-defined dimension an indicator uses. A value gives one
 * option for each dimension its indicator is broken down by, and leaves the others empty.
 * All or nothing, idempotent (a value equal to the stored one is left untouched); one
 * audit entry per import.
 */
@Service
public class DataValueImporter {

	static final List<String> COLUMNS = List.of("indicator", "territory_code", "period", "value");

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final Indicators indicators;

	private final Territories territories;

	private final AuditLog audit;

	private final Rollups rollups;

	private final Clock clock;

	DataValueImporter(JdbcClient jdbc, TransactionTemplate tx, Indicators indicators, Territories territories,
			AuditLog audit, Rollups rollups, Clock clock) {
		this.clock = clock;
		this.rollups = rollups;
		this.jdbc = jdbc;
		this.tx = tx;
		this.indicators = indicators;
		this.territories = territories;
		this.audit = audit;
	}

	/** Imports for a system task or an administrator: every territory is allowed. */
	public ImportReport importCsv(InputStream input, String actor) {
		return importCsv(input, actor, territoryId -> true);
	}

	/**
	 * Imports, refusing rows for territories outside {@code allowed} (the officer's
	 * scope).
	 */
	public ImportReport importCsv(InputStream input, String actor, java.util.function.LongPredicate allowed) {
		return AllOrNothing.run(tx, () -> run(input, actor, allowed));
	}

	private ImportReport run(InputStream input, String actor, java.util.function.LongPredicate allowed) {
		Map<String, Indicator> known = new HashMap<>();
		indicators.all().forEach(i -> known.put(i.code(), i));
		Map<String, Set<String>> options = indicators.options();
		Map<String, Long> territoryIds = new HashMap<>();
		ImportTally tally = new ImportTally();
		Set<String> seen = new HashSet<>();
		Map<String, Set<Integer>> changed = new HashMap<>();
		Csv.read(input, COLUMNS, row -> {
			tally.rowRead();
			int before = tally.problemCount();
			Indicator found = known.get(row.get("indicator"));
			Indicator indicator = found;
			if (indicator == null) {
				tally.problem(row.line(), "indicator", "indicator.import.error.indicator", row.get("indicator"));
			}
			else if ("ratio".equals(indicator.aggregation())) {
				tally.problem(row.line(), "indicator", "indicator.import.error.computed", indicator.code());
				indicator = null;
			}
			String code = row.get("territory_code");
			Long territory = territoryIds.computeIfAbsent(code,
					c -> territories.byCode(c).map(t -> allowed.test(t.id()) ? t.id() : -2L).orElse(-1L));
			if (territory == -1L) {
				tally.problem(row.line(), "territory_code", "import.error.unknownTerritory", code);
			}
			else if (territory == -2L) {
				tally.problem(row.line(), "territory_code", "import.error.outOfScope", code);
			}
			String period = row.get("period");
			if (!DataEntry.PERIOD.matcher(period).matches()) {
				tally.problem(row.line(), "period", "indicator.import.error.period", period);
			}
			Map<String, String> chosen = new HashMap<>();
			if (indicator != null) {
				for (String dimension : options.keySet()) {
					String option = row.get(dimension);
					boolean used = indicator.dimensions().contains(dimension);
					if (used && !options.get(dimension).contains(option)) {
						tally.problem(row.line(), dimension, "import.error.option", option,
								String.join(", ", new java.util.TreeSet<>(options.get(dimension))));
					}
					else if (!used && !option.isEmpty()) {
						tally.problem(row.line(), dimension, "indicator.import.error.notBrokenDown", indicator.code(),
								dimension);
					}
					else if (used) {
						chosen.put(dimension, option);
					}
				}
			}
			BigDecimal value = DataEntryGrid.parse(row.get("value"));
			if (value == null) {
				tally.problem(row.line(), "value", "indicator.import.error.number", row.get("value"));
			}
			else if (!DataEntryGrid.inRange(value)) {
				tally.problem(row.line(), "value", "indicator.import.error.value.range", row.get("value"));
			}
			else if (indicator != null && !valueFits(indicator, value)) {
				tally.problem(row.line(), "value", "indicator.import.error.value." + indicator.unit(),
						row.get("value"));
			}
			String other = Dimensions.other(chosen);
			String key = row.get("indicator") + "|" + code + "|" + period + "|" + new java.util.TreeMap<>(chosen);
			// a row already refused for another reason is not also reported as a repeat
			if (tally.problemCount() == before && !seen.add(key)) {
				tally.problem(row.line(), "indicator", "import.error.duplicateRow", key);
			}
			if (tally.hasProblems()) {
				return;
			}
			java.util.Optional<String> outcome = jdbc
				.sql("""
						INSERT INTO data_value AS d (indicator_code, territory_id, period, sex, age_band, disability, area,
						  other, value, source, comment, entered_by, entered_at)
						VALUES (:i, :t, :p, :sex, :band, :dis, :area, :other, :v, :source, :comment, :by, :at)
						ON CONFLICT (indicator_code, territory_id, period, sex, age_band, disability, area, other)
						DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source, comment = EXCLUDED.comment,
						  entered_by = EXCLUDED.entered_by, entered_at = EXCLUDED.entered_at
						WHERE d.value <> EXCLUDED.value OR d.source <> EXCLUDED.source OR d.comment <> EXCLUDED.comment"""
						+ ImportTally.RETURNING_OUTCOME)
				.param("i", indicator.code())
				.param("t", territory)
				.param("p", period)
				.param("sex", chosen.getOrDefault("sex", ""))
				.param("band", chosen.getOrDefault("age_band", ""))
				.param("dis", chosen.getOrDefault("disability", ""))
				.param("area", chosen.getOrDefault("area", ""))
				.param("other", other)
				.param("v", value)
				.param("source", row.get("source"))
				.param("comment", row.get("comment"))
				.param("by", actor)
				.param("at", Timestamp.from(clock.instant()))
				.query(String.class)
				.optional();
			tally.outcome(outcome);
			if (outcome.isPresent()) {
				changed.computeIfAbsent(indicator.code(), k -> new HashSet<>())
					.add(Integer.valueOf(period.substring(0, 4)));
			}
		});
		ImportReport report = tally.finish();
		// finish() has rolled back on any bad row; what remains is applied, so bring the
		// rollup in step
		changed.forEach(rollups::refresh);
		if (tally.changes() > 0) {
			audit.append(actor, "data.imported", "data_value", tally.summary());
		}
		return report;
	}

	static boolean valueFits(Indicator indicator, BigDecimal value) {
		return switch (indicator.unit()) {
			case "count" -> value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0;
			case "percent" -> value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
			case "mad", "ratio" -> value.signum() >= 0;
			default -> false;
		};
	}

}
