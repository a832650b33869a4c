package org.sawa.indicator.web;

import org.sawa.indicator.Dimensions;
import org.sawa.indicator.Dimension;
import org.sawa.web.FormNames;
import org.sawa.web.FormPage;
import org.sawa.web.FormValues;
import org.sawa.refusal.Refusals;
import java.util.Locale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * Dimensions for programme officers: the built-in ones to read, and their own to define
 * and edit (e.g. migrant status): a code, names in four languages and options with names
 * in four languages, always followed by "not stated". An option some value uses cannot be
 * removed. Without JavaScript, the form offers three empty option rows; more appear after
 * saving.
 */
@Controller
class DimensionFormController {

	static final Pattern OPTION = Pattern.compile("^[a-z0-9][a-z0-9_+-]{0,39}$");

	static final int EMPTY_ROWS = 3;

	private static final List<String> LANGUAGES = FormNames.LANGUAGES;

	private final Dimensions dimensions;

	DimensionFormController(Dimensions dimensions) {
		this.dimensions = dimensions;
	}

	@GetMapping("/officer/dimensions")
	String list(Model model) {
		model.addAttribute("dimensions", dimensions.all());
		return "indicator/dimensions";
	}

	@GetMapping("/officer/dimensions/new")
	String create(Model model) {
		return page(new LinkedHashMap<>(), List.of(), true, model);
	}

	@GetMapping("/officer/dimensions/{code}/edit")
	String edit(@PathVariable String code, Model model) {
		Dimension dimension = editable(code);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("code", dimension.code());
		LANGUAGES.forEach(l -> form.put("name_" + l, dimension.names().get(l)));
		List<Dimension.Option> options = dimension.options()
			.stream()
			.filter(o -> !Dimension.NOT_STATED.equals(o.code()))
			.toList();
		return page(form, options, false, model);
	}

	/**
	 * The form with the stored dimension, or, when a save was refused, the rows as they
	 * were typed and every reason at its field.
	 */
	private String page(Map<String, String> stored, List<Dimension.Option> options, boolean creating, Model model) {
		Optional<Map<String, String>> typed = FormValues.typed(model);
		if (typed.isPresent()) {
			typed.get().putIfAbsent("code", stored.get("code"));
			model.addAttribute("rows", typedRows(typed.get()));
		}
		else {
			model.addAttribute("form", stored);
			model.addAttribute("rows", rows(options, EMPTY_ROWS));
		}
		model.addAttribute("creating", creating);
		model.addAttribute("languages", LANGUAGES);
		return "indicator/dimension-form";
	}

	/**
	 * One row of the options table as the form shows it: the option's code, names, and
	 * whether it exists.
	 */
	record Row(int index, String code, Map<String, String> names, boolean existing, boolean remove) {
	}

	private static List<Row> rows(List<Dimension.Option> options, int empty) {
		List<Row> rows = new ArrayList<>();
		for (Dimension.Option option : options) {
			rows.add(new Row(rows.size(), option.code(), option.names(), true, false));
		}
		for (int i = 0; i < empty; i++) {
			rows.add(new Row(rows.size(), "", Map.of(), false, false));
		}
		return rows;
	}

	private Dimension editable(String code) {
		Dimension dimension = dimensions.byCode(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (dimension.builtin()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return dimension;
	}

	/** The option rows as a refused form typed them (names as typed, no fallback). */
	private static List<Row> typedRows(Map<String, String> form) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; form.containsKey("option." + i + ".code"); i++) {
			String prefix = "option." + i + ".";
			Map<String, String> names = new LinkedHashMap<>();
			LANGUAGES.forEach(l -> names.put(l, form.getOrDefault(prefix + "name_" + l, "")));
			rows.add(new Row(i, form.get(prefix + "code").trim(), names, "true".equals(form.get(prefix + "existing")),
					form.containsKey(prefix + "remove")));
		}
		return rows;
	}

	@PostMapping("/officer/dimensions/new")
	@FormPage("/officer/dimensions/new")
	String create(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		return save(user, form.getOrDefault("code", "").trim().toLowerCase(Locale.ROOT), Optional.empty(), form);
	}

	@PostMapping("/officer/dimensions/{existing}/edit")
	@FormPage("/officer/dimensions/{existing}/edit")
	String update(@AuthenticationPrincipal SawaUser user, @PathVariable String existing,
			@RequestParam Map<String, String> form) {
		return save(user, existing, Optional.of(editable(existing)), form);
	}

	/**
	 * Reads the option rows (each row's code and names checked here, at its row; an empty
	 * new row is skipped) and saves with whatever the dimensions refuse.
	 */
	private String save(SawaUser user, String code, Optional<Dimension> before, Map<String, String> form) {
		Refusals refusals = new Refusals();
		Set<String> stored = new HashSet<>();
		before.ifPresent(d -> d.options().forEach(o -> stored.add(o.code())));
		List<Dimension.Option> kept = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Row row : typedRows(form)) {
			String prefix = "option." + row.index() + ".";
			String optionCode = row.code().toLowerCase(Locale.ROOT);
			boolean isStored = row.existing() && stored.contains(optionCode);
			if (isStored && row.remove()) {
				long using = dimensions.valuesUsing(code, optionCode);
				if (using > 0) {
					refusals.add(prefix + "remove", "dimensionForm.error.inUse", using);
					// it stays: the reason is at its row
					kept.add(new Dimension.Option(optionCode, FormNames.read(form, prefix)));
				}
				continue;
			}
			if (!isStored && optionCode.isEmpty() && row.names().values().stream().allMatch(String::isBlank)) {
				continue;
			}
			if (!isStored && (!OPTION.matcher(optionCode).matches() || Dimension.NOT_STATED.equals(optionCode))) {
				refusals.add(prefix + "code", "dimensionForm.error.optionCode");
			}
			else if (!seen.add(optionCode)) {
				refusals.add(prefix + "code", "dimensionForm.error.optionTwice");
			}
			Map<String, String> names = FormNames.read(form, prefix);
			for (String language : List.of("ar", "fr")) {
				if (names.get(language).isEmpty()) {
					refusals.add(prefix + "name_" + language, "indicatorForm.error.name");
				}
			}
			kept.add(new Dimension.Option(optionCode, names));
		}
		Dimension dimension = new Dimension(code, FormNames.read(form, ""), false, kept);
		dimensions.problems(dimension, before.isEmpty()).forEach(refusals::add);
		refusals.throwIfAny();
		dimensions.save(dimension, before.isEmpty(), "person:" + user.id());
		return "redirect:/officer/dimensions?saved=" + code;
	}

}
