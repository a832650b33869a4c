package org.sawa.indicator.web;

import org.sawa.indicator.Dimensions;
import org.sawa.indicator.Dimension;
import org.sawa.web.FormNames;
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

	static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9_]{1,39}$");
	static final Pattern OPTION = Pattern.compile("^[a-z0-9][a-z0-9_+-]{0,39}$");

	/**
	 * Names an import column or an API parameter already has: a dimension cannot take
	 * them.
	 */
	static final Set<String> RESERVED = Set.of("indicator", "territory", "territory_code", "period", "year", "value",
			"source", "comment", "by", "lang", "format", "other");
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
		return page(new LinkedHashMap<>(), rows(List.of(), EMPTY_ROWS), Map.of(), true, model);
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
		return page(form, rows(options, EMPTY_ROWS), Map.of(), false, model);
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

	private String page(Map<String, String> form, List<Row> rows, Map<String, String> errors, boolean creating,
			Model model) {
		model.addAttribute("form", form);
		model.addAttribute("rows", rows);
		model.addAttribute("errors", errors);
		model.addAttribute("creating", creating);
		model.addAttribute("languages", LANGUAGES);
		return "indicator/dimension-form";
	}

	@PostMapping({ "/officer/dimensions/new", "/officer/dimensions/{existing}/edit" })
	String save(@AuthenticationPrincipal SawaUser user, @PathVariable Optional<String> existing,
			@RequestParam Map<String, String> form, Model model) {
		boolean creating = existing.isEmpty();
		Optional<Dimension> before = existing.map(this::editable);
		Map<String, String> errors = new LinkedHashMap<>();
		String code = creating ? form.getOrDefault("code", "").trim().toLowerCase(java.util.Locale.ROOT)
				: existing.get();
		form.put("code", code);
		if (!CODE.matcher(code).matches() || RESERVED.contains(code)) {
			errors.put("code", "dimensionForm.error.code");
		}
		else if (creating && dimensions.byCode(code).isPresent()) {
			errors.put("code", "dimensionForm.error.taken");
		}
		Map<String, String> names = FormNames.read(form, "", errors);
		Set<String> stored = new HashSet<>();
		before.ifPresent(d -> d.options().forEach(o -> stored.add(o.code())));
		List<Row> rows = new ArrayList<>();
		List<Dimension.Option> kept = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; form.containsKey("option." + i + ".code"); i++) {
			String prefix = "option." + i + ".";
			String optionCode = form.get(prefix + "code").trim().toLowerCase(java.util.Locale.ROOT);
			boolean isStored = stored.contains(optionCode) && "true".equals(form.get(prefix + "existing"));
			boolean remove = isStored && form.containsKey(prefix + "remove");
			Map<String, String> rowErrors = new LinkedHashMap<>();
			Map<String, String> optionNames = FormNames.read(form, prefix, rowErrors);
			rows.add(new Row(i, optionCode, optionNames, isStored, remove));
			boolean blank = !isStored && optionCode.isEmpty()
					&& LANGUAGES.stream().allMatch(l -> form.getOrDefault(prefix + "name_" + l, "").isBlank());
			if (blank) {
				continue;
			}
			if (remove) {
				long using = dimensions.valuesUsing(code, optionCode);
				if (using > 0) {
					errors.put(prefix + "remove", "dimensionForm.error.inUse");
					model.addAttribute("inUse" + i, using);
				}
				continue;
			}
			if (!isStored && (!OPTION.matcher(optionCode).matches() || Dimension.NOT_STATED.equals(optionCode))) {
				errors.put(prefix + "code", "dimensionForm.error.optionCode");
			}
			else if (!seen.add(optionCode)) {
				errors.put(prefix + "code", "dimensionForm.error.optionTwice");
			}
			errors.putAll(rowErrors);
			kept.add(new Dimension.Option(optionCode, optionNames));
		}
		if (kept.size() < 2) {
			errors.put("options", "dimensionForm.error.options");
		}
		if (!errors.isEmpty()) {
			model.addAttribute("hasErrors", true);
			return page(form, rows, errors, creating, model);
		}
		dimensions.save(new Dimension(code, names, false, kept), "person:" + user.id());
		return "redirect:/officer/dimensions?saved=" + code;
	}

}
