package org.sawa.inclusion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sawa.territory.Population;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public "who takes part" page of a territory: every channel, by sex, age, area and disability. */
@Controller
class WhoTakesPartController {

	private final Territories territories;
	private final ParticipationFacts facts;
	private final Dashboards dashboards;

	WhoTakesPartController(Territories territories, ParticipationFacts facts, Dashboards dashboards) {
		this.dashboards = dashboards;
		this.territories = territories;
		this.facts = facts;
	}

	@GetMapping("/territories/{code}/who-takes-part")
	String show(@PathVariable String code, Model model) {
		Territory territory = territories.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<Long> ids = DashboardController.subtree(territories, territory);
		List<Integer> years = territories.populationYears(territory.id());
		Population population = years.isEmpty() ? null : territories.population(territory.id(), years.get(0));
		LocalDate from = WhoTakesPart.farPast();
		LocalDate to = LocalDate.now(org.sawa.web.Formats.ZONE);
		// the same threshold as the territory's dashboard, so both pages flag the same groups
		double threshold = dashboards.threshold(territory);
		Map<String, List<WhoTakesPart>> byChannel = new java.util.LinkedHashMap<>();
		for (String channel : facts.channels(ids)) {
			byChannel.put(channel, new ArrayList<>());
		}
		for (String dimension : WhoTakesPart.OPTIONS.keySet()) {
			Map<String, Map<String, Long>> counts = new HashMap<>();
			for (ParticipationFacts.Count count : facts.byDimension(dimension, ids, from, to)) {
				counts.computeIfAbsent(count.channel(), k -> new HashMap<>()).put(count.option(), count.count());
			}
			for (String channel : byChannel.keySet()) {
				byChannel.get(channel)
					.add(WhoTakesPart.of(channel, dimension, counts.getOrDefault(channel, Map.of()), population,
						threshold));
			}
		}
		model.addAttribute("territory", territory);
		model.addAttribute("lineage", territories.lineage(territory));
		model.addAttribute("channels", byChannel);
		model.addAttribute("populationYear", years.isEmpty() ? null : String.valueOf(years.get(0)));
		model.addAttribute("threshold", ProtectedTable.THRESHOLD - 1);
		return "inclusion/who-takes-part";
	}
}
