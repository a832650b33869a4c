package org.sawa.consultation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.consultation.ConsultationRefused;
import org.sawa.consultation.Gathering;
import org.sawa.consultation.GatheringOrganisations;
import org.sawa.consultation.Gatherings;
import org.sawa.consultation.Process;
import org.sawa.consultation.ProcessTexts;
import org.sawa.consultation.Processes;
import org.sawa.consultation.Proposal;
import org.sawa.consultation.Proposals;
import org.sawa.consultation.Synthesis;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.FormPage;
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
 * The room's part of a consultation: staff record a workshop, forum, group or batch of
 * paper forms with who was there and type in its proposals; anyone reads a gathering's
 * page and the synthesis of the whole consultation, theme by theme.
 */
@Controller
class GatheringController {

	private static final String NEW = "/consultations/{code}/gatherings/new";

	private static final String PAGE = "/consultations/{code}/gatherings/{id}";

	private final Processes processes;

	private final ProcessTexts texts;

	private final Gatherings gatherings;

	private final Proposals proposals;

	private final Synthesis synthesis;

	private final Territories territories;

	private final GatheringOrganisations present;

	GatheringController(Processes processes, ProcessTexts texts, Gatherings gatherings, Proposals proposals,
			Synthesis synthesis, Territories territories, GatheringOrganisations present) {
		this.present = present;
		this.processes = processes;
		this.texts = texts;
		this.gatherings = gatherings;
		this.proposals = proposals;
		this.synthesis = synthesis;
		this.territories = territories;
	}

	@GetMapping(NEW)
	String form(@PathVariable String code, @AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Process process = process(code);
		if (!processes.staff(user.id(), process.territoryId())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of("kind", "workshop"));
			model.addAttribute("errors", Map.of());
		}
		common(process, locale, model);
		return "consultation/gathering-new";
	}

	@PostMapping(NEW)
	@FormPage(NEW)
	String record(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Process process = process(code);
		long id = gatherings.record(process,
				new Gatherings.NewGathering(form.get("kind"), form.get("name"), date(form.get("heldOn")),
						form.get("commune"), number(form, "women"), number(form, "men"), number(form, "young"),
						number(form, "disability"), number(form, "associations")),
				user.id());
		return "redirect:/consultations/" + code + "/gatherings/" + id + "?recorded";
	}

	@GetMapping(PAGE)
	String show(@PathVariable String code, @PathVariable long id, @AuthenticationPrincipal SawaUser user, Locale locale,
			Model model) {
		Process process = process(code);
		Gathering gathering = gatherings.byId(process.id(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
			model.addAttribute("errors", Map.of());
		}
		common(process, locale, model);
		List<Proposal> collected = proposals.collectedAt(id);
		model.addAttribute("gathering", gathering);
		model.addAttribute("commune", gathering.communeId() == null ? null
				: territories.byId(gathering.communeId()).map(t -> t.name(locale)).orElse(null));
		model.addAttribute("collected", collected);
		model.addAttribute("associations", present.of(id));
		model.addAttribute("staff", user != null && processes.staff(user.id(), process.territoryId()));
		return "consultation/gathering";
	}

	@PostMapping(PAGE + "/proposals")
	@FormPage(PAGE)
	String contribute(@PathVariable String code, @PathVariable long id, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Process process = process(code);
		Gathering gathering = gatherings.byId(process.id(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		int number = gatherings.contribute(process, gathering, new Proposals.NewProposal(form.get("title"),
				form.get("body"), form.get("category"), form.get("commune"), form.get("place"), null), user.id());
		return "redirect:/consultations/" + code + "/gatherings/" + id + "?typed=" + number;
	}

	@PostMapping(PAGE + "/associations")
	@FormPage(value = PAGE, scope = "present")
	String associations(@PathVariable String code, @PathVariable long id, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Process process = process(code);
		Gathering gathering = gatherings.byId(process.id(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		int added = present.record(process, gathering, form.get("names"), user.id());
		return "redirect:/consultations/" + code + "/gatherings/" + id + "?associations=" + added + "#associations";
	}

	@GetMapping("/consultations/{code}/synthesis")
	String synthesis(@PathVariable String code, @RequestParam(name = "phase", required = false) Integer position,
			Locale locale, Model model) {
		Process process = process(code);
		Process.Phase phase = position == null ? null
				: process.phases()
					.stream()
					.filter(ph -> ph.position() == position)
					.findFirst()
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		common(process, locale, model);
		model.addAttribute("phase", phase);
		model.addAttribute("summary", synthesis.of(process,
				territories.byId(process.territoryId()).map(Territory::code).orElseThrow(), phase));
		model.addAttribute("namedAssociations", present.count(process.id()));
		model.addAttribute("gatherings",
				gatherings.of(process.id()).stream().filter(g -> phase == null || phase.holds(g.heldOn())).toList());
		return "consultation/synthesis";
	}

	private void common(Process process, Locale locale, Model model) {
		ProcessTexts.Localized localized = texts.in(process, locale.getLanguage());
		model.addAttribute("process", localized.process());
		model.addAttribute("texts", localized.shown());
		Map<String, String> communes = new LinkedHashMap<>();
		Territories.byName(proposals.communes(process), locale).forEach(t -> communes.put(t.code(), t.name(locale)));
		model.addAttribute("communes", communes);
		model.addAttribute("kinds", Gathering.KINDS);
		model.addAttribute("categories", Proposal.CATEGORIES);
	}

	private Process process(String code) {
		return Found.process(processes, code);
	}

	private static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new ConsultationRefused("heldOn", "validation.date");
		}
	}

	private static Integer number(Map<String, String> form, String name) {
		String value = form.getOrDefault(name, "").strip();
		if (value.isEmpty()) {
			return 0;
		}
		return value.matches("[0-9]{1,6}") ? Integer.valueOf(value) : -1;
	}

}
