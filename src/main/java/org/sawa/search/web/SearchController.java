package org.sawa.search.web;

import java.util.List;
import java.util.Locale;
import org.sawa.search.Search;
import org.sawa.search.SearchQuery;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: words, optionally one kind and one region or province; results best
 * first, with a count per kind that narrows to it.
 */
@Controller
class SearchController {

	private static final int MOST_WORDS = 200;

	private final Search search;

	private final Territories territories;

	SearchController(Search search, Territories territories) {
		this.search = search;
		this.territories = territories;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String territory, Locale locale, Model model) {
		String words = q == null ? "" : q.strip();
		if (words.length() > MOST_WORDS) {
			words = words.substring(0, MOST_WORDS);
		}
		Territory place = territory == null || territory.isBlank() ? null : territories.byCode(territory).orElse(null);
		List<Long> within = place == null ? List.of() : territories.subtree(place.id());
		String chosen = search.kinds().contains(kind) ? kind : "";
		model.addAttribute("q", words);
		model.addAttribute("kind", chosen);
		model.addAttribute("territory", place == null ? "" : place.code());
		model.addAttribute("kinds", search.kinds());
		model.addAttribute("places", places(locale));
		model.addAttribute("results",
				search.search(SearchQuery.of(words, within, locale, Search.PER_SOURCE, territories), chosen));
		return "search/results";
	}

	/** The regions and provinces a search may be narrowed to, by name. */
	private List<Territory> places(Locale locale) {
		List<Territory> places = new java.util.ArrayList<>();
		for (Territory region : Territories.byName(territories.atLevel(org.sawa.territory.Level.REGION), locale)) {
			places.add(region);
			places.addAll(Territories.byName(territories.children(region.id()), locale));
		}
		return places;
	}

}
