package org.sawa.territory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sawa.input.SearchFolding;

/**
 * Every territory, indexed as the hierarchy's readers ask: by id, by code, by parent
 * (kind then name), by level (name), in the order read (French name).
 */
record TerritoryTree(List<Territory> all, Map<Long, Territory> byId, Map<String, Territory> byCode,
		Map<Long, List<Territory>> byParent, Map<Level, List<Territory>> byLevel, List<Named> named,
		Map<Long, List<Long>> subtrees) {

	TerritoryTree(List<Territory> all) {
		this(List.copyOf(all), index(all, Territory::id), index(all, Territory::code), byParent(all), byLevel(all),
				named(all), new ConcurrentHashMap<>());
	}

	/**
	 * A territory below the country with its names as the place search compares them:
	 * folded, and as a transliteration's consonants (folding 1,500 communes' names in
	 * four languages on every search was most of a national search's time: issue 23).
	 */
	record Named(Territory territory, List<String> folded, List<String> skeletons) {
	}

	private static List<Named> named(List<Territory> all) {
		return all.stream()
			.filter(t -> t.level() != Level.COUNTRY)
			.map(t -> new Named(t, t.names().values().stream().map(SearchFolding::fold).toList(),
					t.names().values().stream().map(SearchFolding::skeleton).toList()))
			.toList();
	}

	private static <K> Map<K, Territory> index(List<Territory> all, java.util.function.Function<Territory, K> key) {
		Map<K, Territory> index = new HashMap<>();
		all.forEach(territory -> index.put(key.apply(territory), territory));
		return Map.copyOf(index);
	}

	private static Map<Long, List<Territory>> byParent(List<Territory> all) {
		Map<Long, List<Territory>> children = new HashMap<>();
		all.stream()
			.filter(t -> t.parentId() != null)
			.forEach(t -> children.computeIfAbsent(t.parentId(), p -> new ArrayList<>()).add(t));
		Map<Long, List<Territory>> sorted = new HashMap<>();
		// stable: by kind, then in the order read (the French name)
		children.forEach((parent, list) -> sorted.put(parent,
				list.stream()
					.sorted(Comparator.comparing(Territory::kind, Comparator.nullsLast(Comparator.naturalOrder())))
					.toList()));
		return Map.copyOf(sorted);
	}

	private static Map<Level, List<Territory>> byLevel(List<Territory> all) {
		Map<Level, List<Territory>> levels = new HashMap<>();
		all.forEach(t -> levels.computeIfAbsent(t.level(), l -> new ArrayList<>()).add(t));
		Map<Level, List<Territory>> copied = new HashMap<>();
		levels.forEach((level, list) -> copied.put(level, List.copyOf(list)));
		return Map.copyOf(copied);
	}

	List<Territory> children(long parentId) {
		return byParent.getOrDefault(parentId, List.of());
	}

	List<Territory> atLevel(Level level) {
		return byLevel.getOrDefault(level, List.of());
	}

	/**
	 * The ids of the territory and of those below it, higher levels (shorter paths)
	 * first.
	 */
	List<Long> below(Territory ancestor) {
		// worked out once per territory and copy of the tree: the country's 1,588 ids
		// were filtered and sorted again on each of its "who takes part" views (issue 23)
		return subtrees.computeIfAbsent(ancestor.id(), id -> all.stream()
			.filter(ancestor::contains)
			.sorted(Comparator.comparingInt((Territory t) -> t.path().length()).thenComparingLong(Territory::id))
			.map(Territory::id)
			.toList());
	}

	/** The ids a materialised path names, from the country down. */
	static List<Long> pathIds(String path) {
		return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
	}

}
