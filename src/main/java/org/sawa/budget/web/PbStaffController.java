package org.sawa.budget.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.budget.Ballots;
import org.sawa.budget.Budgets;
import org.sawa.budget.ParticipatoryBudgets;
import org.sawa.budget.PbProcess;
import org.sawa.budget.PbProposal;
import org.sawa.budget.PbProposals;
import org.sawa.budget.PbResults;
import org.sawa.territory.Territories;
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
 * Staff run a participatory budget: open it, review the proposals and publish the
 * reviews, type paper ballots from polling points, publish the results.
 */
@Controller
class PbStaffController {

	static final String NEW = "/participatory-budgets/new";

	static final String MANAGE = PbController.PAGE + "/manage";

	private final PbController pages;

	private final ParticipatoryBudgets processes;

	private final PbProposals proposals;

	private final Ballots ballots;

	private final PbResults results;

	private final Budgets budgets;

	PbStaffController(PbController pages, ParticipatoryBudgets processes, PbProposals proposals, Ballots ballots,
			PbResults results, Budgets budgets) {
		this.pages = pages;
		this.processes = processes;
		this.proposals = proposals;
		this.ballots = ballots;
		this.results = results;
		this.budgets = budgets;
	}

	@GetMapping(NEW)
	String newForm(@AuthenticationPrincipal SawaUser user, Model model) {
		if (FormValues.typed(model).isEmpty()) {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("language", "fr");
			form.put("method", "knapsack");
			form.put("split", "none");
			model.addAttribute("form", form);
		}
		model.addAttribute("places", budgets.collectivities(user.id()));
		model.addAttribute("themes", ParticipatoryBudgets.THEMES);
		return "budget/pb-new";
	}

	@PostMapping(NEW)
	@FormPage(NEW)
	String open(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		Map<String, BigDecimal> parts = new LinkedHashMap<>();
		for (String line : form.getOrDefault("parts", "").split("\\R")) {
			String[] kv = line.split("[=:;]", 2);
			if (kv.length == 2 && !kv[0].isBlank()) {
				BigDecimal amount = PbController.amount(kv[1].trim());
				parts.put(kv[0].trim(), amount == null ? BigDecimal.ZERO : amount);
			}
		}
		PbProcess p = processes.open(new ParticipatoryBudgets.Form(form.get("code"), form.get("territory"),
				FormValues.integer(form.get("year")), form.get("language"), form.get("title"), form.get("summary"),
				PbController.amount(form.get("envelope")), form.get("split"), parts, form.get("method"),
				FormValues.integer(form.get("choices")), FormValues.integer(form.getOrDefault("reservedPercent", "0")),
				form.get("reservedFor"), FormValues.date(form.get("proposalsFrom")),
				FormValues.date(form.get("proposalsTo")), FormValues.date(form.get("reviewTo")),
				FormValues.date(form.get("votingFrom")), FormValues.date(form.get("votingTo"))), user.id());
		return "redirect:/participatory-budgets/" + p.code() + "/manage?opened";
	}

	@GetMapping(MANAGE)
	String manage(@PathVariable String code, @AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		PbProcess p = pages.found(code);
		if (!processes.manages(user.id(), p)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		pages.common(p, locale, model);
		FormValues.typed(model);
		List<PbProposal> list = proposals.of(p);
		model.addAttribute("proposals", list);
		model.addAttribute("communes", pages.communes(list, locale));
		model.addAttribute("places", Territories.byName(processes.communes(p), locale));
		model.addAttribute("paperByPoint", ballots.paperByPoint(p));
		Map<String, String> ages = new LinkedHashMap<>();
		org.sawa.territory.AgeBand.from15().forEach(a -> ages.put(a, a));
		model.addAttribute("ages", ages);
		model.addAttribute("ballots", ballots.ballots(p));
		model.addAttribute("recount", p.resultsPublishedAt() == null ? null : results.recountAgrees(p));
		return "budget/pb-manage";
	}

	@PostMapping(PbController.PAGE + "/proposals/{number}/review")
	@FormPage(value = MANAGE, scope = "r{number}")
	String review(@PathVariable String code, @PathVariable int number, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal SawaUser user) {
		String feasible = form.getOrDefault("feasible", "");
		proposals.review(pages.found(code), number,
				new PbProposals.Review(feasible.isEmpty() ? null : Boolean.valueOf(feasible), form.get("reason"),
						PbController.amount(form.get("reviewedCost")), form.containsKey("competenceChecked")),
				user.id());
		return "redirect:/participatory-budgets/" + code + "/manage?reviewed#r" + number;
	}

	@PostMapping(PbController.PAGE + "/reviews/publish")
	@FormPage(value = MANAGE, scope = "reviews")
	String publishReviews(@PathVariable String code, @AuthenticationPrincipal SawaUser user) {
		processes.publishReviews(pages.found(code), user.id());
		return "redirect:/participatory-budgets/" + code + "/manage?reviewsPublished";
	}

	@PostMapping(PbController.PAGE + "/paper")
	@FormPage(value = MANAGE, scope = "paper")
	String paper(@PathVariable String code, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal SawaUser user) {
		ballots.castPaper(pages.found(code), user.id(),
				new Ballots.Paper(form.get("pollingPoint"), form.get("nationalId"), form.get("commune"),
						form.get("sex"), form.get("ageBand"), form.get("disability"), form.get("area"),
						PbController.chosen(form)));
		return "redirect:/participatory-budgets/" + code + "/manage?typed&point=" + java.net.URLEncoder
			.encode(form.getOrDefault("pollingPoint", ""), java.nio.charset.StandardCharsets.UTF_8) + "#paper";
	}

	@PostMapping(PbController.PAGE + "/results/publish")
	@FormPage(value = MANAGE, scope = "results")
	String publishResults(@PathVariable String code, @AuthenticationPrincipal SawaUser user) {
		results.publish(pages.found(code), user.id());
		return "redirect:/participatory-budgets/" + code + "/results";
	}

}
