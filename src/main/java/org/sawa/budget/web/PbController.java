package org.sawa.budget.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.budget.Ballots;
import org.sawa.budget.ParticipatoryBudgets;
import org.sawa.budget.PbEnvelope;
import org.sawa.budget.PbProcess;
import org.sawa.budget.PbProposal;
import org.sawa.budget.PbProposals;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
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
 * A participatory budget in public: its page (envelope, phases, proposals), a proposal's
 * page and its supports, proposing, and voting (a resident's ballot, which she may change
 * until the close).
 */
@Controller
class PbController {

	static final String PAGE = "/participatory-budgets/{code}";

	private final ParticipatoryBudgets processes;

	private final PbProposals proposals;

	private final Ballots ballots;

	private final PbEnvelope envelope;

	private final Territories territories;

	private final org.sawa.budget.PbTexts texts;

	PbController(ParticipatoryBudgets processes, PbProposals proposals, Ballots ballots, PbEnvelope envelope,
			Territories territories, org.sawa.budget.PbTexts texts) {
		this.texts = texts;
		this.processes = processes;
		this.proposals = proposals;
		this.ballots = ballots;
		this.envelope = envelope;
		this.territories = territories;
	}

	PbProcess found(String code) {
		return processes.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** What every page of a budget shows: the budget, its place, phase and parts. */
	void common(PbProcess p, Locale locale, Model model) {
		Territory territory = territories.byId(p.territoryId()).orElseThrow();
		model.addAttribute("pb", p);
		model.addAttribute("territory", territory);
		model.addAttribute("territoryName", territory.name(locale));
		model.addAttribute("phase", processes.phase(p).code());
		org.sawa.budget.PbTexts.Localized localized = texts.in(p, locale.getLanguage());
		model.addAttribute("texts", localized);
		model.addAttribute("shown", localized.shown());
		model.addAttribute("missing", texts.missing(p));
		Map<String, String> partNames = new LinkedHashMap<>();
		p.parts()
			.keySet()
			.forEach(k -> partNames.put(k,
					"theme".equals(p.split()) ? k : territories.byCode(k).map(t -> t.name(locale)).orElse(k)));
		model.addAttribute("partNames", partNames);
	}

	/** The communes of a list of proposals, by id, named. */
	Map<Long, String> communes(List<PbProposal> list, Locale locale) {
		Map<Long, String> names = new LinkedHashMap<>();
		list.forEach(x -> names.computeIfAbsent(x.communeId(),
				id -> territories.byId(id).map(t -> t.name(locale)).orElse("")));
		return names;
	}

	@GetMapping(PAGE)
	String page(@PathVariable String code, @AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		PbProcess p = found(code);
		common(p, locale, model);
		List<PbProposal> list = proposals.of(p);
		model.addAttribute("proposals", list);
		model.addAttribute("communes", communes(list, locale));
		model.addAttribute("reviewsPublished", p.reviewsPublishedAt() != null);
		model.addAttribute("mayTakePart", user != null && proposals.mayTakePart(p, user.id()));
		model.addAttribute("manages", user != null && processes.manages(user.id(), p));
		model.addAttribute("ballots", ballots.ballots(p));
		return "budget/pb";
	}

	@GetMapping(PAGE + "/proposals/{number}")
	String proposal(@PathVariable String code, @PathVariable int number, @AuthenticationPrincipal SawaUser user,
			Locale locale, Model model) {
		PbProcess p = found(code);
		PbProposal x = proposals.byNumber(p, number)
			.filter(y -> !y.withdrawn())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		common(p, locale, model);
		FormValues.typed(model);
		model.addAttribute("proposal", x);
		model.addAttribute("commune", communes(List.of(x), locale).get(x.communeId()));
		model.addAttribute("part", envelope.part(p, x));
		model.addAttribute("reviewsPublished", p.reviewsPublishedAt() != null);
		model.addAttribute("mayTakePart", user != null && proposals.mayTakePart(p, user.id()));
		model.addAttribute("supported", user != null && proposals.supports(x, user.id()));
		return "budget/pb-proposal";
	}

	@PostMapping(PAGE + "/proposals/{number}/support")
	@FormPage(PAGE + "/proposals/{number}")
	String support(@PathVariable String code, @PathVariable int number, @RequestParam boolean support,
			@AuthenticationPrincipal SawaUser user) {
		proposals.support(found(code), number, user.id(), support);
		return "redirect:/participatory-budgets/" + code + "/proposals/" + number + (support ? "?supported" : "");
	}

	@GetMapping(PAGE + "/propose")
	String proposeForm(@PathVariable String code, @AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		PbProcess p = found(code);
		common(p, locale, model);
		if (FormValues.typed(model).isEmpty()) {
			model.addAttribute("form", Map.of("language", locale.getLanguage()));
		}
		model.addAttribute("places", Territories.byName(processes.communes(p), locale));
		model.addAttribute("themes", ParticipatoryBudgets.THEMES);
		model.addAttribute("associations", proposals.associations(p, user.id()));
		model.addAttribute("mayTakePart", proposals.mayTakePart(p, user.id()));
		return "budget/pb-propose";
	}

	@PostMapping(PAGE + "/propose")
	@FormPage(PAGE + "/propose")
	String propose(@PathVariable String code, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal SawaUser user) {
		PbProposal x = proposals.propose(found(code), user.id(),
				new PbProposals.Form(form.get("title"), form.get("description"), form.get("language"),
						form.get("commune"), form.get("place"), form.get("theme"), amount(form.get("estimatedCost")),
						form.containsKey("forWomen"), form.containsKey("forYouth"),
						FormValues.id(form.get("associationId"))));
		return "redirect:/participatory-budgets/" + code + "/proposals/" + x.number() + "?proposed";
	}

	@GetMapping(PAGE + "/vote")
	String ballot(@PathVariable String code, @AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		PbProcess p = found(code);
		common(p, locale, model);
		List<PbProposal> offered = proposals.onTheBallot(p);
		List<Integer> mine = user == null ? List.of() : ballots.mine(p, user.id()).orElse(List.of());
		if (FormValues.typed(model).isEmpty()) {
			Map<String, String> form = new LinkedHashMap<>();
			mine.forEach(n -> form.put("p" + n, "on"));
			model.addAttribute("form", form);
		}
		model.addAttribute("offered", offered);
		model.addAttribute("communes", communes(offered, locale));
		Map<Long, String> parts = new LinkedHashMap<>();
		offered.forEach(x -> parts.put(x.id(), envelope.part(p, x)));
		model.addAttribute("parts", parts);
		model.addAttribute("mine", mine);
		model.addAttribute("signedIn", user != null);
		return "budget/pb-vote";
	}

	@PostMapping(PAGE + "/vote")
	@FormPage(PAGE + "/vote")
	String vote(@PathVariable String code, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal SawaUser user) {
		ballots.castOnline(found(code), user.id(), form.get("nationalId"), chosen(form));
		return "redirect:/participatory-budgets/" + code + "/vote?voted";
	}

	/** The proposals ticked on a ballot form ({@code p<number>}). */
	static List<Integer> chosen(Map<String, String> form) {
		List<Integer> numbers = new ArrayList<>();
		form.keySet()
			.stream()
			.filter(k -> k.matches("p[0-9]{1,5}"))
			.forEach(k -> numbers.add(Integer.valueOf(k.substring(1))));
		String typed = form.getOrDefault("choices", "");
		for (String n : typed.split("[^0-9]+")) {
			if (!n.isEmpty() && n.length() < 6) {
				numbers.add(Integer.valueOf(n));
			}
		}
		return numbers;
	}

	static BigDecimal amount(String text) {
		if (text == null || !text.replaceAll("[\\s\u00A0\u202F]", "").matches("[0-9]{1,13}([.,][0-9]{1,2})?")) {
			return null;
		}
		return new BigDecimal(text.replaceAll("[\\s\u00A0\u202F]", "").replace(',', '.'));
	}

}
