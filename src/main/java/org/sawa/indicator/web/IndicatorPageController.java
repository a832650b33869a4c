package org.sawa.indicator.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sawa.account.SawaUser;
import org.sawa.indicator.Dashboards;
import org.sawa.indicator.Extracts;
import org.sawa.indicator.Indicator;
import org.sawa.indicator.IndicatorAnalyses;
import org.sawa.indicator.IndicatorFigures;
import org.sawa.indicator.Indicators;
import org.sawa.indicator.internal.ExactFigures;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.Page;
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
 * One indicator in one territory: its definition, a breakdown chosen by the reader (a
 * dimension or the territories below) with other dimensions fixed to one option,
 * disparities and the trend, and the same selection as CSV and JSON.
 */
@Controller
class IndicatorPageController {

	private final Territories territories;

	private final Indicators indicators;

	private final IndicatorFigures figures;

	private final IndicatorAnalyses analyses;

	private final Dashboards dashboards;

	private final ExactFigures exactFigures;

	private final Page page;

	IndicatorPageController(Territories territories, Indicators indicators, IndicatorFigures figures,
			IndicatorAnalyses analyses, Dashboards dashboards, ExactFigures exactFigures, Page page) {
		this.territories = territories;
		this.indicators = indicators;
		this.figures = figures;
		this.analyses = analyses;
		this.dashboards = dashboards;
		this.exactFigures = exactFigures;
		this.page = page;
	}

	@GetMapping("/territories/{code}/indicators/{indicatorCode}")
	String show(@PathVariable String code, @PathVariable String indicatorCode, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal SawaUser user, Model model) {
		Territory territory = territories.byCode(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Indicator indicator = indicators.byCode(indicatorCode)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<Integer> years = figures.years(indicator, territory.id());
		List<Territory> children = territories.children(territory.id());
		String language = page.lang();

		// what the reader may choose: a year, an axis, and an option for each other
		// dimension
		List<String> axes = new ArrayList<>(indicator.dimensions());
		if (!children.isEmpty()) {
			axes.add(Extracts.TERRITORY);
		}
		Map<String, Set<String>> options = indicators.options();
		String problem = null;
		int year = years.isEmpty() ? 0 : years.get(years.size() - 1);
		String yearText = params.getOrDefault("year", "");
		if (!yearText.isEmpty()) {
			Integer asked = yearText.matches("\\d{4}") ? Integer.valueOf(yearText) : null;
			if (asked != null && years.contains(asked)) {
				year = asked;
			}
			else {
				problem = "indicator.error.year";
			}
		}
		String by = params.getOrDefault("by", axes.contains("sex") ? "sex" : axes.isEmpty() ? "" : axes.get(0));
		if (!by.isEmpty() && !axes.contains(by)) {
			problem = "indicator.error.by";
			by = axes.contains("sex") ? "sex" : axes.isEmpty() ? "" : axes.get(0);
		}
		Map<String, String> filters = new LinkedHashMap<>();
		for (String dimension : indicator.dimensions()) {
			String option = params.getOrDefault(dimension, "");
			if (option.isEmpty() || dimension.equals(by)) {
				continue;
			}
			if (options.get(dimension).contains(option)) {
				filters.put(dimension, option);
			}
			else {
				problem = "indicator.error.filter";
			}
		}
		boolean exact = exactFigures.allowed(user, territory);
		model.addAttribute("territory", territory);
		model.addAttribute("lineage", territories.lineage(territory));
		model.addAttribute("children", children);
		model.addAttribute("indicator", indicator);
		model.addAttribute("name", indicator.names().get(language));
		model.addAttribute("definition", indicator.definitions().get(language));
		model.addAttribute("years", years);
		model.addAttribute("year", year);
		model.addAttribute("yearText", String.valueOf(year));
		model.addAttribute("axes", axes);
		model.addAttribute("by", by);
		model.addAttribute("filters", filters);
		model.addAttribute("problem", problem);
		model.addAttribute("dimensionNames", indicators.dimensionNames(language));
		model.addAttribute("optionNames", indicators.optionNames(indicator.dimensions(), language));
		if (!years.isEmpty()) {
			model.addAttribute("analysis", analyses.analyse(indicator, territory, year, years, by, filters, exact,
					dashboards.threshold(territory), language));
			UriComponentsBuilder query = UriComponentsBuilder.newInstance()
				.queryParam("territory", territory.code())
				.queryParam("year", year);
			if (!by.isEmpty()) {
				query.queryParam("by", by);
			}
			filters.forEach(query::queryParam);
			String selection = query.build().encode().toUriString();
			model.addAttribute("csvLink", "/api/v1/indicators/" + indicator.code() + "/data.csv" + selection);
			model.addAttribute("jsonLink", "/api/v1/indicators/" + indicator.code() + "/data" + selection);
			UriComponentsBuilder all = UriComponentsBuilder.newInstance().queryParam("territory", territory.code());
			if (indicator.dimensions().contains("sex")) {
				all.queryParam("by", "sex");
			}
			model.addAttribute("trendCsvLink",
					"/api/v1/indicators/" + indicator.code() + "/data.csv" + all.build().encode().toUriString());
		}
		return "indicator/indicator";
	}

}
