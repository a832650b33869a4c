package org.sawa.indicator.web;

import org.sawa.indicator.internal.DataEntryGrid;
import org.sawa.indicator.internal.DataEntryGrid;
import org.sawa.indicator.Indicator;
import org.sawa.indicator.Indicators;
import org.sawa.web.FormNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sawa.account.SawaUser;
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

	static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9_.-]{1,39}$");
	static final Pattern SDG = Pattern.compile("^[0-9]{1,2}\\.[0-9a-z]{1,2}(\\.[0-9]{1,2})?$");
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
	String create(Model model) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("unit", "count");
		form.put("aggregation", "sum");
		form.put("better", "higher");
		return page(form, List.of(), Map.of(), true, false, model);
	}

	@GetMapping("/officer/indicators/{code}/edit")
	String edit(@PathVariable String code, Model model) {
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
		return page(form, indicator.dimensions(), Map.of(), false, indicators.hasValues(code), model);
	}

	private String page(Map<String, String> form, List<String> dimensions, Map<String, String> errors, boolean creating,
			boolean hasValues, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("chosenDimensions", dimensions);
		model.addAttribute("errors", errors);
		model.addAttribute("creating", creating);
		model.addAttribute("hasValues", hasValues);
		model.addAttribute("languages", LANGUAGES);
		model.addAttribute("dimensionNames", indicators
			.dimensionNames(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage()));
		model.addAttribute("countIndicators", indicators.all().stream().filter(Indicator::isCount).toList());
		List<Integer> years = new ArrayList<>();
		for (int y = FIRST_TARGET_YEAR; y <= LAST_TARGET_YEAR; y++) {
			years.add(y);
		}
		model.addAttribute("targetYears", years);
		return "indicator/indicator-form";
	}

	@PostMapping({ "/officer/indicators/new", "/officer/indicators/{existing}/edit" })
	String save(@AuthenticationPrincipal SawaUser user, @PathVariable Optional<String> existing,
			@RequestParam Map<String, String> form,
			@RequestParam(name = "dimension", required = false) List<String> chosen, Model model) {
		boolean creating = existing.isEmpty();
		Optional<Indicator> before = existing.flatMap(indicators::byCode);
		if (!creating && before.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		boolean hasValues = before.isPresent() && indicators.hasValues(before.get().code());
		List<String> dimensions = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
		Map<String, String> errors = new LinkedHashMap<>();
		String code = creating ? form.getOrDefault("code", "").trim().toUpperCase(java.util.Locale.ROOT)
				: existing.get();
		form.put("code", code);
		if (!CODE.matcher(code).matches()) {
			errors.put("code", "indicatorForm.error.code");
		}
		else if (creating && indicators.byCode(code).isPresent()) {
			errors.put("code", "indicatorForm.error.taken");
		}
		Map<String, String> names = FormNames.read(form, "", errors);
		Map<String, String> definitions = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			definitions.put(language, form.getOrDefault("definition_" + language, "").trim());
		}
		String unit = form.getOrDefault("unit", "");
		String aggregation = form.getOrDefault("aggregation", "");
		String numerator = form.getOrDefault("numerator", "");
		String denominator = form.getOrDefault("denominator", "");
		boolean ratio = "ratio".equals(aggregation);
		if (!List.of("sum", "last", "ratio").contains(aggregation)) {
			errors.put("aggregation", "indicatorForm.error.aggregation");
		}
		if (!List.of("count", "percent", "mad", "ratio").contains(unit)) {
			errors.put("unit", "indicatorForm.error.unit");
		}
		else if (ratio != ("percent".equals(unit) || "ratio".equals(unit))) {
			errors.put("unit", "indicatorForm.error.unitForAggregation");
		}
		Optional<Indicator> top = indicators.byCode(numerator);
		Optional<Indicator> bottom = indicators.byCode(denominator);
		if (ratio) {
			if (top.isEmpty() || !top.get().isCount() || "ratio".equals(top.get().aggregation())
					|| numerator.equals(code)) {
				errors.put("numerator", "indicatorForm.error.numerator");
			}
			if (bottom.isEmpty() || !bottom.get().isCount() || "ratio".equals(bottom.get().aggregation())
					|| denominator.equals(code)) {
				errors.put("denominator", "indicatorForm.error.numerator");
			}
			if (top.isPresent() && !top.get().dimensions().containsAll(dimensions)) {
				errors.put("dimension", "indicatorForm.error.ratioDimensions");
			}
		}
		Map<String, String> known = indicators.dimensionNames("fr");
		dimensions.removeIf(d -> !known.containsKey(d));
		String better = form.getOrDefault("better", "");
		if (!List.of("higher", "lower").contains(better)) {
			errors.put("better", "indicatorForm.error.better");
		}
		String sdg = form.getOrDefault("sdg", "").trim();
		if (!sdg.isEmpty() && !SDG.matcher(sdg).matches()) {
			errors.put("sdg", "indicatorForm.error.sdg");
		}
		if (hasValues && (!before.get().unit().equals(unit) || !before.get().aggregation().equals(aggregation)
				|| !new java.util.HashSet<>(before.get().dimensions()).equals(new java.util.HashSet<>(dimensions)))) {
			errors.put("unit", "indicatorForm.error.hasValues");
		}
		Map<Integer, BigDecimal> targets = new LinkedHashMap<>();
		for (int year = FIRST_TARGET_YEAR; year <= LAST_TARGET_YEAR; year++) {
			String text = form.getOrDefault("target." + year, "").trim();
			if (text.isEmpty()) {
				continue;
			}
			BigDecimal target = DataEntryGrid.parse(text);
			if (target == null || target.signum() < 0) {
				errors.put("target." + year, "indicatorForm.error.target");
			}
			else {
				targets.put(year, target);
			}
		}
		if (!errors.isEmpty()) {
			model.addAttribute("hasErrors", true);
			return page(form, dimensions, errors, creating, hasValues, model);
		}
		List<String> ordered = known.keySet().stream().filter(dimensions::contains).toList();
		indicators.save(
				new Indicator(code, names, definitions, unit, aggregation, ratio ? numerator : null,
						ratio ? denominator : null, better, sdg.isEmpty() ? null : sdg,
						form.getOrDefault("source", "").trim(), form.getOrDefault("owner", "").trim(), ordered),
				targets, "person:" + user.id());
		return "redirect:/officer/indicators?saved=" + code;
	}

}
