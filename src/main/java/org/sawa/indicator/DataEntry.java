package org.sawa.indicator;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sawa.audit.AuditLog;
import org.sawa.indicator.internal.DataEntryGrid;
import org.sawa.indicator.internal.Rollups;
import org.sawa.refusal.Refusals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and saves the values of one indicator, territory and period, cell by cell. */
@Service
public class DataEntry {

	/**
	 * A period: a year from 1950 to 2099 (2026), a quarter (2026Q3) or a month (202611).
	 */
	public static final Pattern PERIOD = Pattern.compile("^(19[5-9][0-9]|20[0-9]{2})(Q[1-4]|(0[1-9]|1[0-2]))?$");

	private final JdbcClient jdbc;

	private final Indicators indicators;

	private final AuditLog audit;

	private final Rollups rollups;

	private final Clock clock;

	DataEntry(JdbcClient jdbc, Indicators indicators, AuditLog audit, Rollups rollups, Clock clock) {
		this.rollups = rollups;
		this.clock = clock;
		this.jdbc = jdbc;
		this.indicators = indicators;
		this.audit = audit;
	}

	/** The options of each of the indicator's dimensions, in the indicator's order. */
	public Map<String, List<String>> options(Indicator indicator) {
		Map<String, List<String>> options = new LinkedHashMap<>();
		Map<String, java.util.Set<String>> all = indicators.options();
		for (String dimension : indicator.dimensions()) {
			options.put(dimension, new ArrayList<>(all.get(dimension)));
		}
		return options;
	}

	/** The stored values as cell texts, keyed like the grid's cells. */
	public Map<String, String> stored(Indicator indicator, long territoryId, String period) {
		Map<String, String> texts = new HashMap<>();
		jdbc.sql("""
				SELECT sex, age_band, disability, area, other, value FROM data_value
				WHERE indicator_code = :i AND territory_id = :t AND period = :p""")
			.param("i", indicator.code())
			.param("t", territoryId)
			.param("p", period)
			.query(rs -> {
				Map<String, String> choice = new LinkedHashMap<>();
				Map<String, String> columns = new HashMap<>(Dimensions.pairs(rs.getString("other")));
				for (String builtin : Indicators.BUILTIN) {
					columns.put(builtin, rs.getString(builtin));
				}
				for (String dimension : indicator.dimensions()) {
					choice.put(dimension, columns.getOrDefault(dimension, ""));
				}
				texts.put(DataEntryGrid.key(choice), rs.getBigDecimal("value").stripTrailingZeros().toPlainString());
			});
		return texts;
	}

	/**
	 * Checks every typed cell (keyed like the grid's cells); if all are valid, saves them
	 * in one transaction (an emptied cell deletes its value) with one audit entry per
	 * changed value. Refuses with every wrong cell at once, each at its input
	 * ({@code cell:<key>}), and writes nothing then.
	 */
	@Transactional
	public void save(Indicator indicator, long territoryId, String period, Map<String, String> typed, String actor) {
		Map<String, BigDecimal> values = checked(indicator, typed);
		Map<String, String> before = stored(indicator, territoryId, period);
		Cell place = new Cell(indicator, territoryId, period);
		boolean changed = false;
		for (Map.Entry<String, BigDecimal> typedValue : values.entrySet()) {
			String key = typedValue.getKey();
			BigDecimal value = typedValue.getValue();
			String old = before.get(key);
			if (value == null && old != null) {
				delete(place, key);
				audit.append(actor, "data.deleted", subject(indicator, territoryId, period, key), old);
				changed = true;
			}
			else if (value != null && (old == null || new BigDecimal(old).compareTo(value) != 0)) {
				upsert(place, key, value, actor);
				audit.append(actor, "data.entered", subject(indicator, territoryId, period, key),
						(old == null ? "" : old) + " -> " + value.toPlainString());
				changed = true;
			}
		}
		if (changed) {
			rollups.refresh(indicator.code(), List.of(Integer.valueOf(period.substring(0, 4))));
		}
	}

	/** The input that carries a cell of the grid, where its refusal is shown. */
	public static String input(String key) {
		return "cell:" + key;
	}

	/** The typed values, null for an emptied cell; refused when any cell is wrong. */
	private static Map<String, BigDecimal> checked(Indicator indicator, Map<String, String> typed) {
		Refusals refusals = new Refusals();
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		typed.forEach((key, text) -> {
			BigDecimal value = DataEntryGrid.parse(text);
			if (text != null && !text.isBlank() && value == null) {
				refusals.add(input(key), "indicator.entry.error.number");
			}
			else if (value != null && !DataEntryGrid.inRange(value)) {
				refusals.add(input(key), "indicator.entry.error.range");
			}
			else if (value != null && !DataValueImporter.valueFits(indicator, value)) {
				refusals.add(input(key), "indicator.entry.error." + indicator.unit());
			}
			else {
				values.put(key, value);
			}
		});
		refusals.throwIfAny();
		return values;
	}

	/** One indicator, territory and period: the place of a grid's cells. */
	private record Cell(Indicator indicator, long territoryId, String period) {
	}

	private void delete(Cell place, String key) {
		located(jdbc.sql("""
				DELETE FROM data_value WHERE indicator_code = :i AND territory_id = :t AND period = :p
				AND sex = :sex AND age_band = :band AND disability = :dis AND area = :area AND other = :other"""),
				place, key)
			.update();
	}

	private void upsert(Cell place, String key, BigDecimal value, String actor) {
		located(jdbc
			.sql("""
					INSERT INTO data_value (indicator_code, territory_id, period, sex, age_band, disability, area, other,
					  value, entered_by, entered_at)
					VALUES (:i, :t, :p, :sex, :band, :dis, :area, :other, :v, :by, :at)
					ON CONFLICT (indicator_code, territory_id, period, sex, age_band, disability, area, other)
					DO UPDATE SET value = EXCLUDED.value, entered_by = EXCLUDED.entered_by, entered_at = EXCLUDED.entered_at"""),
				place, key)
			.param("v", value)
			.param("by", actor)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	/**
	 * The statement with the columns that place one value bound: indicator, territory,
	 * period and the cell's option of each dimension.
	 */
	private static JdbcClient.StatementSpec located(JdbcClient.StatementSpec statement, Cell place, String key) {
		Map<String, String> choice = Dimensions.pairs(key);
		return statement.param("i", place.indicator().code())
			.param("t", place.territoryId())
			.param("p", place.period())
			.param("sex", choice.getOrDefault("sex", ""))
			.param("band", choice.getOrDefault("age_band", ""))
			.param("dis", choice.getOrDefault("disability", ""))
			.param("area", choice.getOrDefault("area", ""))
			.param("other", Dimensions.other(choice));
	}

	private static String subject(Indicator indicator, long territoryId, String period, String key) {
		return "data_value:" + indicator.code() + "/" + territoryId + "/" + period + (key.isEmpty() ? "" : "/" + key);
	}

}
