package org.sawa.indicator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sawa.db.ReferenceData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The indicators and the dimensions with their options, read on every dashboard, figure
 * and API answer: kept in memory on each node and dropped when any of their tables
 * changes (ADR 0036). The code that writes them marks its transaction
 * ({@link #changing()}), which then reads them from the database and drops this node's
 * copy when it ends.
 */
@Component
class Catalogue {

	static final String[] TABLES = { "indicator", "indicator_dimension", "dimension", "dimension_option" };

	/**
	 * What the tables held: the indicators in code order, the dimensions built-in first
	 * then in code order, each with its options in their order.
	 */
	record Snapshot(List<Indicator> indicators, Map<String, Indicator> indicatorsByCode, List<Dimension> dimensions,
			Map<String, Dimension> dimensionsByCode, Map<String, Set<String>> options) {
	}

	private final JdbcClient jdbc;

	private final ReferenceData reference;

	private final ReferenceData.Cached<Snapshot> copy;

	Catalogue(JdbcClient jdbc, ReferenceData reference) {
		this.jdbc = jdbc;
		this.reference = reference;
		this.copy = reference.cache(this::read, TABLES);
	}

	Snapshot get() {
		return copy.get();
	}

	/** Marks the current transaction as changing indicators or dimensions. */
	void changing() {
		reference.changing(TABLES);
	}

	private Snapshot read() {
		Map<String, List<String>> dims = new LinkedHashMap<>();
		jdbc.sql("SELECT indicator_code, dimension_code FROM indicator_dimension ORDER BY dimension_code").query(rs -> {
			dims.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
		});
		List<Indicator> indicators = jdbc.sql("SELECT * FROM indicator ORDER BY code")
			.query((rs, n) -> new Indicator(rs.getString("code"), names(rs, "name_"), names(rs, "definition_"),
					rs.getString("unit"), rs.getString("aggregation"), rs.getString("numerator_code"),
					rs.getString("denominator_code"), rs.getString("better"), rs.getString("sdg_target"),
					rs.getString("source"), rs.getString("owner"),
					List.copyOf(dims.getOrDefault(rs.getString("code"), List.of()))))
			.list();
		Map<String, List<Dimension.Option>> options = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM dimension_option ORDER BY dimension_code, position, code").query(rs -> {
			options.computeIfAbsent(rs.getString("dimension_code"), k -> new ArrayList<>())
				.add(new Dimension.Option(rs.getString("code"), names(rs, "name_")));
		});
		List<Dimension> dimensions = jdbc.sql("SELECT * FROM dimension ORDER BY builtin DESC, code")
			.query((rs, n) -> new Dimension(rs.getString("code"), names(rs, "name_"), rs.getBoolean("builtin"),
					List.copyOf(options.getOrDefault(rs.getString("code"), List.of()))))
			.list();
		Map<String, Indicator> indicatorsByCode = new LinkedHashMap<>();
		indicators.forEach(i -> indicatorsByCode.put(i.code(), i));
		Map<String, Dimension> dimensionsByCode = new LinkedHashMap<>();
		dimensions.forEach(d -> dimensionsByCode.put(d.code(), d));
		// every option code per dimension, dimensions in code order (options in theirs)
		Map<String, Set<String>> codes = new LinkedHashMap<>();
		options.forEach((dimension, list) -> codes.put(dimension,
				Collections.unmodifiableSet(new LinkedHashSet<>(list.stream().map(Dimension.Option::code).toList()))));
		return new Snapshot(List.copyOf(indicators), Collections.unmodifiableMap(indicatorsByCode),
				List.copyOf(dimensions), Collections.unmodifiableMap(dimensionsByCode),
				Collections.unmodifiableMap(codes));
	}

	private static Map<String, String> names(java.sql.ResultSet rs, String prefix) throws java.sql.SQLException {
		return Map.of("ar", rs.getString(prefix + "ar"), "fr", rs.getString(prefix + "fr"), "en",
				rs.getString(prefix + "en"), "zgh", rs.getString(prefix + "zgh"));
	}

}
