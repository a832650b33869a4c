package org.sawa.home;

import java.util.List;
import java.util.Map;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class HomeController {

	private final Territories territories;

	HomeController(Territories territories) {
		this.territories = territories;
	}

	@GetMapping("/")
	String home(Model model) {
		List<Map.Entry<Territory, List<Territory>>> regions = territories.atLevel(Level.REGION)
			.stream()
			.map(r -> Map.entry(r, territories.children(r.id())))
			.toList();
		model.addAttribute("regions", regions);
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
