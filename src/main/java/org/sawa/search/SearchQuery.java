package org.sawa.search;

import java.util.List;
import java.util.Locale;
import org.sawa.input.SearchFolding;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a person searched: her words (folded in SQL as every source's texts: case, Latin
 * accents, Arabic short vowels and letter forms), the territories she narrowed to (a
 * territory and all within it; empty for everywhere), her language, how many hits a
 * source returns at most, and the places the words name (any of the four languages, Latin
 * transliterations) within reach, best first.
 */
public record SearchQuery(String words, List<Long> territoryIds, Locale locale, int limit,
		List<Territory> placesNamed) {

	/**
	 * A search, with the places its words name within its reach found once (the territory
	 * search reads and folds every name), for every source that wants them.
	 */
	public static SearchQuery of(String words, List<Long> territoryIds, Locale locale, int limit,
			Territories territories) {
		List<Territory> named = territories.search(words, locale, limit)
			.stream()
			.filter(place -> territoryIds.isEmpty() || territoryIds.contains(place.id()))
			.toList();
		return new SearchQuery(words, territoryIds, locale, limit, named);
	}

	/**
	 * The words as a full-text query in SQL, bound to {@code :q} = {@link #words()}:
	 * folded and stemmed as French, as Arabic and as typed (root migration V5), to match
	 * a module's {@code search} column made with {@code sawa_document(title, body)}.
	 */
	public static final String TSQUERY = "sawa_query(:q)";

	/** Whether there is anything to search once folded (not only signs or spaces). */
	public boolean empty() {
		return SearchFolding.fold(words).isBlank();
	}

	/** Whether the query is narrowed to some territories. */
	public boolean narrowed() {
		return !territoryIds.isEmpty();
	}

	/** The territories as an SQL array parameter ({@code = ANY(:places)}). */
	public Long[] places() {
		return territoryIds.toArray(Long[]::new);
	}

	/**
	 * A source's statement with the query's parameters bound: {@code :q} (the words for
	 * {@link #TSQUERY}), {@code :narrowed} and {@code :places} (to write
	 * {@code (NOT :narrowed OR territory_id = ANY(:places))}) and {@code :limit}.
	 */
	public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
		return statement.param("q", words)
			.param("narrowed", narrowed())
			.param("places", places())
			.param("limit", limit);
	}

}
