package org.sawa.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sawa.audit.AuditLog;
import org.sawa.indicator.internal.DataEntryGrid;
import org.sawa.indicator.internal.Rollups;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and saves the values of one indicator, territory and period, cell by cell. */
@Service
public class DataEntry {

	/**
	 * A period: a year (2026), a quarter (2026Q3) or a month (202611), as in the
	 * data_value table's check.
	 */
	public static final Pattern PERIOD = Pattern.compile("^[0-9]{4}(Q[1-4]|(0[1-9]|1[0-2]))?$");

	private final JdbcClient jdbc;

	private final Indicators indicators;

	private final AuditLog audit;

	private final Rollups rollups;

	DataEntry(JdbcClient jdbc, Indicators indicators, AuditLog audit, Rollups rollups) {
		this.rollups = rollups;
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
	 * Checks every typed cell; if all are valid, saves them in one transaction (an
	 * emptied cell deletes its value) with one audit entry per changed value. Returns the
	 * errors per cell key (message keys), empty when saved.
	 */
	@Transactional
	public Map<String, String> save(Indicator indicator, long territoryId, String period, Map<String, String> typed,
			String actor) {
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		typed.forEach((key, text) -> {
			if (text == null || text.isBlank()) {
				values.put(key, null);
				return;
			}
			BigDecimal value = DataEntryGrid.parse(text);
			if (value == null) {
				errors.put(key, "indicator.entry.error.number");
			}
			else if (!DataValueImporter.valueFits(indicator, value)) {
				errors.put(key, "indicator.entry.error." + indicator.unit());
			}
			else {
				values.put(key, value);
			}
		});
		if (!errors.isEmpty()) {
			return errors;
		}
		Map<String, String> before = stored(indicator, territoryId, period);
		boolean[] changed = { false };
		values.forEach((key, value) -> {
			Map<String, String> choice = Dimensions.pairs(key);
			String old = before.get(key);
			if (value == null) {
				if (old != null) {
					jdbc.sql(
							"""
									DELETE FROM data_value WHERE indicator_code = :i AND territory_id = :t AND period = :p
									AND sex = :sex AND age_band = :band AND disability = :dis AND area = :area AND other = :other""")
						.param("i", indicator.code())
						.param("t", territoryId)
						.param("p", period)
						.param("sex", choice.getOrDefault("sex", ""))
						.param("band", choice.getOrDefault("age_band", ""))
						.param("dis", choice.getOrDefault("disability", ""))
						.param("area", choice.getOrDefault("area", ""))
						.param("other", Dimensions.other(choice))
						.update();
					audit.append(actor, "data.deleted", subject(indicator, territoryId, period, key), old);
					changed[0] = true;
				}
				return;
			}
			if (old != null && new BigDecimal(old).compareTo(value) == 0) {
				return;
			}
			jdbc.sql(
					"""
							INSERT INTO data_value (indicator_code, territory_id, period, sex, age_band, disability, area, other,
							  value, entered_by)
							VALUES (:i, :t, :p, :sex, :band, :dis, :area, :other, :v, :by)
							ON CONFLICT (indicator_code, territory_id, period, sex, age_band, disability, area, other)
							DO UPDATE SET value = EXCLUDED.value, entered_by = EXCLUDED.entered_by, entered_at = now()""")
				.param("i", indicator.code())
				.param("t", territoryId)
				.param("p", period)
				.param("sex", choice.getOrDefault("sex", ""))
				.param("band", choice.getOrDefault("age_band", ""))
				.param("dis", choice.getOrDefault("disability", ""))
				.param("area", choice.getOrDefault("area", ""))
				.param("other", Dimensions.other(choice))
				.param("v", value)
				.param("by", actor)
				.update();
			audit.append(actor, "data.entered", subject(indicator, territoryId, period, key),
					(old == null ? "" : old) + " -> " + value.toPlainString());
			changed[0] = true;
		});
		if (changed[0]) {
			rollups.refresh(indicator.code(), List.of(Integer.valueOf(period.substring(0, 4))));
		}
		return errors;
	}

	private static String subject(Indicator indicator, long territoryId, String period, String key) {
		return "data_value:" + indicator.code() + "/" + territoryId + "/" + period + (key.isEmpty() ? "" : "/" + key);
	}

}
