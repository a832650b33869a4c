package org.sawa.budget.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.budget.Budget;
import org.sawa.budget.Budgets;
import org.sawa.budget.CitizenBudgets;
import org.sawa.budget.Glossary;
import org.sawa.pdf.PdfRenderer;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The citizen budget of a collectivity and year, its printable leaflet, and the list of
 * the budgets published.
 */
@Controller
class CitizenBudgetController {

	/**
	 * The languages the leaflet is made in (its fonts cover Arabic and Latin scripts).
	 */
	static final List<String> PDF_LANGUAGES = List.of("ar", "fr", "en");

	private final Budgets budgets;

	private final CitizenBudgets citizen;

	private final Glossary glossary;

	private final Territories territories;

	private final PdfRenderer pdf;

	private final org.sawa.budget.ParticipatoryBudgets processes;

	private final org.sawa.budget.PbTexts pbTexts;

	CitizenBudgetController(Budgets budgets, CitizenBudgets citizen, Glossary glossary, Territories territories,
			PdfRenderer pdf, org.sawa.budget.ParticipatoryBudgets processes, org.sawa.budget.PbTexts pbTexts) {
		this.pbTexts = pbTexts;
		this.processes = processes;
		this.budgets = budgets;
		this.citizen = citizen;
		this.glossary = glossary;
		this.territories = territories;
		this.pdf = pdf;
	}

	/** A territory with the years of its published budgets. */
	record Published(Territory territory, String name, List<Integer> years) {
	}

	/** A participatory budget in the list: its place's name and phase. */
	record Participatory(org.sawa.budget.PbProcess pb, String place, String phase, String title, String lang) {

		public String dir() {
			return "ar".equals(lang) ? "rtl" : "ltr";
		}

	}

	@GetMapping("/budgets")
	String index(@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		org.sawa.input.Shown shown = new org.sawa.input.Shown(locale.getLanguage());
		List<Participatory> pbs = new ArrayList<>();
		for (org.sawa.budget.PbProcess p : processes.all()) {
			org.sawa.budget.PbTexts.Localized localized = pbTexts.in(p, locale.getLanguage());
			String lang = localized.shown().lang("title");
			pbs.add(new Participatory(p, territories.byId(p.territoryId()).map(t -> t.name(locale)).orElse(""),
					processes.phase(p).code(), shown.text(p.code(), localized.title(), lang, Map.of()), lang));
		}
		model.addAttribute("pbs", pbs);
		model.addAttribute("shown", shown);
		model.addAttribute("mayOpen", user != null && budgets.managesAny(user.id()));
		Map<Long, Published> byTerritory = new LinkedHashMap<>();
		for (Budget b : budgets.published()) {
			byTerritory.computeIfAbsent(b.territoryId(), id -> {
				Territory t = territories.byId(id).orElseThrow();
				return new Published(t, t.name(locale), new ArrayList<>());
			}).years().add(b.year());
		}
		List<Published> published = new ArrayList<>(byTerritory.values());
		published.sort((a, b) -> a.territory().path().compareTo(b.territory().path()));
		model.addAttribute("published", published);
		return "budget/index";
	}

	@GetMapping("/budgets/{code}/{year:[0-9]{4}}")
	String page(@PathVariable String code, @PathVariable int year, @AuthenticationPrincipal SawaUser user,
			Locale locale, Model model) {
		Budget budget = readable(code, year, user);
		model.addAllAttributes(model(budget, locale));
		model.addAttribute("pdfLanguages", PDF_LANGUAGES);
		model.addAttribute("lineage", territories.lineage(territories.byId(budget.territoryId()).orElseThrow()));
		model.addAttribute("manages", user != null && budgets.manages(user.id(), budget.territoryId()));
		return "budget/citizen";
	}

	@GetMapping("/budgets/{code}/{year:[0-9]{4}}/leaflet-{lang}.pdf")
	ResponseEntity<byte[]> leaflet(@PathVariable String code, @PathVariable int year, @PathVariable String lang,
			@AuthenticationPrincipal SawaUser user) {
		if (!PDF_LANGUAGES.contains(lang)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Budget budget = readable(code, year, user);
		Locale locale = Locale.forLanguageTag(lang);
		Map<String, Object> model = model(budget, locale);
		model.put("lang", lang);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("citizen-budget-" + code + "-" + year + "-" + lang + ".pdf")
						.build()
						.toString())
			.body(pdf.render("pdf/citizen-budget", model, locale));
	}

	private Map<String, Object> model(Budget budget, Locale locale) {
		CitizenBudgets.View view = citizen.of(budget, locale);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("view", view);
		model.put("territoryName", view.territory().name(locale));
		model.put("words", glossary.in(locale.getLanguage(), view.shown()));
		return model;
	}

	/**
	 * The budget, if the reader may see it; else not found (a draft does not exist for
	 * her).
	 */
	private Budget readable(String code, int year, SawaUser user) {
		return budgets.readable(code, year, user == null ? null : user.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
