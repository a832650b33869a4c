package org.sawa.indicator.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.sawa.account.SawaUser;
import org.sawa.indicator.DataEntry;
import org.sawa.indicator.Indicator;
import org.sawa.indicator.Indicators;
import org.sawa.indicator.internal.DataEntryGrid;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.FormPage;
import org.sawa.web.FormValues;
import org.sawa.web.HtmxRequests;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The entry grid: an officer chooses an indicator, a territory and a period, types the
 * values of every dimension combination and saves them at once. Without JavaScript the
 * page posts and redirects; with htmx only the grid is swapped, and what was typed stays
 * on error.
 */
@Controller
class DataEntryController {

	private final Indicators indicators;

	private final DataEntry entry;

	private final Territories territories;

	private final Permissions permissions;

	DataEntryController(Indicators indicators, DataEntry entry, Territories territories, Permissions permissions) {
		this.indicators = indicators;
		this.entry = entry;
		this.territories = territories;
		this.permissions = permissions;
	}

	@GetMapping("/officer/indicators/entry")
	String show(@AuthenticationPrincipal SawaUser user, @RequestParam(defaultValue = "") String indicator,
			@RequestParam(defaultValue = "") String territory, @RequestParam(defaultValue = "") String period,
			HttpServletRequest request, Model model) {
		Selection selection = select(user, indicator, territory, period, model);
		if (selection != null) {
			Indicator chosen = selection.indicator();
			// a refused grid comes back as typed, with each wrong cell's reason
			Map<String, String> texts = FormValues.typed(model)
				.map(DataEntryController::cells)
				.orElseGet(() -> entry.stored(chosen, selection.territory().id(), period));
			@SuppressWarnings("unchecked")
			Map<String, String> errors = cells((Map<String, String>) model.getAttribute("errors"));
			model.addAttribute("grid", DataEntryGrid.of(chosen.dimensions(), entry.options(chosen), texts, errors));
		}
		return HtmxRequests.view(request, "indicator/entry");
	}

	/**
	 * Saves the grid at once; a wrong cell refuses it whole and the grid comes back with
	 * what was typed and each reason at its cell.
	 */
	@PostMapping("/officer/indicators/entry")
	@FormPage("/officer/indicators/entry")
	String save(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form,
			HttpServletRequest request, Model model) {
		String period = form.getOrDefault("period", "");
		Selection selection = select(user, form.getOrDefault("indicator", ""), form.getOrDefault("territory", ""),
				period, model);
		if (selection == null) {
			return "indicator/entry";
		}
		Indicator indicator = selection.indicator();
		// only the grid's own cells are read: a forged key cannot write elsewhere
		DataEntryGrid empty = DataEntryGrid.of(indicator.dimensions(), entry.options(indicator), Map.of(), Map.of());
		Map<String, String> typed = new LinkedHashMap<>();
		empty.rows()
			.forEach(row -> row.cells()
				.forEach(cell -> typed.put(cell.key(), form.getOrDefault(DataEntry.input(cell.key()), ""))));
		entry.save(indicator, selection.territory().id(), period, typed, "person:" + user.id());
		if (!HtmxRequests.isHtmx(request)) {
			return "redirect:/officer/indicators/entry?indicator=" + indicator.code() + "&territory="
					+ selection.territory().code() + "&period=" + period + "&saved";
		}
		model.addAttribute("saved", true);
		return show(user, indicator.code(), selection.territory().code(), period, request, model);
	}

	/**
	 * The entries of a form or error map that belong to the grid's cells, by cell key.
	 */
	private static Map<String, String> cells(Map<String, String> fields) {
		Map<String, String> cells = new LinkedHashMap<>();
		fields.forEach((name, text) -> {
			if (name.startsWith(DataEntry.input(""))) {
				cells.put(name.substring(DataEntry.input("").length()), text);
			}
		});
		return cells;
	}

	private record Selection(Indicator indicator, Territory territory) {
	}

	/**
	 * Fills the choosers and checks the choice; answers null while the choice is
	 * incomplete or wrong.
	 */
	private Selection select(SawaUser user, String code, String territoryCode, String period, Model model) {
		List<Indicator> enterable = indicators.all().stream().filter(i -> !"ratio".equals(i.aggregation())).toList();
		model.addAttribute("indicators", enterable);
		Predicate<Territory> mine = permissions.scope(user.id(), Role.PROGRAMME_OFFICER);
		model.addAttribute("places",
				territories.atLevel(Level.REGION)
					.stream()
					.flatMap(r -> Stream.concat(Stream.of(r),
							Stream.concat(territories.within(r.id(), Level.PROVINCE).stream(),
									territories.within(r.id(), Level.COMMUNE).stream())))
					.filter(mine)
					.toList());
		model.addAttribute("indicator", code);
		model.addAttribute("territory", territoryCode);
		model.addAttribute("period", period);
		if (code.isEmpty() && territoryCode.isEmpty() && period.isEmpty()) {
			return null;
		}
		Map<String, String> errors = new HashMap<>();
		Optional<Indicator> indicator = enterable.stream().filter(i -> i.code().equals(code)).findFirst();
		Optional<Territory> territory = territories.byCode(territoryCode);
		if (indicator.isEmpty()) {
			errors.put("indicator", "validation.option");
		}
		if (territory.isEmpty()) {
			errors.put("territory", "validation.option");
		}
		else if (!mine.test(territory.get())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (!DataEntry.PERIOD.matcher(period).matches()) {
			errors.put("period", "indicator.entry.error.period");
		}
		model.addAttribute("choiceErrors", errors);
		if (!errors.isEmpty()) {
			return null;
		}
		model.addAttribute("chosen", indicator.get());
		String language = LocaleContextHolder.getLocale().getLanguage();
		model.addAttribute("labels", indicators.optionNames(indicator.get().dimensions(), language));
		model.addAttribute("chosenTerritory", territory.get());
		return new Selection(indicator.get(), territory.get());
	}

}
