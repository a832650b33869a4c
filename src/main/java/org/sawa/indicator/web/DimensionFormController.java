package org.sawa.indicator.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sawa.account.SawaUser;
import org.sawa.indicator.Dimension;
import org.sawa.indicator.Dimensions.OptionRow;
import org.sawa.indicator.Dimensions;
import org.sawa.web.FormNames;
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
 * Dimensions for programme officers: the built-in ones to read, and their own to define
 * and edit (e.g. migrant status): a code, names in four languages and options with names
 * in four languages, always followed by "not stated". An option some value uses cannot be
 * removed. Without JavaScript, the form offers three empty option rows; more appear after
 * saving.
 */
@Controller
class DimensionFormController {

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
			model.addAttribute("rows", typedRows(typed.get(), prefix -> typedNames(typed.get(), prefix)));
		}
		else {
			model.addAttribute("form", stored);
			model.addAttribute("rows", rows(options, EMPTY_ROWS));
		}
		model.addAttribute("creating", creating);
		model.addAttribute("languages", LANGUAGES);
		return "indicator/dimension-form";
	}

	/** The options table of a stored dimension: its options, then empty rows. */
	private static List<OptionRow> rows(List<Dimension.Option> options, int empty) {
		List<OptionRow> rows = new ArrayList<>();
		for (Dimension.Option option : options) {
			rows.add(new OptionRow(rows.size(), option.code(), option.names(), true, false));
		}
		for (int i = 0; i < empty; i++) {
			rows.add(new OptionRow(rows.size(), "", Map.of(), false, false));
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

	/**
	 * The option rows of a form, each with its names as {@code names} reads them from the
	 * row's prefix ("option.3.").
	 */
	private static List<OptionRow> typedRows(Map<String, String> form, Function<String, Map<String, String>> names) {
		List<OptionRow> rows = new ArrayList<>();
		for (int i = 0; form.containsKey("option." + i + ".code"); i++) {
			String prefix = "option." + i + ".";
			rows.add(new OptionRow(i, form.get(prefix + "code").trim(), names.apply(prefix),
					"true".equals(form.get(prefix + "existing")), form.containsKey(prefix + "remove")));
		}
		return rows;
	}

	/** The names of a row exactly as typed (a refused form shows them so). */
	private static Map<String, String> typedNames(Map<String, String> form, String prefix) {
		Map<String, String> names = new LinkedHashMap<>();
		LANGUAGES.forEach(l -> names.put(l, form.getOrDefault(prefix + "name_" + l, "")));
		return names;
	}

	@PostMapping("/officer/dimensions/new")
	@FormPage("/officer/dimensions/new")
	String create(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		return save(user, form.getOrDefault("code", "").trim().toLowerCase(Locale.ROOT), true, form);
	}

	@PostMapping("/officer/dimensions/{existing}/edit")
	@FormPage("/officer/dimensions/{existing}/edit")
	String update(@AuthenticationPrincipal SawaUser user, @PathVariable String existing,
			@RequestParam Map<String, String> form) {
		editable(existing);
		return save(user, existing, false, form);
	}

	/** Reads the form and saves; the dimensions refuse what they do not accept. */
	private String save(SawaUser user, String code, boolean creating, Map<String, String> form) {
		dimensions.save(code, FormNames.read(form, ""), typedRows(form, prefix -> FormNames.read(form, prefix)),
				creating, "person:" + user.id());
		return "redirect:/officer/dimensions?saved=" + code;
	}

}
