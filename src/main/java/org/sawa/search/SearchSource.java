package org.sawa.search;

import java.util.List;

/**
 * A module's public texts, searched in its own tables. A source returns at most
 * {@link SearchQuery#limit()} hits, best first, each with a rank comparable with other
 * sources' (PostgreSQL's {@code ts_rank} over {@link SearchQuery#TSQUERY}, or a fixed
 * rank for an exact name).
 */
public interface SearchSource {

	/**
	 * The kind of its hits ({@code petition}, {@code memo}...), a message key's last
	 * part.
	 */
	String kind();

	List<Hit> search(SearchQuery query);

}
