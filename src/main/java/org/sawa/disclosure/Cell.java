package org.sawa.disclosure;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a published count of people counts, whichever page, export or report shows it: the
 * source and measure (an indicator's code, a participation channel), the territory, the
 * period, and one option per dimension it is narrowed to (a dimension left out means
 * "everyone"). Two answers about the same cell are about the same people, so they show
 * the same figure.
 */
public record Cell(String source, String territory, String period, Map<String, String> options) {

	public Cell {
		TreeMap<String, String> sorted = new TreeMap<>();
		options.forEach((dimension, option) -> {
			if (option != null && !option.isEmpty()) {
				sorted.put(dimension, option);
			}
		});
		options = java.util.Collections.unmodifiableMap(sorted);
	}

	/** Everyone counted by the source in the territory over the period. */
	public static Cell of(String source, String territory, String period) {
		return new Cell(source, territory, period, Map.of());
	}

	/**
	 * The same cell narrowed to one option of a dimension ("" leaves the dimension open).
	 */
	public Cell with(String dimension, String option) {
		TreeMap<String, String> narrowed = new TreeMap<>(options);
		narrowed.put(dimension, option);
		return new Cell(source, territory, period, narrowed);
	}

	/** The same cell in another territory. */
	public Cell in(String territoryCode) {
		return new Cell(source, territoryCode, period, options);
	}

	/**
	 * One line of text naming the cell, the same for the same cell whatever order its
	 * options came in; fields are separated by control characters that no code contains.
	 */
	String identity() {
		StringBuilder text = new StringBuilder().append(source)
			.append('\u001f')
			.append(territory)
			.append('\u001f')
			.append(period);
		options.forEach((dimension, option) -> text.append('\u001f').append(dimension).append('=').append(option));
		return text.toString();
	}

}
