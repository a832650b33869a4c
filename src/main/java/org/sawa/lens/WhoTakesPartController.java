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

	/**
	 * Every channel in one table: its participants and who is missing. The figures by
	 * sex, age, area and disability are each channel's own page: the country's thirteen
	 * channels' charts and tables were some 300 KB of HTML in one page (issue 23), too
	 * much for a cheap phone on a slow connection and most of the page's cost.
	 */
	@GetMapping("/territories/{code}/who-takes-part")
	String show(@PathVariable String code, Model model) {
		Territory territory = territory(code, model);
		List<Channel> channels = channels(territory).entrySet()
			.stream()
			.map(entry -> new Channel(entry.getKey(), entry.getValue().get(0).total(),
					WhoTakesPart.gaps(entry.getValue())))
			.toList();
		model.addAttribute("channels", channels);
		return "lens/who-takes-part";
	}

	/** One channel of the territory: who took part, dimension by dimension. */
	@GetMapping("/territories/{code}/who-takes-part/{channel:.+}")
	String channel(@PathVariable String code, @PathVariable String channel, Model model) {
		Territory territory = territory(code, model);
		List<WhoTakesPart> views = channels(territory).get(channel);
		if (views == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("channel", channel);
		model.addAttribute("channelId", Channel.idOf(channel));
		model.addAttribute("views", views);
		return "lens/who-takes-part-channel";
	}

	/** A channel in the overview: its participants (null when hidden) and its gaps. */
	record Channel(String key, Long total, List<WhoTakesPart.Gap> gaps) {

		/** The channel's id in a page: its key with dashes for dots. */
		public String id() {
			return idOf(key);
		}

		/**
		 * The id of a channel's row in the overview and of its heading on its own page.
		 */
		static String idOf(String key) {
			return "channel-" + key.replace('.', '-');
		}

	}

	private Territory territory(String code, Model model) {
		Territory territory = territories.byCode(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var population = participants.reference(territory);
		model.addAttribute("territory", territory);
		model.addAttribute("lineage", territories.lineage(territory));
		model.addAttribute("populationYear", population == null ? null : String.valueOf(population.year()));
		model.addAttribute("threshold", PublishedCounts.THRESHOLD - 1);
		return territory;
	}

	/**
	 * Every channel's figures to date: every act so far, through the end of this month
	 * (no act is dated after today), so that the whole months are read from the rollup.
	 */
	private Map<String, List<WhoTakesPart>> channels(Territory territory) {
		LocalDate today = LocalDate.now(clock);
		return participants.byChannel(territory, WhoTakesPart.farPast(), today.withDayOfMonth(today.lengthOfMonth()));
	}

}
