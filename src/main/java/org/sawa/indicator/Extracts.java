package org.sawa.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sawa.disclosure.Cell;
import org.sawa.disclosure.PublishedCounts;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Service;

/**
 * A selection of an indicator's figures as it may be published: a territory, some years,
 * a breakdown by up to two axes (dimensions of the indicator, or "territory" for the
 * territories one level down) and some dimensions fixed to one option. Each year is one
 * table with its margins (option "" = all together); counts of people are published
 * through {@link PublishedCounts} (the same figure for the same cell in every answer),
 * unless the reader may see exact figures for the territory.
 */
@Service
public class Extracts {

	/** The axis that breaks a territory down into those one level below it. */
	public static final String TERRITORY = "territory";

	/**
	 * One figure of an extract; {@code value} is null and {@code suppressed} true when it
	 * is shown as "fewer than five".
	 */
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

	private final PublishedCounts published;

	Extracts(IndicatorFigures figures, Indicators indicators, Territories territories, PublishedCounts published) {
		this.figures = figures;
		this.indicators = indicators;
		this.territories = territories;
		this.published = published;
	}

	/**
	 * The published cell of an indicator's count: in the territory, for the year, with
	 * the options fixed.
	 */
	static Cell cell(Indicator indicator, String territoryCode, int year, Map<String, String> options) {
		return new Cell("indicator/" + indicator.code(), territoryCode, String.valueOf(year), options);
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
		// margins are read, never summed: a rate of a whole is not the sum of its parts'
		// rates, and a count of everyone holds those whose option was not recorded; each
		// published cell then has one exact value, whichever table it is asked in
		Map<String, Map<IndicatorFigures.Key, BigDecimal>> margins = new LinkedHashMap<>();
		for (int keep = 0; keep < by.size() && by.size() == 2; keep++) {
			List<String> kept = List.of(by.get(keep));
			List<String> keptDimensions = kept.stream().filter(a -> !TERRITORY.equals(a)).toList();
			List<Long> keptPlaces = kept.contains(TERRITORY) ? placeIds : List.of(territory.id());
			margins.put(String.valueOf(keep), figures.values(indicator, keptPlaces, years, keptDimensions, filters));
		}
		margins.put("all", figures.values(indicator, List.of(territory.id()), years, List.of(), filters));
		List<Row> rows = new ArrayList<>();
		for (int year : years) {
			List<String> rowAxis = axes.get(0);
			List<String> columnAxis = axes.get(1);
			List<Row> ofYear = new ArrayList<>();
			boolean any = false;
			for (String first : rowAxis) {
				for (String second : columnAxis) {
					BigDecimal value = cells.get(key(by, territory, places, year, first, second));
					any |= value != null;
					if (indicator.isCount() || value != null) {
						ofYear.add(figure(indicator, by, territory, year, filters, first, second, value, exact));
					}
				}
			}
			if (!any && indicator.isCount()) {
				continue;
			}
			for (int keep = 0; keep < by.size() && by.size() == 2; keep++) {
				int axis = keep;
				Map<IndicatorFigures.Key, BigDecimal> margin = margins.get(String.valueOf(keep));
				for (String option : axes.get(axis)) {
					long place = TERRITORY.equals(by.get(axis))
							? places.stream().filter(t -> t.code().equals(option)).findFirst().orElseThrow().id()
							: territory.id();
					List<String> options = TERRITORY.equals(by.get(axis)) ? List.of() : List.of(option);
					BigDecimal value = margin.get(new IndicatorFigures.Key(place, year, options));
					if (indicator.isCount() || value != null) {
						ofYear.add(figure(indicator, by, territory, year, filters, axis == 0 ? option : "",
								axis == 1 ? option : "", value, exact));
					}
				}
			}
			if (!by.isEmpty()) {
				BigDecimal value = margins.get("all").get(new IndicatorFigures.Key(territory.id(), year, List.of()));
				if (indicator.isCount() || value != null) {
					ofYear.add(figure(indicator, by, territory, year, filters, "", "", value, exact));
				}
			}
			rows.addAll(ofYear);
		}
		return new Extract(indicator, territory, years, by, filters, exact, rows);
	}

	/**
	 * One figure of the extract: a count of people as the reader may see it (null when
	 * "fewer than five"), an amount or rate as it is.
	 */
	private Row figure(Indicator indicator, List<String> by, Territory territory, int year, Map<String, String> filters,
			String first, String second, BigDecimal value, boolean exact) {
		if (!indicator.isCount()) {
			return row(by, territory, year, first, second, value, false);
		}
		Long shown = published.shown(cellAt(indicator, by, territory, year, filters, first, second),
				value == null ? 0 : value.longValue(), exact);
		return row(by, territory, year, first, second, shown == null ? null : BigDecimal.valueOf(shown), shown == null);
	}

	/**
	 * The published cell at one option of each axis ("" = all): a territory axis moves
	 * the cell to that territory, a dimension fixes its option.
	 */
	private static Cell cellAt(Indicator indicator, List<String> by, Territory territory, int year,
			Map<String, String> filters, String first, String second) {
		Cell cell = cell(indicator, territory.code(), year, filters);
		String[] values = { first, second };
		for (int i = 0; i < by.size(); i++) {
			if (TERRITORY.equals(by.get(i))) {
				cell = values[i].isEmpty() ? cell : cell.in(values[i]);
			}
			else {
				cell = cell.with(by.get(i), values[i]);
			}
		}
		return cell;
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
