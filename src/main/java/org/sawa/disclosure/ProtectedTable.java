package org.sawa.disclosure;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A two-way table of counts with its margins, as it may be shown in public: every count
 * from 1 to {@value #THRESHOLD_MINUS_ONE} is hidden (primary suppression), and further
 * cells are hidden wherever a hidden cell could otherwise be worked out by subtraction
 * from a total (secondary suppression). Zeros are shown: "nobody" identifies no one, and
 * who is missing is what the inclusion lens must show.
 *
 * <p>
 * Row {@code r} of {@link #cells()} has {@code columns + 1} entries, the last being the
 * row total; the last row holds the column totals and the grand total. A hidden entry is
 * {@code null}.
 */
public record ProtectedTable(List<List<Long>> cells, int suppressed) {

	public static final int THRESHOLD = 5;
	static final int THRESHOLD_MINUS_ONE = THRESHOLD - 1;

	/** Whether a count must be hidden on its own. */
	public static boolean sensitive(long count) {
		return count > 0 && count < THRESHOLD;
	}

	/**
	 * Protects {@code counts} (rows x columns, no margins); margins are computed here so
	 * that they always add up.
	 */
	public static ProtectedTable of(long[][] counts) {
		int rows = counts.length;
		int columns = rows == 0 ? 0 : counts[0].length;
		long[][] grid = withMargins(counts);
		boolean[][] hidden = new boolean[rows + 1][columns + 1];
		for (int r = 0; r <= rows; r++) {
			for (int c = 0; c <= columns; c++) {
				hidden[r][c] = sensitive(grid[r][c]);
			}
		}
		// Each row (its cells and its total) and each column (its cells and its total) is
		// one
		// additive relation; a relation with exactly one hidden member gives it away, so
		// hide the
		// smallest other member, and repeat until no relation has exactly one.
		boolean changed = true;
		while (changed) {
			changed = false;
			for (int r = 0; r <= rows; r++) {
				changed |= protect(grid, hidden, r, -1, columns + 1);
			}
			for (int c = 0; c <= columns; c++) {
				changed |= protect(grid, hidden, -1, c, rows + 1);
			}
		}
		return shown(grid, hidden);
	}

	/**
	 * The same table with its margins and nothing hidden: what a programme officer of the
	 * territory sees.
	 */
	public static ProtectedTable exact(long[][] counts) {
		long[][] grid = withMargins(counts);
		return shown(grid, new boolean[grid.length][grid[0].length]);
	}

	private static long[][] withMargins(long[][] counts) {
		int rows = counts.length;
		int columns = rows == 0 ? 0 : counts[0].length;
		long[][] grid = new long[rows + 1][columns + 1];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < columns; c++) {
				grid[r][c] = counts[r][c];
				grid[r][columns] += counts[r][c];
				grid[rows][c] += counts[r][c];
				grid[rows][columns] += counts[r][c];
			}
		}
		return grid;
	}

	private static ProtectedTable shown(long[][] grid, boolean[][] hidden) {
		int rows = grid.length - 1;
		int columns = grid[0].length - 1;
		List<List<Long>> shown = new ArrayList<>();
		int count = 0;
		for (int r = 0; r <= rows; r++) {
			List<Long> line = new ArrayList<>();
			for (int c = 0; c <= columns; c++) {
				line.add(hidden[r][c] ? null : grid[r][c]);
				count += hidden[r][c] ? 1 : 0;
			}
			shown.add(line);
		}
		return new ProtectedTable(shown, count);
	}

	/**
	 * One relation: a fixed row (column = -1) or a fixed column (row = -1), of
	 * {@code length} members.
	 */
	private static boolean protect(long[][] grid, boolean[][] hidden, int row, int column, int length) {
		int hiddenCount = 0;
		int best = -1;
		for (int i = 0; i < length; i++) {
			int r = row >= 0 ? row : i;
			int c = column >= 0 ? column : i;
			if (hidden[r][c]) {
				hiddenCount++;
			}
			else if (best < 0 || grid[r][c] < value(grid, row, column, best)) {
				best = i;
			}
		}
		if (hiddenCount != 1 || best < 0 || length < 2) {
			return false;
		}
		hidden[row >= 0 ? row : best][column >= 0 ? column : best] = true;
		return true;
	}

	private static long value(long[][] grid, int row, int column, int i) {
		return grid[row >= 0 ? row : i][column >= 0 ? column : i];
	}

	/**
	 * One breakdown (counts per option, e.g. signatories by sex) as it may be shown: the
	 * options in the given order, each with its count or null when hidden (protected
	 * against the total), and options with no one left out.
	 */
	public static List<Map.Entry<String, Long>> column(Map<String, Long> counts, List<String> options) {
		long[][] grid = new long[options.size()][1];
		for (int i = 0; i < options.size(); i++) {
			grid[i][0] = counts.getOrDefault(options.get(i), 0L);
		}
		ProtectedTable table = of(grid);
		List<Map.Entry<String, Long>> shown = new ArrayList<>();
		for (int i = 0; i < options.size(); i++) {
			if (grid[i][0] > 0 || table.cells().get(i).get(0) == null) {
				shown.add(new AbstractMap.SimpleEntry<>(options.get(i), table.cells().get(i).get(0)));
			}
		}
		return shown;
	}

	/** The grand total, or null if hidden. */
	public Long total() {
		List<Long> last = cells.get(cells.size() - 1);
		return last.get(last.size() - 1);
	}
}
