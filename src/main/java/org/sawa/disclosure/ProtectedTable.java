package org.sawa.disclosure;

import java.util.List;

/**
 * A two-way table of counts of people with its margins, as {@link PublishedCounts} lets a
 * reader see it. Row {@code r} of {@link #cells()} has {@code columns + 1} entries, the
 * last being the row total; the last row holds the column totals and the grand total. An
 * entry shown as "fewer than five" is {@code null}; {@code fewerThanFive} counts them.
 */
public record ProtectedTable(List<List<Long>> cells, int fewerThanFive) {

	/** The grand total, or null when shown as "fewer than five". */
	public Long total() {
		List<Long> last = cells.get(cells.size() - 1);
		return last.get(last.size() - 1);
	}

}
