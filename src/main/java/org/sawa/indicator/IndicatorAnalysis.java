package org.sawa.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One indicator for one territory and year, as its page shows it: the breakdown along one
 * axis with each group's share against its share of the population, the gender parity and
 * the rural/urban gap, and the trend over the years. Figures are protected unless
 * {@code exact}.
 */
public record IndicatorAnalysis(Indicator indicator, int year, List<Integer> years, String by,
		Map<String, String> filters, List<Line> lines, BigDecimal total, boolean totalHidden, boolean exact,
		double threshold, Disparity parity, Disparity ruralUrban, boolean ruralUrbanPerPopulation, List<TrendRow> trend,
		String populationYear) {

	/**
	 * One group: its figure (null when hidden), shares and whether it is
	 * under-represented.
	 */
	public record Line(String option, String label, BigDecimal value, boolean hidden, Double share,
			Double populationShare, Double representation, boolean flagged, int bar) {
	}

	/**
	 * The trend's bars: women beside men when the rows have them, else each year's total
	 * (hidden ones drawn as no bar).
	 */
	public List<IndicatorTile.YearBar> trendBars() {
		Map<Integer, BigDecimal> totals = new java.util.LinkedHashMap<>();
		Map<Integer, Map<String, BigDecimal>> bySex = new java.util.LinkedHashMap<>();
		trend.forEach(row -> {
			totals.put(row.year(), row.total());
			Map<String, BigDecimal> sexes = new java.util.HashMap<>();
			sexes.put("female", row.women());
			sexes.put("male", row.men());
			bySex.put(row.year(), sexes);
		});
		return IndicatorTile.bars(totals, trendBySex() ? bySex : null);
	}

	/** Whether the trend has women and men to show beside each other. */
	public boolean trendBySex() {
		return trend.stream().anyMatch(row -> row.women() != null || row.men() != null);
	}

	/**
	 * One year of the trend; a null figure is hidden (or absent when the indicator has no
	 * such breakdown).
	 */
	public record TrendRow(int year, BigDecimal total, BigDecimal women, BigDecimal men, Double parity,
			BigDecimal target) {
	}
}
