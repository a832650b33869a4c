package org.sawa.disclosure;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what figure the public sees for a count of people (ADR 0021,
 * the cell-key method). Each cell gets a small noise from -2 to +2 drawn from a key that
 * only this class computes: an HMAC of the cell and its exact count under
 * {@code sawa.disclosure.cell-key}, a key the database does not hold. The same cell with
 * the same count shows the same figure in every page, export, report and answer of the
 * API, every time, so asking again averages nothing away; when the count changes the
 * noise is drawn afresh, so comparing two days does not give the change exactly.
 *
 * <ul>
 * <li>Every count from 1 to 4 is shown as "fewer than five" ({@code null}), and so is a
 * count of 5 or 6 whose perturbed figure falls under five.</li>
 * <li>Zero is shown as zero ("nobody" identifies no one, and who is missing is what the
 * inclusion lens shows), except for one cell in ten, shown "fewer than five": so "fewer
 * than five" may hide nobody, and no sum of published figures can pin a group down to
 * exactly one person.</li>
 * <li>Totals are cells of their own: they may differ by a few units from the sum of the
 * figures beside them.</li>
 * </ul>
 * Officers of a territory see exact figures; that choice is the caller's.
 */
@Component
public class PublishedCounts {

	/** Counts from 1 to this minus one are never shown. */
	public static final int THRESHOLD = 5;

	/**
	 * The noise by cell key: up to 0.05 gives -2, up to 0.25 gives -1, up to 0.75 none,
	 * up to 0.95 +1, above +2 (mean 0, variance 0.6).
	 */
	static final double[] BOUNDS = { 0.05, 0.25, 0.75, 0.95 };

	/** A zero whose cell key is at or above this is shown "fewer than five". */
	static final double ZERO_HIDDEN_FROM = 0.90;

	/**
	 * One HMAC per thread, keyed once (a MAC is not shared between threads): looking the
	 * algorithm up and keying it for each cell was a quarter of a national "who takes
	 * part" view, which publishes some 200 cells (issue 23).
	 */
	private final ThreadLocal<Mac> hmac;

	PublishedCounts(@Value("${sawa.disclosure.cell-key}") String key) {
		SecretKeySpec spec = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
		this.hmac = ThreadLocal.withInitial(() -> {
			try {
				Mac made = Mac.getInstance("HmacSHA256");
				made.init(spec);
				return made;
			}
			catch (GeneralSecurityException e) {
				throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
			}
		});
	}

	/**
	 * What a member of the public sees for a cell holding {@code exact} people: the
	 * perturbed figure, or null for "fewer than five".
	 */
	public Long shown(Cell cell, long exact) {
		double cellKey = cellKey(cell, exact);
		if (exact == 0) {
			return cellKey >= ZERO_HIDDEN_FROM ? null : 0L;
		}
		long figure = exact + noise(cellKey);
		return exact < THRESHOLD || figure < THRESHOLD ? null : figure;
	}

	/** The exact count for a reader allowed to see it, else what the public sees. */
	public Long shown(Cell cell, long exact, boolean exactAllowed) {
		return exactAllowed ? Long.valueOf(exact) : shown(cell, exact);
	}

	static int noise(double cellKey) {
		int step = 0;
		while (step < BOUNDS.length && cellKey >= BOUNDS[step]) {
			step++;
		}
		return step - 2;
	}

	/**
	 * The cell key: the first 32 bits of the HMAC of the cell and its count, from 0 up to
	 * (not including) 1.
	 */
	double cellKey(Cell cell, long exact) {
		// doFinal leaves the MAC ready for the next cell, with the same key
		byte[] mac = hmac.get().doFinal((cell.identity() + '\u001e' + exact).getBytes(StandardCharsets.UTF_8));
		long bits = ((mac[0] & 0xFFL) << 24) | ((mac[1] & 0xFFL) << 16) | ((mac[2] & 0xFFL) << 8) | (mac[3] & 0xFFL);
		return bits / (double) (1L << 32);
	}

	/**
	 * A table of counts (rows x columns, no margins) as the reader may see it, with its
	 * margins computed from the exact counts and each entry published as its own cell.
	 */
	public ProtectedTable table(long[][] counts, CellAt cells, boolean exactAllowed) {
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
		List<List<Long>> shown = new ArrayList<>();
		int fewerThanFive = 0;
		for (int r = 0; r <= rows; r++) {
			List<Long> line = new ArrayList<>();
			for (int c = 0; c <= columns; c++) {
				Long figure;
				Cell cell = cells.at(r, c);
				if (exactAllowed || cell == null) {
					figure = grid[r][c];
				}
				else if (smallExactMargin(grid, cells, r, c)) {
					figure = null;
				}
				else {
					figure = shown(cell, grid[r][c]);
				}
				fewerThanFive += figure == null ? 1 : 0;
				line.add(figure);
			}
			shown.add(line);
		}
		return new ProtectedTable(shown, fewerThanFive);
	}

	/** Whether the row's or column's margin is published exactly and is from 1 to 4. */
	private static boolean smallExactMargin(long[][] grid, CellAt cells, int r, int c) {
		int rows = grid.length - 1;
		int columns = grid[0].length - 1;
		boolean rowMarginExact = c != columns && cells.at(r, columns) == null;
		boolean columnMarginExact = r != rows && cells.at(rows, c) == null;
		return rowMarginExact && small(grid[r][columns]) || columnMarginExact && small(grid[rows][c]);
	}

	private static boolean small(long count) {
		return count > 0 && count < THRESHOLD;
	}

	/**
	 * One breakdown (counts per option, e.g. signatories by sex) as the public sees it:
	 * the options in the given order with their figures (null for "fewer than five"),
	 * leaving out options shown as zero. {@code cellOf} names each option's cell, and the
	 * total's for "".
	 */
	public List<Map.Entry<String, Long>> column(Map<String, Long> counts, List<String> options,
			Function<String, Cell> cellOf) {
		List<Map.Entry<String, Long>> shown = new ArrayList<>();
		for (String option : options) {
			Long figure = shown(cellOf.apply(option), counts.getOrDefault(option, 0L));
			if (figure == null || figure > 0) {
				shown.add(new AbstractMap.SimpleEntry<>(option, figure));
			}
		}
		return shown;
	}

}
