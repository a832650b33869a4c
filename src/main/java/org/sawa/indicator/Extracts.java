package org.sawa.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sawa.disclosure.ProtectedTable;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Service;

/**
 * A selection of an indicator's figures as it may be published: a territory, some years,
 * a breakdown by up to two axes (dimensions of the indicator, or "territory" for the
 * territories one level down) and some dimensions fixed to one option. Each year is one
 * table with its margins (option "" = all together); counts of people are protected,
 * unless the reader may see exact figures for the territory.
 */
@Service
public class Extracts {

	/** The axis that breaks a territory down into those one level below it. */
	public static final String TERRITORY = "territory";

	/** One figure of an extract; {@code value} is null when withheld. */
	public record Row(String territory, int year, Map<String, String> options, BigDecimal value, boolean suppressed) {
	}

	public record Extract(Indicator indicator, Territory territory, List<Integer> years, List<String> by,
			Map<String, String> filters, boolean exact, List<Row> rows) {

		/**
		 * The figure for one year and one option per axis ("" = all), or null if absent.
		 */
		public Row row(int year, String territoryCode, Map<String, String> options) {
			return rows.stream()
				.filter(r -> r.year() == year && r.territory().equals(territoryCode) && r.options().equals(options))
				.findFirst()
				.orElse(null);
		}
	}

	/** A selection refused, with the message key of why. */
	public static class BadSelection extends RuntimeException {

		private final String messageKey;

		BadSelection(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}

	}

	private final IndicatorFigures figures;

	private final Indicators indicators;

	private final Territories territories;

	Extracts(IndicatorFigures figures, Indicators indicators, Territories territories) {
		this.figures = figures;
		this.indicators = indicators;
		this.territories = territories;
	}

	/**
	 * Checks a requested breakdown and filters against the indicator: axes it is broken
	 * down by (or "territory"), at most two, no repeats; filters on its dimensions with
	 * known options.
	 */
	private static void check(Indicator indicator, List<String> by, Map<String, String> filters,
			Map<String, Set<String>> options) {
		if (by.size() > 2 || by.stream().distinct().count() != by.size()) {
			throw new BadSelection("api.error.breakdown");
		}
		for (String axis : by) {
			if (!TERRITORY.equals(axis) && !indicator.dimensions().contains(axis)) {
				throw new BadSelection("api.error.breakdown");
			}
		}
		filters.forEach((dimension, option) -> {
			if (!indicator.dimensions().contains(dimension) || by.contains(dimension)
					|| !options.get(dimension).contains(option)) {
				throw new BadSelection("api.error.filter");
			}
		});
	}

