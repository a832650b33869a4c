package org.sawa.territory;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a population pyramid drawn as SVG on the server: one row per age band,
 * women on one side of the axis, men on the other. The same figures are shown in a table.
 */
public record PyramidChart(int width, int height, int axis, List<Bar> bars) {

	static final int ROW = 26;
	static final int LABEL = 64;
	static final int HALF = 250;
	static final int TOP = 8;

	public record Bar(String band, int y, int femaleX, int femaleWidth, int maleX, int maleWidth, long female,
			long male, int labelY) {
	}

	public static PyramidChart of(Population population, boolean rightToLeft) {
		List<Population.PyramidRow> rows = population.pyramid();
		long max = rows.stream().mapToLong(r -> Math.max(r.female(), r.male())).max().orElse(0);
		int axis = HALF + LABEL / 2;
		List<Bar> bars = new ArrayList<>();
		int y = TOP;
		for (Population.PyramidRow row : rows) {
			int fw = max == 0 ? 0 : (int) Math.round(HALF * (double) row.female() / max);
			int mw = max == 0 ? 0 : (int) Math.round(HALF * (double) row.male() / max);
			// women on the reading-start side, as the legend reads: left in LTR, right in
			// RTL
			int startSide = rightToLeft ? mw : fw;
			int startX = axis - LABEL / 2 - startSide;
			int endX = axis + LABEL / 2;
			bars.add(new Bar(row.band().code(), y, rightToLeft ? endX : startX, fw, rightToLeft ? startX : endX, mw,
					row.female(), row.male(), y + ROW / 2 + 5));
			y += ROW;
		}
		return new PyramidChart(2 * HALF + LABEL, y + TOP, axis, bars);
	}
}
