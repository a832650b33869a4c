package org.sawa.indicator.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sawa.account.SawaUser;
import org.sawa.indicator.Indicator;
import org.sawa.indicator.Indicators;
import org.sawa.web.FormNames;
import org.sawa.web.FormPage;
import org.sawa.web.FormValues;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The indicator catalogue for programme officers: list, define and edit an indicator
 * (names and definitions in four languages, unit, aggregation, dimensions, better
 * direction, SDG target, source, owner) and its targets per year. Once values exist, what
 * they mean (unit, aggregation, dimensions) can no longer change.
 */
@Controller
class IndicatorFormController {

	static final List<String> LANGUAGES = FormNames.LANGUAGES;
	static final int FIRST_TARGET_YEAR = 2021;
	static final int LAST_TARGET_YEAR = 2030;

	private final Indicators indicators;

	IndicatorFormController(Indicators indicators) {
		this.indicators = indicators;
	}

	@GetMapping("/officer/indicators")
	String list(Model model) {
		model.addAttribute("indicators", indicators.all());
		return "indicator/indicators";
	}

	@GetMapping("/officer/indicators/new")
	String create(Model model, HttpServletRequest request) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("unit", "count");
		form.put("aggregation", "sum");
		form.put("better", "higher");
		return page(form, List.of(), true, false, model, request);
	}

	@GetMapping("/officer/indicators/{code}/edit")
	String edit(@PathVariable String code, Model model, HttpServletRequest request) {
		Indicator indicator = indicators.byCode(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<String, String> form = new LinkedHashMap<>();
		form.put("code", indicator.code());
		for (String language : LANGUAGES) {
			form.put("name_" + language, indicator.names().get(language));
			form.put("definition_" + language, indicator.definitions().get(language));
		}
		form.put("unit", indicator.unit());
		form.put("aggregation", indicator.aggregation());
		form.put("numerator", indicator.numeratorCode() == null ? "" : indicator.numeratorCode());
		form.put("denominator", indicator.denominatorCode() == null ? "" : indicator.denominatorCode());
		form.put("better", indicator.better());
		form.put("sdg", indicator.sdgTarget() == null ? "" : indicator.sdgTarget());
		form.put("source", indicator.source());
		form.put("owner", indicator.owner());
		indicators.targets(code)
			.forEach((year, target) -> form.put("target." + year, target.stripTrailingZeros().toPlainString()));
		return page(form, indicator.dimensions(), false, indicators.hasValues(code), model, request);
	}

	/**
	 * The form: the indicator's values, or, when a save was refused, what was typed (with
	 * the dimensions that were ticked) and every reason at its field.
	 */
	private String page(Map<String, String> stored, List<String> dimensions, boolean creating, boolean hasValues,
			Model model, HttpServletRequest request) {
		Optional<Map<String, String>> typed = FormValues.typed(model);
		if (typed.isPresent()) {
			String[] ticked = request.getParameterValues("dimension");
			dimensions = ticked == null ? List.of() : List.of(ticked);
			typed.get().putIfAbsent("code", stored.get("code"));
		}
		else {
			model.addAttribute("form", stored);
		}
		model.addAttribute("chosenDimensions", dimensions);
		model.addAttribute("creating", creating);
		model.addAttribute("hasValues", hasValues);
		model.addAttribute("languages", LANGUAGES);
		model.addAttribute("dimensionNames", indicators.dimensionNames(LocaleContextHolder.getLocale().getLanguage()));
		model.addAttribute("countIndicators", indicators.all().stream().filter(Indicator::isCount).toList());
		List<Integer> years = new ArrayList<>();
		for (int y = FIRST_TARGET_YEAR; y <= LAST_TARGET_YEAR; y++) {
			years.add(y);
		}
		model.addAttribute("targetYears", years);
		return "indicator/indicator-form";
	}

	@PostMapping("/officer/indicators/new")
	@FormPage("/officer/indicators/new")
	String create(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form,
			@RequestParam(name = "dimension", required = false) List<String> chosen) {
		String code = form.getOrDefault("code", "").trim().toUpperCase(Locale.ROOT);
		return save(user, code, true, form, chosen);
	}

	@PostMapping("/officer/indicators/{existing}/edit")
	@FormPage("/officer/indicators/{existing}/edit")
	String update(@AuthenticationPrincipal SawaUser user, @PathVariable String existing,
			@RequestParam Map<String, String> form,
			@RequestParam(name = "dimension", required = false) List<String> chosen) {
		indicators.byCode(existing).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return save(user, existing, false, form, chosen);
	}

	/**
	 * Reads the form and saves; the indicator database refuses what it does not accept.
	 */
	private String save(SawaUser user, String code, boolean creating, Map<String, String> form, List<String> chosen) {
		Map<String, String> definitions = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			definitions.put(language, form.getOrDefault("definition_" + language, "").trim());
		}
		String aggregation = form.getOrDefault("aggregation", "");
		boolean ratio = "ratio".equals(aggregation);
		Map<String, String> known = indicators.dimensionNames("fr");
		List<String> dimensions = known.keySet().stream().filter(d -> chosen != null && chosen.contains(d)).toList();
		String sdg = form.getOrDefault("sdg", "").trim();
		Indicator indicator = new Indicator(code, FormNames.read(form, ""), definitions, form.getOrDefault("unit", ""),
				aggregation, ratio ? form.getOrDefault("numerator", "") : null,
				ratio ? form.getOrDefault("denominator", "") : null, form.getOrDefault("better", ""),
				sdg.isEmpty() ? null : sdg, form.getOrDefault("source", "").trim(),
				form.getOrDefault("owner", "").trim(), dimensions);
		Map<Integer, String> targets = new LinkedHashMap<>();
		for (int year = FIRST_TARGET_YEAR; year <= LAST_TARGET_YEAR; year++) {
			String text = form.getOrDefault("target." + year, "").trim();
			if (!text.isEmpty()) {
				targets.put(year, text);
			}
		}
		indicators.save(indicator, targets, creating, "person:" + user.id());
		return "redirect:/officer/indicators?saved=" + code;
	}

}
