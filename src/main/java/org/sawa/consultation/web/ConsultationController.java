package org.sawa.consultation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.consultation.Alternatives;
import org.sawa.consultation.Document;
import org.sawa.consultation.Documents;
import org.sawa.consultation.Gatherings;
import org.sawa.consultation.Process;
import org.sawa.consultation.ProcessTexts;
import org.sawa.consultation.Processes;
import org.sawa.consultation.Proposals;
import org.sawa.consultation.Surveys;
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

/**
 * The public pages: the consultations that concern a territory, each with where it stands
 * today, and a consultation's page with its phases on a timeline.
 */
@Controller
class ConsultationController {

	private final Processes processes;

	private final ProcessTexts texts;

	private final Proposals proposals;

	private final Surveys surveys;

	private final Documents documents;

	private final Alternatives alternatives;

	private final Gatherings gatherings;

	private final Territories territories;

	private final Clock clock;

	ConsultationController(Processes processes, ProcessTexts texts, Proposals proposals, Documents documents,
			Alternatives alternatives, Gatherings gatherings, Surveys surveys, Territories territories, Clock clock) {
		this.surveys = surveys;
		this.gatherings = gatherings;
		this.documents = documents;
		this.alternatives = alternatives;
		this.processes = processes;
		this.texts = texts;
		this.proposals = proposals;
		this.territories = territories;
		this.clock = clock;
	}

	@GetMapping("/consultations")
	String list(@RequestParam(required = false) String territory, @AuthenticationPrincipal SawaUser user, Locale locale,
			Model model) {
		Territory within = territory == null || territory.isBlank() ? null
				: territories.byCode(territory).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<Process> shown = processes.concerning(within);
		LocalDate today = LocalDate.now(clock);
		Map<String, Process.Stage> stages = new LinkedHashMap<>();
		shown.forEach(p -> stages.put(p.code(), p.stageOn(today)));
		Map<String, String> titles = new LinkedHashMap<>();
		Map<Long, String> places = new LinkedHashMap<>();
		shown.forEach(p -> places.computeIfAbsent(p.territoryId(),
				id -> territories.byId(id).map(t -> t.name(locale)).orElse("")));
		model.addAttribute("processes", shown);
		model.addAttribute("texts", texts.titles(shown, locale.getLanguage(), titles));
		model.addAttribute("titles", titles);
		model.addAttribute("stages", stages);
		model.addAttribute("places", places);
		model.addAttribute("within", within);
		model.addAttribute("mayOpen", user != null && processes.staffAnywhere(user.id()));
		return "consultation/list";
	}

	@GetMapping("/consultations/{code}")
	String show(@PathVariable String code, @AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Process original = processes.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ProcessTexts.Localized localized = texts.in(original, locale.getLanguage());
		boolean staff = user != null && processes.staff(user.id(), original.territoryId());
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("process", localized.process());
		model.addAttribute("texts", localized.shown());
		model.addAttribute("stage", original.stageOn(today));
		model.addAttribute("today", today);
		model.addAttribute("territory", territories.byId(original.territoryId()).orElseThrow());
		model.addAttribute("staff", staff);
		model.addAttribute("missingLanguage", staff ? texts.missing(original) : null);
		model.addAttribute("proposalCount", proposals.count(original.id()));
		model.addAttribute("questionCount", surveys.questions(original.id()).size());
		model.addAttribute("open", proposals.open(original));
		List<Document> docs = documents.of(original.id());
		Map<Integer, String> docTitles = new LinkedHashMap<>();
		Map<Integer, List<String>> docForms = new LinkedHashMap<>();
		docs.forEach(d -> {
			List<String> kinds = new java.util.ArrayList<>(alternatives.of(d.id()).keySet());
			if (!documents.brailleLanguages(d).isEmpty()) {
				kinds.add("braille");
			}
			docForms.put(d.number(), kinds);
		});
		model.addAttribute("documents", docs);
		model.addAttribute("docTexts", documents.titles(docs, locale.getLanguage(), docTitles));
		model.addAttribute("docTitles", docTitles);
		model.addAttribute("docForms", docForms);
		model.addAttribute("gatherings", gatherings.of(original.id()));
		model.addAttribute("requests", staff ? alternatives.requests(original.id()) : Map.of());
		return "consultation/show";
	}

}
