package org.sawa.consultation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.Accounts;
import org.sawa.account.Organisation;
import org.sawa.account.Organisations;
import org.sawa.account.SawaUser;
import org.sawa.consultation.Comments;
import org.sawa.consultation.Gatherings;
import org.sawa.consultation.Moderation;
import org.sawa.consultation.Process;
import org.sawa.consultation.ProcessTexts;
import org.sawa.consultation.Processes;
import org.sawa.consultation.Proposal;
import org.sawa.consultation.Proposals;
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
 * A consultation's proposals: the list (filtered by category, commune and answer, ordered
 * by endorsements or date, a page at a time), a proposal's page with its endorsements,
 * the council's answer and the comments, and the forms residents and staff post to.
 */
@Controller
class ProposalController {

	private static final String PAGE = "/consultations/{code}/proposals/{number}";

	private static final String NEW = "/consultations/{code}/proposals/new";

	private final Processes processes;

	private final ProcessTexts texts;

	private final Proposals proposals;

	private final Comments comments;

	private final Moderation moderation;

	private final Territories territories;

	private final Accounts accounts;

	private final Organisations organisations;

	private final Gatherings gatherings;

	ProposalController(Processes processes, ProcessTexts texts, Proposals proposals, Comments comments,
			Moderation moderation, Territories territories, Accounts accounts, Organisations organisations,
			Gatherings gatherings) {
		this.gatherings = gatherings;
		this.processes = processes;
		this.texts = texts;
		this.proposals = proposals;
		this.comments = comments;
		this.moderation = moderation;
		this.territories = territories;
		this.accounts = accounts;
		this.organisations = organisations;
	}

	@GetMapping("/consultations/{code}/proposals")
	String list(@PathVariable String code, @RequestParam(defaultValue = "") String category,
			@RequestParam(defaultValue = "") String commune, @RequestParam(defaultValue = "") String answer,
			@RequestParam(defaultValue = "endorsed") String order, @RequestParam(defaultValue = "1") int page,
			Locale locale, Model model) {
		Process process = process(code);
		Proposals.Filter filter = new Proposals.Filter(category, commune, answer, order);
		Proposals.Page found = proposals.page(process, filter, page);
		common(process, locale, model);
		model.addAttribute("filter", filter);
		model.addAttribute("open", proposals.open(process));
		model.addAttribute("found", found);
		model.addAttribute("communes", Territories.byName(proposals.communes(process), locale));
		model.addAttribute("places", places(found.items(), locale));
		return "consultation/proposals";
	}

	@GetMapping(NEW)
	String form(@PathVariable String code, @AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Process process = process(code);
		if (user == null) {
			return "redirect:/login?continue=/consultations/" + code + "/proposals/new";
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
			model.addAttribute("errors", Map.of());
		}
		common(process, locale, model);
		model.addAttribute("open", proposals.open(process));
		Map<String, String> communes = new LinkedHashMap<>();
		Territories.byName(proposals.communes(process), locale).forEach(t -> communes.put(t.code(), t.name(locale)));
		model.addAttribute("communes", communes);
		model.addAttribute("organisations", represented(user.id()));
		return "consultation/propose";
	}

	@PostMapping(NEW)
	@FormPage(NEW)
	String propose(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Process process = process(code);
		String organisation = form.getOrDefault("organisation", "");
		Long organisationId = organisation.matches("[0-9]{1,18}") ? Long.valueOf(organisation) : null;
		int number = proposals.propose(process, new Proposals.NewProposal(form.get("title"), form.get("body"),
				form.get("category"), form.get("commune"), form.get("place"), organisationId), user.id());
		return "redirect:/consultations/" + code + "/proposals/" + number + "?proposed";
	}

