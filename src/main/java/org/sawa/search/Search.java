package org.sawa.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Searches every source and merges their hits, best first, with how many each kind found
 * so that a page offers to narrow to one kind.
 */
@Service
public class Search {

	/** Hits per source: enough for a first page, few enough for a phone. */
	public static final int PER_SOURCE = 20;

	/** What a search found: the hits shown (one kind, or all) and the count per kind. */
	public record Results(List<Hit> hits, Map<String, Integer> counts) {

		public int total() {
			return counts.values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	private final List<SearchSource> sources;

	Search(List<SearchSource> sources) {
		this.sources = sources.stream().sorted(Comparator.comparingInt(s -> order(s.kind()))).toList();
	}

	/** The kinds a search may be narrowed to, in the order pages list them. */
	public List<String> kinds() {
		return sources.stream().map(SearchSource::kind).toList();
	}

	public Results search(SearchQuery query, String kind) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		List<Hit> hits = new ArrayList<>();
		if (query.empty()) {
			return new Results(hits, counts);
		}
		for (SearchSource source : sources) {
			List<Hit> found = source.search(query);
			if (!found.isEmpty()) {
				counts.put(source.kind(), found.size());
			}
			if (kind == null || kind.isBlank() || kind.equals(source.kind())) {
				hits.addAll(found);
			}
		}
		hits.sort(Comparator.comparingDouble(Hit::rank).reversed());
		return new Results(hits, counts);
	}

	private static int order(String kind) {
		int known = List
			.of("territory", "council", "petition", "request", "memo", "commitment", "consultation", "proposal")
			.indexOf(kind);
		return known < 0 ? 99 : known;
	}

}
