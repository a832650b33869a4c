package org.sawa.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sawa.disclosure.Cell;
import org.sawa.disclosure.PublishedCounts;

/**
 * One indicator on a territory's dashboard for a year: its total, women and men
 * (published through {@link PublishedCounts} when they are counts of people), the gender
 * parity index (women / men) with a flag below the threshold, the target, and the trend
 * over the years with the geometry of its bar chart.
 */
public record IndicatorTile(Indicator indicator, int year, BigDecimal total, BigDecimal women, BigDecimal men,
		Double parityIndex, boolean disparity, BigDecimal target, Double progress, List<YearBar> trend, int chartWidth,
		int chartHeight) {

	public record YearBar(int year, BigDecimal value, int x, int y, int height, int labelX) {
	}

	/**
	 * Geometry of a bar chart by year (a null value is hidden and drawn as no bar), and
	 * its width.
	 */
	static List<YearBar> bars(Map<Integer, BigDecimal> values) {
		List<YearBar> bars = new ArrayList<>();
		BigDecimal max = values.values()
			.stream()
			.filter(Objects::nonNull)
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ZERO);
		int x = 8;
		for (Map.Entry<Integer, BigDecimal> entry : values.entrySet()) {
			BigDecimal value = entry.getValue();
			int height = max.signum() == 0 || value == null ? 0
					: value.multiply(BigDecimal.valueOf(80)).divide(max, 0, RoundingMode.HALF_UP).intValue();
			bars.add(new YearBar(entry.getKey(), value, x, 90 - height, height, x + 18));
			x += 44;
		}
		return bars;
	}

	static int chartWidth(List<YearBar> bars) {
		return Math.max(8 + 44 * bars.size(), 60);
	}

	/**
	 * The tile of an indicator in a territory (with the dashboard's filters), from its
	 * exact figures: counts of people are shown as the public sees them, each its own
	 * cell.
	 */
	static IndicatorTile of(Indicator indicator, String territoryCode, Map<String, String> filters, int year,
			Map<String, BigDecimal> bySex, BigDecimal total, BigDecimal target, Map<Integer, BigDecimal> totals,
			double threshold, PublishedCounts published) {
		boolean bySexKnown = indicator.dimensions().contains("sex");
		BigDecimal shownWomen = bySexKnown ? bySex.get("female") : null;
		BigDecimal shownMen = bySexKnown ? bySex.get("male") : null;
		BigDecimal shownTotal = total;
		Map<Integer, BigDecimal> shownTotals = new LinkedHashMap<>(totals);
		// counts of people are published cell by cell; amounts and rates are not about
		// few
		// people
		if (indicator.isCount()) {
			Cell all = Extracts.cell(indicator, territoryCode, year, filters);
			shownWomen = bySexKnown ? shown(published, all.with("sex", "female"), shownWomen) : null;
			shownMen = bySexKnown ? shown(published, all.with("sex", "male"), shownMen) : null;
			shownTotal = shown(published, all, total);
			totals.forEach((y, value) -> shownTotals.put(y,
					shown(published, Extracts.cell(indicator, territoryCode, y, filters), value)));
		}
		Disparity parity = bySexKnown ? Disparity.of(indicator, shownWomen, shownMen, threshold) : null;
		Double progress = target == null || target.signum() == 0 || shownTotal == null ? null
				: shownTotal.divide(target, 4, RoundingMode.HALF_UP).doubleValue();
		List<YearBar> bars = bars(shownTotals);
		return new IndicatorTile(indicator, year, shownTotal, shownWomen, shownMen,
				parity == null ? null : parity.index(), parity != null && parity.flagged(), target, progress, bars,
				chartWidth(bars), 112);
	}

	private static BigDecimal shown(PublishedCounts published, Cell cell, BigDecimal exact) {
		Long figure = published.shown(cell, exact == null ? 0 : exact.longValue());
		return figure == null ? null : BigDecimal.valueOf(figure);
	}
}