	@GetMapping(PAGE)
	String show(@PathVariable String code, @PathVariable int number, @AuthenticationPrincipal SawaUser user,
			Locale locale, Model model) {
		Process process = process(code);
		Proposal proposal = proposals.byNumber(process.id(), number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
			model.addAttribute("errors", Map.of());
		}
		common(process, locale, model);
		List<Comments.Thread> threads = comments.threads(proposal.id());
		Map<Long, String> authors = new LinkedHashMap<>();
		authors.put(proposal.authorId(), name(proposal.authorId()));
		threads.forEach(t -> {
			authors.computeIfAbsent(t.comment().authorId(), this::name);
			t.replies().forEach(r -> authors.computeIfAbsent(r.authorId(), this::name));
		});
		model.addAttribute("proposal", proposal);
		String[] answer = new String[1];
		model.addAttribute("answerTexts", texts.answer(process, proposal, locale.getLanguage(), answer));
		model.addAttribute("answerText", answer[0]);
		model.addAttribute("gathering", proposal.gatheringId() == null ? null
				: gatherings.byId(process.id(), proposal.gatheringId()).orElse(null));
		model.addAttribute("threads", threads);
		model.addAttribute("authors", authors);
		model.addAttribute("organisation", proposal.organisationId() == null ? null
				: organisations.byId(proposal.organisationId()).map(Organisation::name).orElse(null));
		model.addAttribute("commune", proposal.communeId() == null ? null
				: territories.byId(proposal.communeId()).map(t -> t.name(locale)).orElse(null));
		model.addAttribute("open", proposals.open(process));
		model.addAttribute("signedIn", user != null);
		model.addAttribute("endorses", user != null && proposals.endorses(proposal.id(), user.id()));
		model.addAttribute("staff", user != null && processes.staff(user.id(), process.territoryId()));
		model.addAttribute("moderator", user != null && moderation.mayModerate(user.id(), process));
		return "consultation/proposal";
	}

	@PostMapping(PAGE + "/endorse")
	@FormPage(PAGE)
	String endorse(@PathVariable String code, @PathVariable int number, @AuthenticationPrincipal SawaUser user) {
		proposals.endorse(process(code), number, user.id());
		return "redirect:/consultations/" + code + "/proposals/" + number + "?endorsed#endorsements";
	}

	@PostMapping(PAGE + "/comments")
	@FormPage(PAGE)
	String comment(@PathVariable String code, @PathVariable int number, @AuthenticationPrincipal SawaUser user,
			@RequestParam(required = false) Long parent, @RequestParam(defaultValue = "") String body) {
		long id = comments.comment(process(code), number, parent, body, user.id());
		return "redirect:/consultations/" + code + "/proposals/" + number + "?commented#comment-" + id;
	}

	@PostMapping(PAGE + "/answer")
	@FormPage(PAGE)
	String answer(@PathVariable String code, @PathVariable int number, @AuthenticationPrincipal SawaUser user,
			@RequestParam(defaultValue = "") String answer, @RequestParam(defaultValue = "") String text) {
		proposals.answer(process(code), number, answer, text, user.id());
		return "redirect:/consultations/" + code + "/proposals/" + number + "?answered#answer";
	}

	private Process process(String code) {
		return Found.process(processes, code);
	}

	/** The process in the reader's language and its territory, for every page of it. */
	private void common(Process process, Locale locale, Model model) {
		ProcessTexts.Localized localized = texts.in(process, locale.getLanguage());
		model.addAttribute("process", localized.process());
		model.addAttribute("texts", localized.shown());
		model.addAttribute("territory", territories.byId(process.territoryId()).orElseThrow());
		model.addAttribute("categories", Proposal.CATEGORIES);
		model.addAttribute("answers", Proposal.ANSWERS);
	}

	private Map<Long, String> places(List<Proposal> shown, Locale locale) {
		Map<Long, String> places = new LinkedHashMap<>();
		shown.stream()
			.filter(p -> p.communeId() != null)
			.forEach(p -> places.computeIfAbsent(p.communeId(),
					id -> territories.byId(id).map((Territory t) -> t.name(locale)).orElse("")));
		return places;
	}

	private Map<String, String> represented(long personId) {
		Map<String, String> represented = new LinkedHashMap<>();
		organisations.ofPerson(personId)
			.stream()
			.filter(o -> organisations.isRepresentative(o.id(), personId))
			.forEach(o -> represented.put(String.valueOf(o.id()), o.name()));
		return represented;
	}

	private String name(long personId) {
		return accounts.contact(personId).map(Accounts.Contact::displayName).orElse("—");
	}

}
