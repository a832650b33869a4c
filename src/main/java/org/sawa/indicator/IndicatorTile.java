package org.sawa.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sawa.disclosure.ProtectedTable;

/**
 * One indicator on a territory's dashboard for a year: its total, women and men
 * (protected when they are counts of people), the gender parity index (women / men) with
 * a flag below the threshold, the target, and the trend over the years with the geometry
 * of its bar chart.
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
			.filter(java.util.Objects::nonNull)
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

	static IndicatorTile of(Indicator indicator, int year, Map<String, BigDecimal> bySex, BigDecimal total,
			BigDecimal target, Map<Integer, BigDecimal> totals, double threshold) {
		BigDecimal women = bySex.get("female");
		BigDecimal men = bySex.get("male");
		boolean bySexKnown = indicator.dimensions().contains("sex");
		BigDecimal shownWomen = bySexKnown ? women : null;
		BigDecimal shownMen = bySexKnown ? men : null;
		BigDecimal shownTotal = total;
		// counts of people are protected; amounts and rates are not about few people
		if (indicator.isCount()) {
			long w = women == null ? 0 : women.longValue();
			long m = men == null ? 0 : men.longValue();
			long all = total == null ? 0 : total.longValue();
			ProtectedTable table = ProtectedTable.of(new long[][] { { w, m, Math.max(0, all - w - m) } });
			shownWomen = bySexKnown ? decimal(table.cells().get(0).get(0)) : null;
			shownMen = bySexKnown ? decimal(table.cells().get(0).get(1)) : null;
			shownTotal = decimal(table.total());
		}
		Disparity parity = bySexKnown ? Disparity.of(indicator, shownWomen, shownMen, threshold) : null;
		Double progress = target == null || target.signum() == 0 || shownTotal == null ? null
				: shownTotal.divide(target, 4, RoundingMode.HALF_UP).doubleValue();
		Map<Integer, BigDecimal> shownTotals = new java.util.LinkedHashMap<>();
		totals.forEach((y, value) -> shownTotals.put(y,
				indicator.isCount() && ProtectedTable.sensitive(value.longValue()) ? null : value));
		List<YearBar> bars = bars(shownTotals);
		return new IndicatorTile(indicator, year, shownTotal, shownWomen, shownMen,
				parity == null ? null : parity.index(), parity != null && parity.flagged(), target, progress, bars,
				chartWidth(bars), 112);
	}

	private static BigDecimal decimal(Long value) {
		return value == null ? null : BigDecimal.valueOf(value);
	}
}
