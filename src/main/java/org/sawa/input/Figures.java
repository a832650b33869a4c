package org.sawa.input;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How precisely Sawa publishes a figure, by its unit, wherever it is written: counts
 * whole, percentages with one decimal, ratios and indices with two, amounts with two.
 * {@link Formats} writes these for a reader; CSV extracts write
 * {@link #rounded(Number, String)} as plain numbers, so the same figure reads the same in
 * both.
 */
public final class Figures {

	public static final int PERCENT_DECIMALS = 1;

	public static final int INDEX_DECIMALS = 2;

	private Figures() {
	}

	/**
	 * Decimals kept for a unit (count, percent, ratio, mad; unknown units as amounts).
	 */
	public static int scale(String unit) {
		return switch (unit == null ? "" : unit) {
			case "count" -> 0;
			case "percent" -> PERCENT_DECIMALS;
			default -> INDEX_DECIMALS;
		};
	}

	/** The figure as published: rounded half up to its unit's decimals. */
	public static BigDecimal rounded(Number value, String unit) {
		return rounded(value, scale(unit));
	}

	public static BigDecimal rounded(Number value, int decimals) {
		BigDecimal exact = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
		return exact.setScale(decimals, RoundingMode.HALF_UP);
	}

	/** The figure as a CSV cell: rounded, plain, trailing zeros of the decimals kept. */
	public static String plain(Number value, String unit) {
		return value == null ? "" : rounded(value, unit).toPlainString();
	}

}
