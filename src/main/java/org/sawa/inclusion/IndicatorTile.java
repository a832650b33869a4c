package org.sawa.inclusion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One indicator on a territory's dashboard for a year: its total, women and men (protected
 * when they are counts of people), the gender parity index (women / men) with a flag below the
 * threshold, the target, and the trend over the years with the geometry of its bar chart.
 */
public record IndicatorTile(Indicator indicator, int year, Long total, Long women, Long men, Double parityIndex,
		boolean disparity, BigDecimal target, Double progress, List<YearBar> trend, int chartWidth, int chartHeight) {

	/** Below this parity index (women per man), a disparity is flagged. */
	public static final double PARITY_THRESHOLD = 0.8;

	public record YearBar(int year, BigDecimal value, int x, int y, int height, int labelX) {
	}

	/** Geometry of a bar chart by year (a null value is hidden and drawn as no bar), and its width. */
	static List<YearBar> bars(Map<Integer, BigDecimal> values) {
		List<YearBar> bars = new ArrayList<>();
		BigDecimal max = values.values().stream().filter(java.util.Objects::nonNull).max(BigDecimal::compareTo)
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
			BigDecimal target, Map<Integer, BigDecimal> totals) {
		long women = bySex.getOrDefault("female", BigDecimal.ZERO).longValue();
		long men = bySex.getOrDefault("male", BigDecimal.ZERO).longValue();
		long all = total == null ? 0 : total.longValue();
		boolean bySexKnown = indicator.dimensions().contains("sex");
		// counts of people are protected; amounts and rates are not about few people
		boolean people = indicator.isCount();
		ProtectedTable table = ProtectedTable.of(new long[][] { { women, men, Math.max(0, all - women - men) } });
		Long shownWomen = !bySexKnown ? null : people ? table.cells().get(0).get(0) : Long.valueOf(women);
		Long shownMen = !bySexKnown ? null : people ? table.cells().get(0).get(1) : Long.valueOf(men);
		Long shownTotal = people ? table.total() : Long.valueOf(all);
		Double parity = shownWomen != null && shownMen != null && shownMen > 0 ? (double) shownWomen / shownMen : null;
		Double progress = target == null || target.signum() == 0 || shownTotal == null ? null
				: BigDecimal.valueOf(shownTotal).divide(target, 4, RoundingMode.HALF_UP).doubleValue();
		Map<Integer, BigDecimal> shownTotals = new java.util.LinkedHashMap<>();
		totals.forEach((y, value) -> shownTotals.put(y,
				indicator.isCount() && ProtectedTable.sensitive(value.longValue()) ? null : value));
		List<YearBar> bars = bars(shownTotals);
		return new IndicatorTile(indicator, year, shownTotal, shownWomen, shownMen, parity,
				parity != null && parity < PARITY_THRESHOLD, target, progress, bars, chartWidth(bars), 112);
	}
}