	public Extract extract(Indicator indicator, Territory territory, List<Integer> years, List<String> by,
			Map<String, String> filters, boolean exact) {
		Map<String, Set<String>> allOptions = indicators.options();
		check(indicator, by, filters, allOptions);
		List<Territory> places = by.contains(TERRITORY) ? territories.children(territory.id()) : List.of(territory);
		if (places.isEmpty()) {
			throw new BadSelection("api.error.breakdown");
		}
		Map<Long, String> codes = new LinkedHashMap<>();
		places.forEach(t -> codes.put(t.id(), t.code()));
		codes.put(territory.id(), territory.code());
		List<Long> placeIds = places.stream().map(Territory::id).toList();
		List<String> dimensions = by.stream().filter(a -> !TERRITORY.equals(a)).toList();
		// the two axes of each year's table: rows, then columns (a single column when one
		// axis)
		List<List<String>> axes = new ArrayList<>();
		for (String axis : by) {
			axes.add(TERRITORY.equals(axis) ? places.stream().map(Territory::code).toList()
					: List.copyOf(allOptions.get(axis)));
		}
		while (axes.size() < 2) {
			axes.add(List.of(""));
		}
		Map<IndicatorFigures.Key, BigDecimal> cells = figures.values(indicator, placeIds, years, dimensions, filters);
		// margins: for counts they are sums of the cells; for amounts and rates they are
		// read, since a
		// rate of a whole is not the sum of its parts' rates
		Map<String, Map<IndicatorFigures.Key, BigDecimal>> margins = new LinkedHashMap<>();
		if (!indicator.isCount()) {
			for (int keep = 0; keep < by.size() && by.size() == 2; keep++) {
				List<String> kept = List.of(by.get(keep));
				List<String> keptDimensions = kept.stream().filter(a -> !TERRITORY.equals(a)).toList();
				List<Long> keptPlaces = kept.contains(TERRITORY) ? placeIds : List.of(territory.id());
				margins.put(String.valueOf(keep),
						figures.values(indicator, keptPlaces, years, keptDimensions, filters));
			}
			margins.put("all", figures.values(indicator, List.of(territory.id()), years, List.of(), filters));
		}
		List<Row> rows = new ArrayList<>();
		for (int year : years) {
			List<String> rowAxis = axes.get(0);
			List<String> columnAxis = axes.get(1);
			BigDecimal[][] grid = new BigDecimal[rowAxis.size()][columnAxis.size()];
			for (int r = 0; r < rowAxis.size(); r++) {
				for (int c = 0; c < columnAxis.size(); c++) {
					grid[r][c] = cells.get(key(by, territory, places, year, rowAxis.get(r), columnAxis.get(c)));
				}
			}
			if (grid.length == 0 || columnAxis.isEmpty()) {
				continue;
			}
			if (indicator.isCount()) {
				long[][] counts = new long[rowAxis.size()][columnAxis.size()];
				boolean any = false;
				for (int r = 0; r < rowAxis.size(); r++) {
					for (int c = 0; c < columnAxis.size(); c++) {
						counts[r][c] = grid[r][c] == null ? 0 : grid[r][c].longValue();
						any |= grid[r][c] != null;
					}
				}
				if (!any) {
					continue;
				}
				ProtectedTable table = exact ? ProtectedTable.exact(counts) : ProtectedTable.of(counts);
				for (int r = 0; r <= rowAxis.size(); r++) {
					for (int c = 0; c <= columnAxis.size(); c++) {
						boolean rowMargin = r == rowAxis.size();
						boolean columnMargin = c == columnAxis.size();
						// one axis: its options and their total; no axis: the total alone
						boolean included = switch (by.size()) {
							case 0 -> !rowMargin && !columnMargin;
							case 1 -> !columnMargin;
							default -> true;
						};
						if (!included) {
							continue;
						}
						Long shown = table.cells().get(r).get(c);
						rows.add(row(by, territory, year, rowMargin ? "" : rowAxis.get(r),
								columnMargin || by.size() < 2 ? "" : columnAxis.get(c),
								shown == null ? null : BigDecimal.valueOf(shown), shown == null));
					}
				}
			}
			else {
				for (int r = 0; r < rowAxis.size(); r++) {
					for (int c = 0; c < columnAxis.size(); c++) {
						if (grid[r][c] != null) {
							rows.add(row(by, territory, year, rowAxis.get(r), columnAxis.get(c), grid[r][c], false));
						}
					}
				}
				if (by.size() == 2) {
					for (int keep = 0; keep < 2; keep++) {
						int axis = keep;
						margins.get(String.valueOf(keep)).forEach((key, value) -> {
							if (key.year() == year) {
								String option = TERRITORY.equals(by.get(axis)) ? codes.get(key.territoryId())
										: key.options().get(0);
								rows.add(row(by, territory, year, axis == 0 ? option : "", axis == 1 ? option : "",
										value, false));
							}
						});
					}
				}
				if (!by.isEmpty()) {
					margins.get("all").forEach((key, value) -> {
						if (key.year() == year) {
							rows.add(row(by, territory, year, "", "", value, false));
						}
					});
				}
			}
		}
		return new Extract(indicator, territory, years, by, filters, exact, rows);
	}

	/**
	 * The figures' key of one cell: the place (a child, or the territory) and the
	 * dimension options.
	 */
	private static IndicatorFigures.Key key(List<String> by, Territory territory, List<Territory> places, int year,
			String first, String second) {
		long place = territory.id();
		List<String> options = new ArrayList<>();
		String[] values = { first, second };
		for (int i = 0; i < by.size(); i++) {
			if (TERRITORY.equals(by.get(i))) {
				String code = values[i];
				place = places.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow().id();
			}
			else {
				options.add(values[i]);
			}
		}
		return new IndicatorFigures.Key(place, year, List.copyOf(options));
	}

	private static Row row(List<String> by, Territory territory, int year, String first, String second,
			BigDecimal value, boolean suppressed) {
		String place = territory.code();
		Map<String, String> options = new LinkedHashMap<>();
		String[] values = { first, second };
		for (int i = 0; i < by.size(); i++) {
			if (TERRITORY.equals(by.get(i))) {
				place = values[i].isEmpty() ? territory.code() : values[i];
			}
			else {
				options.put(by.get(i), values[i]);
			}
		}
		return new Row(place, year, Map.copyOf(options), value, suppressed);
	}

}
