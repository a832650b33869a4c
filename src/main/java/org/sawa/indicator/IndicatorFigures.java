package org.sawa.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads indicator figures from the rollup (never from the raw values): per territory
 * (which already counts everything below it), year and combination of options of the
 * dimensions asked for, with some dimensions fixed to one option. A ratio indicator is
 * its aggregated numerator over its aggregated denominator, never an average of
 * percentages.
 */
@Service
public class IndicatorFigures {

	/**
	 * One figure: a territory (with everything below it), a year and one option per
	 * dimension asked for.
	 */
	public record Key(long territoryId, int year, List<String> options) {
	}

	private static final Pattern DIMENSION = Pattern.compile("^[a-z][a-z0-9_]{1,39}$");

	private final JdbcClient jdbc;

	private final Indicators indicators;

	IndicatorFigures(JdbcClient jdbc, Indicators indicators) {
		this.jdbc = jdbc;
		this.indicators = indicators;
	}

	/**
	 * The indicator's figures for these territories and years (all years when
	 * {@code years} is null), broken down by {@code by} (in that order), keeping only
	 * values whose options match {@code filters} (dimension to option). A dimension the
	 * indicator is not broken down by gives the option "" (all together).
	 */
	public Map<Key, BigDecimal> values(Indicator indicator, Collection<Long> territoryIds, Collection<Integer> years,
			List<String> by, Map<String, String> filters) {
		if ("ratio".equals(indicator.aggregation())) {
			return ratio(indicator, territoryIds, years, by, filters);
		}
		StringBuilder sql = new StringBuilder("SELECT territory_id, year");
		StringBuilder group = new StringBuilder("territory_id, year");
		for (int i = 0; i < by.size(); i++) {
			sql.append(", ").append(column(by.get(i))).append(" AS o").append(i);
			group.append(", o").append(i);
		}
		sql.append(", sum(value) AS value FROM data_value_rollup WHERE indicator_code = :i AND territory_id IN (:t)");
		if (years != null) {
			sql.append(" AND year IN (:y)");
		}
		Map<String, Object> params = new LinkedHashMap<>();
		int f = 0;
		for (Map.Entry<String, String> filter : filters.entrySet()) {
			String name = "f" + f++;
			if (Indicators.BUILTIN.contains(filter.getKey())) {
				sql.append(" AND ").append(column(filter.getKey())).append(" = :").append(name);
				params.put(name, filter.getValue());
			}
			else {
				sql.append(" AND (';' || other || ';') LIKE :").append(name);
				params.put(name, "%;" + like(checked(filter.getKey()) + "=" + filter.getValue()) + ";%");
			}
		}
		sql.append(" GROUP BY ").append(group).append(" ORDER BY ").append(group);
		var statement = jdbc.sql(sql.toString()).param("i", indicator.code()).param("t", territoryIds);
		if (years != null) {
			statement = statement.param("y", years.isEmpty() ? List.of(-1) : years);
		}
		for (Map.Entry<String, Object> param : params.entrySet()) {
			statement = statement.param(param.getKey(), param.getValue());
		}
		Map<Key, BigDecimal> values = new LinkedHashMap<>();
		statement.query(rs -> {
			List<String> options = new ArrayList<>(by.size());
			for (int i = 0; i < by.size(); i++) {
				String option = rs.getString("o" + i);
				options.add(option == null ? "" : option);
			}
			values.merge(new Key(rs.getLong("territory_id"), rs.getInt("year"), List.copyOf(options)),
					rs.getBigDecimal("value"), BigDecimal::add);
		});
		return values;
	}

	private Map<Key, BigDecimal> ratio(Indicator indicator, Collection<Long> territoryIds, Collection<Integer> years,
			List<String> by, Map<String, String> filters) {
		Indicator numerator = indicators.byCode(indicator.numeratorCode()).orElseThrow();
		Indicator denominator = indicators.byCode(indicator.denominatorCode()).orElseThrow();
		// the denominator is read with the dimensions it has; e.g. women trained per
		// councillor of the same sex
		List<String> denominatorBy = by.stream().filter(denominator.dimensions()::contains).toList();
		Map<String, String> denominatorFilters = new LinkedHashMap<>(filters);
		denominatorFilters.keySet().retainAll(denominator.dimensions());
		Map<Key, BigDecimal> top = values(numerator, territoryIds, years, by, filters);
		Map<Key, BigDecimal> bottom = values(denominator, territoryIds, years, denominatorBy, denominatorFilters);
		Map<Key, BigDecimal> ratio = new LinkedHashMap<>();
		top.forEach((key, value) -> {
			List<String> projected = new ArrayList<>();
			for (int i = 0; i < by.size(); i++) {
				if (denominator.dimensions().contains(by.get(i))) {
					projected.add(key.options().get(i));
				}
			}
			BigDecimal base = bottom.get(new Key(key.territoryId(), key.year(), List.copyOf(projected)));
			if (base != null && base.signum() != 0) {
				BigDecimal scaled = value.divide(base, 6, RoundingMode.HALF_UP);
				ratio.put(key, "percent".equals(indicator.unit()) ? scaled.movePointRight(2) : scaled);
			}
		});
		return ratio;
	}

