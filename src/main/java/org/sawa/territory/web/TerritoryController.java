package org.sawa.territory.web;

import java.util.List;
import org.sawa.territory.Level;
import org.sawa.territory.Population;
import org.sawa.territory.PyramidChart;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Public pages: the list of regions and one page per territory. */
@Controller
class TerritoryController {

	private final Territories territories;

	TerritoryController(Territories territories) {
		this.territories = territories;
	}

	@GetMapping("/territories")
	String index(Model model) {
		model.addAttribute("regions", territories.atLevel(Level.REGION));
		return "territory/index";
	}

	@GetMapping("/territories/{code}")
	String show(@PathVariable String code, @RequestParam(required = false) Integer year, java.util.Locale locale,
			Model model) {
		Territory territory = territories.byCode(code)
			.orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
		model.addAttribute("territory", territory);
		model.addAttribute("lineage", territories.lineage(territory));
		model.addAttribute("children", territories.children(territory.id()));
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
