package org.sawa.inclusion;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Aggregates data values: summed over the territories given (a territory and everything below
 * it), and over the periods of a year (summed for flows, the latest period for stocks). A ratio
 * indicator is its aggregated numerator over its aggregated denominator, never an average of
 * percentages.
 */
@Service
public class IndicatorFigures {

	private final JdbcClient jdbc;
	private final Indicators indicators;

	IndicatorFigures(JdbcClient jdbc, Indicators indicators) {
		this.jdbc = jdbc;
		this.indicators = indicators;
	}

	/** The years that have values for the indicator in these territories, oldest first. */
	public List<Integer> years(Indicator indicator, Collection<Long> territoryIds) {
		return jdbc.sql("""
				SELECT DISTINCT substr(period, 1, 4)::int AS year FROM data_value
				WHERE indicator_code = :i AND territory_id IN (:t) ORDER BY year""")
			// a ratio has values where its numerator has
			.param("i", "ratio".equals(indicator.aggregation()) ? indicator.numeratorCode() : indicator.code())
			.param("t", territoryIds)
			.query(Integer.class)
			.list();
	}

	/** The indicator's value in a year, per option of one built-in dimension ('' = all together). */
	public Map<String, BigDecimal> byOption(Indicator indicator, Collection<Long> territoryIds, int year,
			String dimension) {
		if ("ratio".equals(indicator.aggregation())) {
			Indicator numerator = indicators.byCode(indicator.numeratorCode()).orElseThrow();
			Indicator denominator = indicators.byCode(indicator.denominatorCode()).orElseThrow();
			Map<String, BigDecimal> top = byOption(numerator, territoryIds, year, dimension);
			Map<String, BigDecimal> bottom = byOption(denominator, territoryIds, year, dimension);
			Map<String, BigDecimal> ratio = new LinkedHashMap<>();
			top.forEach((option, value) -> {
				BigDecimal base = bottom.get(option);
				if (base != null && base.signum() != 0) {
					BigDecimal scaled = value.divide(base, 6, java.math.RoundingMode.HALF_UP);
					ratio.put(option, "percent".equals(indicator.unit()) ? scaled.movePointRight(2) : scaled);
				}
			});
			return ratio;
		}
		String column = switch (dimension) {
			case "sex", "age_band", "disability", "area" -> dimension;
			default -> "''";
		};
		String periods = "last".equals(indicator.aggregation()) ? """
				AND period = (SELECT max(period) FROM data_value WHERE indicator_code = :i AND territory_id IN (:t)
				              AND period LIKE :year)""" : "AND period LIKE :year";
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT %s AS option, sum(value) AS value FROM data_value
				WHERE indicator_code = :i AND territory_id IN (:t) %s
				GROUP BY 1 ORDER BY 1""".formatted(column, periods))
			.param("i", indicator.code())
			.param("t", territoryIds)
			.param("year", year + "%")
			.query(rs -> {
				values.put(rs.getString("option"), rs.getBigDecimal("value"));
			});
		return values;
	}

	/** The indicator's total in a year. */
	public BigDecimal total(Indicator indicator, Collection<Long> territoryIds, int year) {
		return byOption(indicator, territoryIds, year, "").get("");
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
