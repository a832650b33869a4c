package org.sawa.territory;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A territory's population in a year, summed from the communes below it: the denominator
 * against which participation is compared.
 */
public record Population(long territoryId, int year, List<PopulationCell> cells, boolean approximate,
		long communesCounted, String source) {

	public long total() {
		return cells.stream().mapToLong(PopulationCell::count).sum();
	}

	public long count(Sex sex) {
		return cells.stream().filter(c -> c.sex() == sex).mapToLong(PopulationCell::count).sum();
	}

	public long count(Sex sex, AgeBand band) {
		return cells.stream().filter(c -> c.sex() == sex && c.ageBand() == band).mapToLong(PopulationCell::count).sum();
	}

	public long count(Area area) {
		return cells.stream().filter(c -> c.area() == area).mapToLong(PopulationCell::count).sum();
	}

	public long count(AgeBand band) {
		return cells.stream().filter(c -> c.ageBand() == band).mapToLong(PopulationCell::count).sum();
	}

	/** Rows of the pyramid, oldest band first, each with female and male counts. */
	public List<PyramidRow> pyramid() {
		Map<AgeBand, long[]> rows = new EnumMap<>(AgeBand.class);
		for (AgeBand band : AgeBand.values()) {
			rows.put(band, new long[2]);
		}
		for (PopulationCell cell : cells) {
			rows.get(cell.ageBand())[cell.sex() == Sex.FEMALE ? 0 : 1] += cell.count();
		}
		List<AgeBand> bands = new java.util.ArrayList<>(List.of(AgeBand.values()));
		java.util.Collections.reverse(bands);
		return bands.stream().map(b -> new PyramidRow(b, rows.get(b)[0], rows.get(b)[1])).toList();
	}

	public record PyramidRow(AgeBand band, long female, long male) {
	}
}
