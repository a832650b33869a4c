package org.sawa.indicator.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.indicator.Dashboards;
import org.sawa.indicator.Indicator;
import org.sawa.indicator.Indicators;
import org.sawa.indicator.PublicFigures;
import org.sawa.indicator.internal.ExactFigures;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public indicator dashboard of a territory: a tile per indicator with data below it,
 * the year to show, and links down to the territories below.
 */
@Controller
class DashboardController {

	private final Territories territories;

	private final Indicators indicators;

	private final PublicFigures publicFigures;

	private final Dashboards dashboards;

	private final ExactFigures officers;

	DashboardController(Territories territories, Indicators indicators, PublicFigures publicFigures,
			Dashboards dashboards, ExactFigures officers) {
		this.dashboards = dashboards;
		this.officers = officers;
		this.territories = territories;
		this.indicators = indicators;
		this.publicFigures = publicFigures;
	}

	@GetMapping("/territories/{code}/indicators")
	String show(@PathVariable String code, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal SawaUser user, Model model) {
		Integer year = null;
		boolean badYear = false;
		if (params.containsKey("year")) {
			try {
				year = Integer.valueOf(params.get("year"));
			}
			catch (NumberFormatException ex) {
				badYear = true;
			}
		}
		Territory territory = territories.byCode(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean officer = officers.allowed(user, territory);
		Dashboards.Dashboard dashboard = dashboards.governing(territory).orElse(null);
		List<Indicator> shownIndicators = publicFigures.shown(territory, officer);
		double threshold = (dashboard == null ? Dashboards.DEFAULT_THRESHOLD : dashboard.threshold()).doubleValue();
		// filters on any dimension the shown indicators are broken down by, sex apart
		// (each tile shows women and men)
		String language = org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage();
		Map<String, String> dimensionNames = indicators.dimensionNames(language);
		Map<String, Map<String, String>> filterOptions = indicators.optionNames(dimensionNames.keySet()
			.stream()
			.filter(d -> !"sex".equals(d) && shownIndicators.stream().anyMatch(i -> i.dimensions().contains(d)))
			.toList(), language);
		Map<String, String> filters = new LinkedHashMap<>();
		boolean badFilter = false;
		for (String dimension : filterOptions.keySet()) {
			String option = params.getOrDefault(dimension, "");
			if (filterOptions.get(dimension).containsKey(option)) {
				filters.put(dimension, option);
			}
			else if (!option.isEmpty()) {
				badFilter = true;
			}
		}
		// an indicator not broken down by a filtered dimension has no figure for that
		// group: it is listed apart
		List<Indicator> notBrokenDown = shownIndicators.stream()
			.filter(i -> !i.dimensions().containsAll(filters.keySet()))
			.toList();
		List<Indicator> brokenDown = shownIndicators.stream().filter(i -> !notBrokenDown.contains(i)).toList();
		PublicFigures.Tiles tiles = publicFigures.tiles(territory, brokenDown, filters, year, threshold);
		List<Integer> allYears = tiles.years();
		int shown = tiles.year();
		model.addAttribute("territory", territory);
		model.addAttribute("lineage", territories.lineage(territory));
		model.addAttribute("children", territories.children(territory.id()));
		model.addAttribute("years", allYears);
		model.addAttribute("year", shown);
		model.addAttribute("yearText", String.valueOf(shown));
		model.addAttribute("tiles", tiles.tiles());
		model.addAttribute("parityThreshold", threshold);
		model.addAttribute("automatic", dashboard == null);
		model.addAttribute("unpublished", dashboard != null && !dashboard.published() && !officer);
		model.addAttribute("preview", dashboard != null && !dashboard.published() && officer);
		model.addAttribute("officer", officer);
		model.addAttribute("filterOptions", filterOptions);
		model.addAttribute("filters", filters);
		model.addAttribute("dimensionNames", dimensionNames);
		model.addAttribute("notBrokenDown", filters.isEmpty() ? List.of() : notBrokenDown);
		model.addAttribute("problem", badYear || (year != null && !allYears.contains(year)) ? "indicator.error.year"
				: badFilter ? "indicator.error.filter" : null);
		// the selection, carried by the links down the hierarchy and to each indicator's
		// page
		UriComponentsBuilder filterQuery = UriComponentsBuilder.newInstance();
		filters.forEach(filterQuery::queryParam);
		String query = filterQuery.build().encode().toUriString();
		model.addAttribute("filterQuery", query.isEmpty() ? "" : "&" + query.substring(1));
		return "indicator/dashboard";
	}

}
