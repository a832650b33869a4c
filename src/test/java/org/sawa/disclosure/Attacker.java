package org.sawa.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Someone who collects every public answer and works with what the method is known to do
 * (ADR 0021: a figure f is a count from f - 2 to f + 2 and at least 5; "<5" is 0 to 6; 0
 * is nobody) and with every additive relation that holds in the data (a total is the sum
 * of its options, a territory the sum of those one level below). It narrows each cell's
 * range from every relation until nothing moves (interval propagation), and reports the
 * cells holding 1 to 4 people whose range came down to their exact count.
 */
final class Attacker {

	/** A cell the attacker saw: its exact count (known to the test only) and figure. */
	record Seen(long exact, Long figure) {
	}

	/** A total and the parts it is the sum of. */
	record Relation(String total, List<String> parts) {
	}

	private final Map<String, Seen> seen = new LinkedHashMap<>();

	private final List<String> inconsistent = new ArrayList<>();

	private final List<Relation> relations = new ArrayList<>();

	/** Records an answer; a cell answered twice with two figures is an inconsistency. */
	void saw(String cell, long exact, Long figure) {
		Seen before = seen.putIfAbsent(cell, new Seen(exact, figure));
		if (before != null && (before.exact() != exact || !java.util.Objects.equals(before.figure(), figure))) {
			inconsistent.add(cell + ": " + before + " then " + new Seen(exact, figure));
		}
	}

	boolean knows(String cell) {
		return seen.containsKey(cell);
	}

	Seen of(String cell) {
		return seen.get(cell);
	}

	Map<String, Seen> seen() {
		return seen;
	}

	List<String> inconsistent() {
		return inconsistent;
	}

	int relations() {
		return relations.size();
	}

	/**
	 * Gives the attacker a relation if every member was seen and it holds in the data
	 * (the attacker is given more than the public knows, never less).
	 */
	void relate(String total, List<String> parts) {
		if (parts.size() < 2 || !knows(total) || !parts.stream().allMatch(this::knows)) {
			return;
		}
		long sum = parts.stream().mapToLong(p -> seen.get(p).exact()).sum();
		if (sum == seen.get(total).exact()) {
			relations.add(new Relation(total, List.copyOf(parts)));
		}
	}

	/** What the cell-key method lets anyone know of a cell from its figure. */
	static long[] perturbed(Seen cell) {
		if (cell.figure() == null) {
			return new long[] { 0, PublishedCounts.THRESHOLD + 1 };
		}
		if (cell.figure() == 0) {
			return new long[] { 0, 0 };
		}
		return new long[] { Math.max(PublishedCounts.THRESHOLD, cell.figure() - 2), cell.figure() + 2 };
	}

	/**
	 * What anyone would know under primary suppression alone (exact figures, 1 to 4
	 * hidden): to show the attack has teeth.
	 */
	static long[] suppressedOnly(Seen cell) {
		return cell.exact() > 0 && cell.exact() < PublishedCounts.THRESHOLD
				? new long[] { 1, PublishedCounts.THRESHOLD - 1 } : new long[] { cell.exact(), cell.exact() };
	}

	/**
	 * The cells from 1 to 4 people pinned to their exact count, under what the given rule
	 * lets anyone know of each cell.
	 */
	Map<String, Long> recovered(Function<Seen, long[]> knowledge) {
		Map<String, long[]> range = new LinkedHashMap<>();
		seen.forEach((cell, s) -> range.put(cell, knowledge.apply(s)));
		boolean moved = true;
		for (int round = 0; moved && round < 200; round++) {
			moved = false;
			for (Relation relation : relations) {
				moved |= narrow(relation, range);
			}
		}
		Map<String, Long> recovered = new TreeMap<>();
		range.forEach((cell, r) -> {
			long exact = seen.get(cell).exact();
			if (r[0] > exact || r[1] < exact) {
				throw new IllegalStateException("the attacker's model is wrong about " + cell + ": " + exact
						+ " outside " + r[0] + ".." + r[1]);
			}
			if (r[0] == r[1] && exact > 0 && exact < PublishedCounts.THRESHOLD) {
				recovered.put(cell, exact);
			}
		});
		return recovered;
	}

	/** Cells from 1 to 4 people. */
	long protectedCells() {
		return seen.values().stream().filter(s -> s.exact() > 0 && s.exact() < PublishedCounts.THRESHOLD).count();
	}

	private static boolean narrow(Relation relation, Map<String, long[]> range) {
		long low = 0;
		long high = 0;
		for (String part : relation.parts()) {
			low += range.get(part)[0];
			high += range.get(part)[1];
		}
		boolean moved = false;
		long[] total = range.get(relation.total());
		moved |= tighten(total, low, high);
		for (String part : relation.parts()) {
			long[] r = range.get(part);
			moved |= tighten(r, total[0] - (high - r[1]), total[1] - (low - r[0]));
		}
		return moved;
	}

	private static boolean tighten(long[] r, long low, long high) {
		boolean moved = false;
		if (low > r[0]) {
			r[0] = low;
			moved = true;
		}
		if (high < r[1]) {
			r[1] = high;
			moved = true;
		}
		return moved;
	}

}
