package org.sawa.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.disclosure.PublishedCounts;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Service;

/**
 * The indicator figures a territory shows the public, as its dashboard shows them (and as
 * the annual report copies them): the dashboard's indicators at a year, each protected,
 * with the gender parity flagged against the dashboard's threshold (which the
 * participation lens uses too).
 */
@Service
public class PublicFigures {

	/** The tiles at a year, and every year any shown indicator has a figure for. */
	public record Tiles(List<Integer> years, int year, List<IndicatorTile> tiles) {
	}

	private final Indicators indicators;

	private final IndicatorFigures figures;

	private final Dashboards dashboards;

	private final PublishedCounts published;

	PublicFigures(Indicators indicators, IndicatorFigures figures, Dashboards dashboards, PublishedCounts published) {
		this.published = published;
		this.indicators = indicators;
		this.figures = figures;
		this.dashboards = dashboards;
	}

	/**
	 * The indicators a territory's dashboard shows: those of its governing dashboard in
	 * its order, to the public once published (to its officers before); every indicator
	 * where none was composed.
	 */
	public List<Indicator> shown(Territory territory, boolean officer) {
		Dashboards.Dashboard dashboard = dashboards.governing(territory).orElse(null);
		List<Indicator> shown = new ArrayList<>();
		if (dashboard == null) {
			shown.addAll(indicators.all());
		}
		else if (dashboard.published() || officer) {
			Map<String, Indicator> byCode = new LinkedHashMap<>();
			indicators.all().forEach(i -> byCode.put(i.code(), i));
			dashboard.indicators().stream().filter(byCode::containsKey).map(byCode::get).forEach(shown::add);
		}
		return shown;
	}

	/** The disparity threshold of the territory's dashboard (or the default). */
	public double threshold(Territory territory) {
		return dashboards.threshold(territory);
	}

	/**
	 * Each indicator with figures at the year asked for (or the latest year with figures
	 * when none is asked or it has none), each at its latest year up to it.
	 */
	public Tiles tiles(Territory territory, List<Indicator> shown, Map<String, String> filters, Integer year,
			double threshold) {
		List<Integer> allYears = new ArrayList<>();
		Map<Indicator, IndicatorFigures.Yearly> withData = new LinkedHashMap<>();
		for (Indicator indicator : shown) {
			IndicatorFigures.Yearly yearly = figures.yearly(indicator, territory.id(), filters);
			if (!yearly.totals().isEmpty()) {
				withData.put(indicator, yearly);
				yearly.totals().keySet().stream().filter(y -> !allYears.contains(y)).forEach(allYears::add);
			}
		}
		allYears.sort(null);
		int at = year != null && allYears.contains(year) ? year
				: allYears.isEmpty() ? 0 : allYears.get(allYears.size() - 1);
		// a target is set for everyone: it does not apply to one group
		Map<String, Map<Integer, BigDecimal>> targets = filters.isEmpty() && !withData.isEmpty()
				? figures.targets(withData.keySet().stream().map(Indicator::code).toList()) : Map.of();
		List<IndicatorTile> tiles = new ArrayList<>();
		withData
			.forEach((indicator, yearly) -> yearly.totals()
				.keySet()
				.stream()
				.filter(y -> y <= at)
				.reduce((a, b) -> b)
				.ifPresent(y -> tiles.add(IndicatorTile.of(indicator, territory.code(), filters, y,
						yearly.bySex().getOrDefault(y, Map.of()), yearly.totals().get(y),
						targets.getOrDefault(indicator.code(), Map.of()).get(y), yearly.totals(), yearly.bySex(),
						threshold, published))));
		return new Tiles(allYears, at, tiles);
	}

	/**
	 * The public tiles of a territory for one year: only indicators with a figure in that
	 * very year.
	 */
	public List<IndicatorTile> tilesOf(Territory territory, int year) {
		return tiles(territory, shown(territory, false), Map.of(), year, threshold(territory)).tiles()
			.stream()
			.filter(tile -> tile.year() == year)
			.toList();
	}

}