	private static String column(String dimension) {
		if (Indicators.BUILTIN.contains(dimension)) {
			return dimension;
		}
		return "substring(other from '(?:^|;)" + checked(dimension) + "=([^;]*)')";
	}

	private static String checked(String dimension) {
		if (!DIMENSION.matcher(dimension).matches()) {
			throw new IllegalArgumentException("not a dimension code: " + dimension);
		}
		return dimension;
	}

	static String like(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** The years that have values for the indicator in the territory, oldest first. */
	public List<Integer> years(Indicator indicator, long territoryId) {
		return jdbc
			.sql("SELECT DISTINCT year FROM data_value_rollup WHERE indicator_code = :i AND territory_id = :t "
					+ "ORDER BY year")
			// a ratio has values where its numerator has
			.param("i", "ratio".equals(indicator.aggregation()) ? indicator.numeratorCode() : indicator.code())
			.param("t", territoryId)
			.query(Integer.class)
			.list();
	}

	/**
	 * The indicator's value in a year, per option of one dimension ('' = all together).
	 */
	public Map<String, BigDecimal> byOption(Indicator indicator, long territoryId, int year, String dimension) {
		return byOption(indicator, territoryId, year, dimension, Map.of());
	}

	/**
	 * The indicator's value in a year per option of one dimension, with other dimensions
	 * fixed.
	 */
	public Map<String, BigDecimal> byOption(Indicator indicator, long territoryId, int year, String dimension,
			Map<String, String> filters) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		values(indicator, List.of(territoryId), List.of(year), dimension.isEmpty() ? List.of() : List.of(dimension),
				filters)
			.forEach((key, value) -> values.put(dimension.isEmpty() ? "" : key.options().get(0), value));
		return values;
	}

	/** The indicator's total in a year, or null without values. */
	public BigDecimal total(Indicator indicator, long territoryId, int year) {
		return byOption(indicator, territoryId, year, "").get("");
	}

	/** The indicator's total per year, oldest first, with some dimensions fixed. */
	public Map<Integer, BigDecimal> totals(Indicator indicator, long territoryId, Map<String, String> filters) {
		Map<Integer, BigDecimal> totals = new TreeMap<>();
		values(indicator, List.of(territoryId), null, List.of(), filters)
			.forEach((key, value) -> totals.put(key.year(), value));
		return totals;
	}

	/**
	 * The indicator's value per year and sex (female, male), oldest first, with some
	 * dimensions fixed.
	 */
	public Map<Integer, Map<String, BigDecimal>> totalsBySex(Indicator indicator, long territoryId,
			Map<String, String> filters) {
		Map<Integer, Map<String, BigDecimal>> totals = new TreeMap<>();
		values(indicator, List.of(territoryId), null, List.of("sex"), filters)
			.forEach((key, value) -> totals.computeIfAbsent(key.year(), y -> new java.util.HashMap<>())
				.put(key.options().get(0), value));
		return totals;
	}

	/**
	 * An indicator's figures per year (oldest first): its totals and, when it is broken
	 * down by sex, its values by sex ('' = values not broken down), with some dimensions
	 * fixed. A sum's totals are its values by sex added up: one statement instead of two.
	 */
	public record Yearly(Map<Integer, BigDecimal> totals, Map<Integer, Map<String, BigDecimal>> bySex) {
	}

	public Yearly yearly(Indicator indicator, long territoryId, Map<String, String> filters) {
		if (!indicator.dimensions().contains("sex")) {
			return new Yearly(totals(indicator, territoryId, filters), Map.of());
		}
		Map<Integer, Map<String, BigDecimal>> bySex = totalsBySex(indicator, territoryId, filters);
		if ("ratio".equals(indicator.aggregation())) {
			// a ratio of sums is not the sum of its ratios
			return new Yearly(totals(indicator, territoryId, filters), bySex);
		}
		Map<Integer, BigDecimal> totals = new TreeMap<>();
		bySex.forEach(
				(year, values) -> totals.put(year, values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
		return new Yearly(totals, bySex);
	}

	/** The targets set for these indicators, by indicator and year. */
	public Map<String, Map<Integer, BigDecimal>> targets(Collection<String> indicators) {
		Map<String, Map<Integer, BigDecimal>> targets = new java.util.HashMap<>();
		jdbc.sql("SELECT indicator_code, year, target FROM indicator_target WHERE indicator_code = ANY(:i)")
			.param("i", indicators.toArray(String[]::new))
			.query(rs -> {
				targets.computeIfAbsent(rs.getString("indicator_code"), code -> new java.util.HashMap<>())
					.put(rs.getInt("year"), rs.getBigDecimal("target"));
			});
		return targets;
	}

	public BigDecimal target(String indicator, int year) {
		return jdbc.sql("SELECT target FROM indicator_target WHERE indicator_code = :i AND year = :y")
			.param("i", indicator)
			.param("y", year)
			.query(BigDecimal.class)
			.optional()
			.orElse(null);
	}

}
