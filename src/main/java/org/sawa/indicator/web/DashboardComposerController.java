package org.sawa.indicator.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sawa.account.SawaUser;
import org.sawa.indicator.Dashboards;
import org.sawa.indicator.Indicator;
import org.sawa.indicator.Indicators;
import org.sawa.indicator.internal.ExactFigures;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.FormPage;
import org.sawa.web.FormValues;
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

	/**
	 * One indicator's line in the form: whether shown, its position as typed and the
	 * translated reason it was refused, if it was.
	 */
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

	/**
	 * The composer: the stored dashboard, or after a refusal what the officer typed with
	 * each reason at its field.
	 */
	@GetMapping("/officer/dashboards/{code}")
	String show(@AuthenticationPrincipal SawaUser user, @PathVariable String code,
			@RequestParam(name = "show", required = false) List<String> typedShown, Model model) {
		Territory territory = territory(user, code);
		Optional<Map<String, String>> typed = FormValues.typed(model);
		@SuppressWarnings("unchecked")
		Map<String, String> errors = (Map<String, String>) model.getAttribute("errors");
		List<Choice> choices = new ArrayList<>();
		if (typed.isPresent()) {
			List<String> shown = typedShown == null ? List.of() : typedShown;
			for (Indicator indicator : indicators.all()) {
				String field = "position." + indicator.code();
				choices.add(new Choice(indicator, shown.contains(indicator.code()), typed.get().getOrDefault(field, ""),
						errors.get(field)));
			}
			model.addAttribute("threshold", typed.get().getOrDefault("threshold", ""));
			model.addAttribute("published", typed.get().containsKey("published"));
		}
		else {
			Dashboards.Dashboard own = dashboards.own(territory.id()).orElse(null);
			List<String> chosen = own == null ? List.of() : own.indicators();
			for (Indicator indicator : indicators.all()) {
				int at = chosen.indexOf(indicator.code());
				choices.add(new Choice(indicator, at >= 0, at >= 0 ? String.valueOf(at + 1) : "", null));
			}
			choices.sort(Comparator.comparing((Choice c) -> !c.shown())
				.thenComparing(c -> c.shown() ? Integer.parseInt(c.position()) : 0));
			model.addAttribute("threshold",
					(own == null ? Dashboards.DEFAULT_THRESHOLD : own.threshold()).stripTrailingZeros()
						.toPlainString());
			model.addAttribute("published", own != null && own.published());
		}
		model.addAttribute("territory", territory);
		model.addAttribute("lineage", territories.lineage(territory));
		model.addAttribute("choices", choices);
		Dashboards.Dashboard governing = dashboards.governing(territory).orElse(null);
		model.addAttribute("inherited", governing != null && governing.territoryId() != territory.id()
				? territories.byId(governing.territoryId()).orElse(null) : null);
		return "indicator/compose";
	}

	@PostMapping("/officer/dashboards/{code}")
	@FormPage("/officer/dashboards/{code}")
	String save(@AuthenticationPrincipal SawaUser user, @PathVariable String code,
			@RequestParam Map<String, String> form, @RequestParam(name = "show", required = false) List<String> shown) {
		Territory territory = territory(user, code);
		List<String> show = shown == null ? List.of() : shown;
		// only the catalogue's indicators are read: a forged code cannot be shown
		Map<String, String> positions = new LinkedHashMap<>();
		for (Indicator indicator : indicators.all()) {
			if (show.contains(indicator.code())) {
				positions.put(indicator.code(), form.getOrDefault("position." + indicator.code(), ""));
			}
		}
		dashboards.compose(territory.id(), new Dashboards.Composition(form.getOrDefault("threshold", ""), positions,
				form.containsKey("published")), "person:" + user.id());
		return "redirect:/officer/dashboards/" + territory.code() + "?saved";
	}

}
