package org.sawa.lens;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sawa.disclosure.PublishedCounts;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public "who takes part" page of a territory: every channel, by sex, age, area and
 * disability.
 */
@Controller
class WhoTakesPartController {

	private final Clock clock;

	private final Territories territories;

	private final Participants participants;

	WhoTakesPartController(Territories territories, Participants participants, Clock clock) {
		this.clock = clock;
		this.territories = territories;
		this.participants = participants;
	}

	@GetMapping("/territories/{code}/who-takes-part")
	String show(@PathVariable String code, Model model) {
		Territory territory = territories.byCode(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var population = participants.reference(territory);
		// to date: every act so far, through the end of this month (no act is dated after
		// today), so that the whole months are read from the rollup
		LocalDate today = LocalDate.now(clock);
		Map<String, List<WhoTakesPart>> byChannel = participants.byChannel(territory, WhoTakesPart.farPast(),
				today.withDayOfMonth(today.lengthOfMonth()));
		model.addAttribute("territory", territory);
		model.addAttribute("lineage", territories.lineage(territory));
		model.addAttribute("channels", byChannel);
		model.addAttribute("populationYear", population == null ? null : String.valueOf(population.year()));
		model.addAttribute("threshold", PublishedCounts.THRESHOLD - 1);
		return "lens/who-takes-part";
	}

}
