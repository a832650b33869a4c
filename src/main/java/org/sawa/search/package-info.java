/**
 * One search across Sawa: petitions, the archive of answered information requests, memos
 * and opinions to councils, commitments, councils and territories. Each module that holds
 * public texts declares a {@link org.sawa.search.SearchSource} and searches its own
 * tables (PostgreSQL full-text search in Arabic and French); this module merges the
 * ranked hits, counts them per kind and serves the search page. It finds places itself
 * (the territory module is below every module) and knows no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.sawa.search;
