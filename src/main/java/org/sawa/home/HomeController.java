package org.sawa.home;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page asks where the reader lives: a search by name in any language, the
 * regions to go down from (a commune is three taps away), and a list of the regions and
 * provinces by name; then what Sawa offers, each card a link to what exists.
 */
@Controller
class HomeController {

	/** What the home page offers, each to its page (message keys home.do.*). */
	static final Map<String, String> OFFERS = offers();

	private final Territories territories;

	HomeController(Territories territories) {
		this.territories = territories;
	}

	private static Map<String, String> offers() {
		Map<String, String> offers = new LinkedHashMap<>();
		offers.put("consultations", "/consultations");
		offers.put("petitions", "/petitions");
		offers.put("information", "/information");
		offers.put("councils", "/councils");
		offers.put("commitments", "/commitments");
		offers.put("reports", "/reports");
		offers.put("capacity", "/capacity");
		return offers;
	}

	@GetMapping("/")
	String home(Locale locale, Model model) {
		Map<Territory, List<Territory>> regions = new LinkedHashMap<>();
		for (Territory region : Territories.byName(territories.atLevel(Level.REGION), locale)) {
			regions.put(region, Territories.byName(territories.children(region.id()), locale));
		}
		model.addAttribute("regions", regions);
		model.addAttribute("offers", OFFERS);
		return "home/index";
	}

	/** The territory picker works as a plain GET form: no JavaScript needed. */
	@GetMapping("/go")
	String go(@RequestParam(defaultValue = "") String territory) {
		return territories.byCode(territory)
			.map(t -> "redirect:/territories/" + t.code())
			.orElse("redirect:/territories");
	}

}
