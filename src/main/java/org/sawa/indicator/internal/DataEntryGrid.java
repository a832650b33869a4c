package org.sawa.indicator.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The data-entry grid of one indicator, territory and period: one cell per combination of
 * the indicator's dimension options. Rows combine every dimension but the last, columns
 * are the last dimension's options. Each cell carries what was typed (kept on error), its
 * error and its key ({@code sex=female;age_band=18-24}, empty for an indicator without
 * dimensions).
 */
public record DataEntryGrid(String columnDimension, List<String> columns, List<Row> rows, List<String> columnTotals,
		String total) {

	public record Cell(String key, String id, String text, String error) {
	}

	public record Row(Map<String, String> choice, List<Cell> cells, String total) {
	}

	public static DataEntryGrid of(List<String> dimensions, Map<String, List<String>> options,
			Map<String, String> texts, Map<String, String> errors) {
		List<String> columns = dimensions.isEmpty() ? List.of("") : options.get(dimensions.get(dimensions.size() - 1));
		List<Map<String, String>> rowCombos = new ArrayList<>();
		rowCombos.add(new LinkedHashMap<>());
		for (int d = 0; d < dimensions.size() - 1; d++) {
			List<Map<String, String>> next = new ArrayList<>();
			for (Map<String, String> combo : rowCombos) {
				for (String option : options.get(dimensions.get(d))) {
					Map<String, String> extended = new LinkedHashMap<>(combo);
					extended.put(dimensions.get(d), option);
					next.add(extended);
				}
			}
			rowCombos = next;
		}
		List<Row> rows = new ArrayList<>();
		BigDecimal[] columnSums = new BigDecimal[columns.size()];
		BigDecimal grand = BigDecimal.ZERO;
		int index = 0;
		for (Map<String, String> combo : rowCombos) {
			List<Cell> cells = new ArrayList<>();
			BigDecimal rowSum = BigDecimal.ZERO;
			for (int c = 0; c < columns.size(); c++) {
				Map<String, String> full = new LinkedHashMap<>(combo);
				if (!dimensions.isEmpty()) {
					full.put(dimensions.get(dimensions.size() - 1), columns.get(c));
				}
				String key = key(full);
				String text = texts.getOrDefault(key, "");
				cells.add(new Cell(key, "cell-" + index++, text, errors.get(key)));
				BigDecimal value = parse(text);
				// a refused value (out of bounds) counts in no total
				if (value != null && inRange(value)) {
					rowSum = rowSum.add(value);
					columnSums[c] = columnSums[c] == null ? value : columnSums[c].add(value);
					grand = grand.add(value);
				}
			}
			rows.add(new Row(combo, cells, rowSum.toPlainString()));
		}
		List<String> columnTotals = new ArrayList<>();
		for (BigDecimal sum : columnSums) {
			columnTotals.add(sum == null ? "0" : sum.toPlainString());
		}
		return new DataEntryGrid(dimensions.isEmpty() ? "" : dimensions.get(dimensions.size() - 1), columns, rows,
				columnTotals, grand.toPlainString());
	}

	/**
	 * The canonical key of a cell: {@code dimension=option} pairs in the indicator's
	 * order.
	 */
	public static String key(Map<String, String> choice) {
		StringBuilder key = new StringBuilder();
		choice.forEach((dimension,
				option) -> key.append(key.isEmpty() ? "" : ";").append(dimension).append('=').append(option));
		return key.toString();
	}

	/** The largest value stored: ten trillion, above any count or amount of a region. */
	public static final BigDecimal MAX_VALUE = BigDecimal.TEN.pow(13);

	/** The most decimals a value keeps. */
	public static final int MAX_DECIMALS = 4;

	/**
	 * Digits with a decimal point or comma, and a sign: no exponent, no spaces inside.
	 */
	private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]{1,40}([.,][0-9]{0,40})?|[.,][0-9]{1,40})");

	/**
	 * A number as an officer types or imports it, with a decimal point or comma; null
	 * when empty or not a number (an exponent such as {@code 1e309} is not one). The one
	 * parser of the module's forms and files.
	 */
	public static BigDecimal parse(String text) {
		if (text == null || text.isBlank() || !NUMBER.matcher(text.strip()).matches()) {
			return null;
		}
		return new BigDecimal(text.strip().replace(',', '.'));
	}

	/**
	 * Whether the value is one Sawa stores and publishes exactly: at most
	 * {@link #MAX_VALUE} either way and {@link #MAX_DECIMALS} decimals.
	 */
	public static boolean inRange(BigDecimal value) {
		return value.abs().compareTo(MAX_VALUE) <= 0 && value.stripTrailingZeros().scale() <= MAX_DECIMALS;
	}
}
