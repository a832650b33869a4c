package org.sawa.territory.web;

import java.util.List;
import org.sawa.territory.Level;
import org.sawa.territory.Population;
import org.sawa.territory.PyramidChart;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.territory.TerritoryHub;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Public pages: the list of regions and one page per territory. */
@Controller
class TerritoryController {

	/** Territories a search shows at most. */
	static final int FOUND = 30;

	private final Territories territories;

	private final List<TerritoryHub> hubs;

	TerritoryController(Territories territories, List<TerritoryHub> hubs) {
		this.territories = territories;
		this.hubs = hubs.stream().sorted(java.util.Comparator.comparingInt(TerritoryHub::order)).toList();
	}

	/**
	 * The regions, and the territories whose name matches {@code q} in any language, each
	 * with the places above it so that two communes of one name can be told apart.
	 */
	@GetMapping("/territories")
	String index(@RequestParam(defaultValue = "") String q, java.util.Locale locale, Model model) {
		model.addAttribute("regions", Territories.byName(territories.atLevel(Level.REGION), locale));
		model.addAttribute("q", q);
		if (!q.isBlank()) {
			java.util.Map<Territory, List<Territory>> found = new java.util.LinkedHashMap<>();
			// each with the places above it, nearest first
			for (Territory t : territories.search(q, locale, FOUND)) {
				List<Territory> above = new java.util.ArrayList<>(territories.lineage(t));
				java.util.Collections.reverse(above);
				found.put(t, above);
			}
			model.addAttribute("found", found);
		}
		return "territory/index";
	}

	@GetMapping("/territories/{code}")
	String show(@PathVariable String code, @RequestParam(required = false) Integer year, java.util.Locale locale,
			Model model) {
		Territory territory = territories.byCode(code)
			.orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
		model.addAttribute("territory", territory);
		model.addAttribute("lineage", territories.lineage(territory));
		model.addAttribute("children", Territories.byName(territories.children(territory.id()), locale));
		List<TerritoryHub.Link> links = new java.util.ArrayList<>();
		hubs.forEach(hub -> links.addAll(hub.links(territory)));
		model.addAttribute("hub", links);
		List<Integer> years = territories.populationYears(territory.id());
		model.addAttribute("years", years);
		if (!years.isEmpty()) {
			int shown = year != null && years.contains(year) ? year : years.get(0);
			Population population = territories.population(territory.id(), shown);
			model.addAttribute("year", shown);
			model.addAttribute("yearText", String.valueOf(shown)); // a year is not a
																	// quantity: no digit
																	// grouping
			model.addAttribute("population", population);
			model.addAttribute("pyramid", PyramidChart.of(population, org.sawa.web.Languages.isRightToLeft(locale)));
		}
		return "territory/show";
	}

}
