package org.sawa.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How two groups compare on an indicator: the index (the first group's figure over the
 * reference group's, e.g. women over men: the gender parity index), the gap in points,
 * and whether the first group falls short by more than the threshold, taking the
 * indicator's better direction into account (for "lower is better", an index above 1 /
 * threshold is the shortfall).
 */
public record Disparity(BigDecimal group, BigDecimal reference, Double index, Double gapPoints, boolean flagged) {

	/**
	 * Compares rates (percent or ratio: the gap is their difference in points) or counts
	 * and amounts (the gap is the difference of the two groups' shares of their sum, in
	 * points).
	 */
	static Disparity of(Indicator indicator, BigDecimal group, BigDecimal reference, double threshold) {
		if (group == null || reference == null) {
			return new Disparity(group, reference, null, null, false);
		}
		double gap;
		if (indicator.isRate()) {
			gap = group.subtract(reference).doubleValue() * ("ratio".equals(indicator.unit()) ? 100 : 1);
		}
		else {
			BigDecimal both = group.add(reference);
			gap = both.signum() == 0 ? 0 : (group.doubleValue() - reference.doubleValue()) * 100 / both.doubleValue();
		}
		return compared(indicator.better(), group, reference, gap, threshold);
	}

	/**
	 * Compares two rates of the same kind (e.g. per 10,000 inhabitants); the gap is their
	 * difference.
	 */
	static Disparity ofRates(String better, BigDecimal group, BigDecimal reference, double threshold) {
		if (group == null || reference == null) {
			return new Disparity(group, reference, null, null, false);
		}
		return compared(better, group, reference, group.subtract(reference).doubleValue(), threshold);
	}

	private static Disparity compared(String better, BigDecimal group, BigDecimal reference, double gap,
			double threshold) {
		Double index = reference.signum() == 0 ? null : group.divide(reference, 6, RoundingMode.HALF_UP).doubleValue();
		return new Disparity(group, reference, index, gap, flagged(better, index, threshold));
	}

	/**
	 * Whether an index (group over reference) falls short of the threshold in the better
	 * direction.
	 */
	static boolean flagged(String better, Double index, double threshold) {
		return index != null && ("lower".equals(better) ? index > 1 / threshold : index < threshold);
	}
}
