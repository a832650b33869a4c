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
 * over the years (women beside men when known) with its bars' lengths.
 */
public record IndicatorTile(Indicator indicator, int year, BigDecimal total, BigDecimal women, BigDecimal men,
		Double parityIndex, boolean disparity, BigDecimal target, Double progress, List<YearBar> trend) {

	/**
	 * A year of the trend: the total, and women beside men when the indicator is by sex
	 * (null when hidden or unknown), each with its bar's length in per cent of the
	 * largest value drawn.
	 */
	public record YearBar(int year, BigDecimal value, BigDecimal women, BigDecimal men, double bar, double womenBar,
			double menBar) {
	}

	/**
	 * The trend's bars: by sex when known (women beside men), else the totals; lengths
	 * scaled to the largest value drawn, a hidden value drawn as no bar.
	 */
	static List<YearBar> bars(Map<Integer, BigDecimal> totals, Map<Integer, Map<String, BigDecimal>> bySex) {
		List<BigDecimal> drawn = new ArrayList<>();
		if (bySex == null) {
			drawn.addAll(totals.values());
		}
		else {
			bySex.values().forEach(sexes -> {
				drawn.add(sexes.get("female"));
				drawn.add(sexes.get("male"));
			});
		}
		BigDecimal max = drawn.stream().filter(Objects::nonNull).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
		List<YearBar> bars = new ArrayList<>();
		totals.forEach((year, total) -> {
			Map<String, BigDecimal> sexes = bySex == null ? Map.of() : bySex.getOrDefault(year, Map.of());
			bars.add(new YearBar(year, total, sexes.get("female"), sexes.get("male"), length(total, max),
					length(sexes.get("female"), max), length(sexes.get("male"), max)));
		});
		return bars;
	}

	private static double length(BigDecimal value, BigDecimal max) {
		return value == null || max.signum() <= 0 ? 0
				: value.multiply(BigDecimal.valueOf(100)).divide(max, 1, RoundingMode.HALF_UP).doubleValue();
	}

	/** Whether the trend shows women beside men. */
	public boolean trendBySex() {
		return indicator.dimensions().contains("sex");
	}

	/**
	 * The tile of an indicator in a territory (with the dashboard's filters), from its
	 * exact figures: counts of people are shown as the public sees them, each its own
	 * cell.
	 */
	static IndicatorTile of(Indicator indicator, String territoryCode, Map<String, String> filters, int year,
			Map<String, BigDecimal> bySex, BigDecimal total, BigDecimal target, Map<Integer, BigDecimal> totals,
			Map<Integer, Map<String, BigDecimal>> totalsBySex, double threshold, PublishedCounts published) {
		boolean bySexKnown = indicator.dimensions().contains("sex");
		BigDecimal shownWomen = bySexKnown ? bySex.get("female") : null;
		BigDecimal shownMen = bySexKnown ? bySex.get("male") : null;
		BigDecimal shownTotal = total;
		Map<Integer, BigDecimal> shownTotals = new LinkedHashMap<>(totals);
		Map<Integer, Map<String, BigDecimal>> shownBySex = bySexKnown ? new LinkedHashMap<>() : null;
		if (bySexKnown) {
			totalsBySex.forEach((y, sexes) -> shownBySex.put(y, new java.util.HashMap<>(sexes)));
		}
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
			if (bySexKnown) {
				shownBySex.forEach((y, sexes) -> {
					Cell cell = Extracts.cell(indicator, territoryCode, y, filters);
					for (String sex : List.of("female", "male")) {
						sexes.put(sex, shown(published, cell.with("sex", sex), sexes.get(sex)));
					}
				});
			}
		}
		Disparity parity = bySexKnown ? Disparity.of(indicator, shownWomen, shownMen, threshold) : null;
		Double progress = target == null || target.signum() == 0 || shownTotal == null ? null
				: shownTotal.divide(target, 4, RoundingMode.HALF_UP).doubleValue();
		return new IndicatorTile(indicator, year, shownTotal, shownWomen, shownMen,
				parity == null ? null : parity.index(), parity != null && parity.flagged(), target, progress,
				bars(shownTotals, shownBySex));
	}

	private static BigDecimal shown(PublishedCounts published, Cell cell, BigDecimal exact) {
		Long figure = published.shown(cell, exact == null ? 0 : exact.longValue());
		return figure == null ? null : BigDecimal.valueOf(figure);
	}
}
