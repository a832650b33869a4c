package org.sawa.indicator.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.indicator.Dashboards;
import org.sawa.indicator.Indicator;
import org.sawa.indicator.Indicators;
import org.sawa.indicator.internal.DataEntryGrid;
import org.sawa.indicator.internal.ExactFigures;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A programme officer composes the dashboard of a territory they answer for: which
 * indicators, in which order, the threshold below which a group is flagged, and whether
 * it is public.
 */
@Controller
class DashboardComposerController {

	/** One indicator's line in the form: whether shown, and its position as typed. */
	record Choice(Indicator indicator, boolean shown, String position, String error) {
	}

	private final Dashboards dashboards;

	private final Indicators indicators;

	private final Territories territories;

	private final ExactFigures officers;

	DashboardComposerController(Dashboards dashboards, Indicators indicators, Territories territories,
			ExactFigures officers) {
		this.dashboards = dashboards;
		this.indicators = indicators;
		this.territories = territories;
		this.officers = officers;
	}

	private Territory territory(SawaUser user, String code) {
		Territory territory = territories.byCode(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!officers.allowed(user, territory)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return territory;
	}

	@GetMapping("/officer/dashboards/{code}")
	String show(@AuthenticationPrincipal SawaUser user, @PathVariable String code, Model model) {
		Territory territory = territory(user, code);
		Dashboards.Dashboard own = dashboards.own(territory.id()).orElse(null);
		List<String> chosen = own == null ? List.of() : own.indicators();
		List<Choice> choices = new ArrayList<>();
		for (Indicator indicator : indicators.all()) {
			int at = chosen.indexOf(indicator.code());
			choices.add(new Choice(indicator, at >= 0, at >= 0 ? String.valueOf(at + 1) : "", null));
		}
		choices.sort(Comparator.comparing((Choice c) -> !c.shown())
			.thenComparing(c -> c.shown() ? Integer.parseInt(c.position()) : 0));
		model.addAttribute("threshold",
				(own == null ? Dashboards.DEFAULT_THRESHOLD : own.threshold()).stripTrailingZeros().toPlainString());
		model.addAttribute("published", own != null && own.published());
		return page(territory, choices, model);
	}

	private String page(Territory territory, List<Choice> choices, Model model) {
		model.addAttribute("territory", territory);
		model.addAttribute("lineage", territories.lineage(territory));
		model.addAttribute("choices", choices);
		Dashboards.Dashboard governing = dashboards.governing(territory).orElse(null);
		model.addAttribute("inherited", governing != null && governing.territoryId() != territory.id()
				? territories.byId(governing.territoryId()).orElse(null) : null);
		return "indicator/compose";
	}

	@PostMapping("/officer/dashboards/{code}")
	String save(@AuthenticationPrincipal SawaUser user, @PathVariable String code,
			@RequestParam Map<String, String> form, @RequestParam(name = "show", required = false) List<String> shown,
			Model model) {
		Territory territory = territory(user, code);
		List<String> show = shown == null ? List.of() : shown;
		boolean published = form.containsKey("published");
		String thresholdText = form.getOrDefault("threshold", "").trim();
		BigDecimal threshold = DataEntryGrid.parse(thresholdText);
		String thresholdError = threshold == null || threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) > 0
				? "compose.error.threshold" : null;
		List<Choice> choices = new ArrayList<>();
		Map<String, Integer> positions = new LinkedHashMap<>();
		boolean bad = thresholdError != null;
		for (Indicator indicator : indicators.all()) {
			boolean on = show.contains(indicator.code());
			String typed = form.getOrDefault("position." + indicator.code(), "").trim();
			String error = null;
			if (on) {
				Integer position = typed.isEmpty() ? Integer.valueOf(100 + positions.size())
						: typed.matches("\\d{1,3}") ? Integer.valueOf(typed) : null;
				if (position == null || position < 1) {
					error = "compose.error.position";
					bad = true;
				}
				else {
					positions.put(indicator.code(), position);
				}
			}
			choices.add(new Choice(indicator, on, typed, error));
		}
		String showError = published && show.isEmpty() ? "compose.error.empty" : null;
		bad |= showError != null;
		if (bad) {
			model.addAttribute("threshold", thresholdText);
			model.addAttribute("thresholdError", thresholdError);
			model.addAttribute("showError", showError);
			model.addAttribute("published", published);
			model.addAttribute("hasErrors", true);
			return page(territory, choices, model);
		}
		List<String> ordered = positions.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.toList();
		dashboards.compose(territory.id(), ordered, threshold, published, "person:" + user.id());
		return "redirect:/officer/dashboards/" + territory.code() + "?saved";
	}

}
