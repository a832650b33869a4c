package org.sawa.commitment.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.sawa.account.SawaUser;
import org.sawa.commitment.ActionPlan;
import org.sawa.commitment.ActionPlans;
import org.sawa.commitment.Commitment;
import org.sawa.commitment.CommitmentCorrections;
import org.sawa.commitment.PlanTexts;
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
 * Staff of a plan's territory write a commitment (with its plan's title and its
 * milestones) in another language than the plan's, the original beside each field.
 */
@Controller
class PlanTextsController {

	private static final String TEXTS = "/commitments/{code}/texts";

	private final ActionPlans plans;

	private final PlanTexts texts;

	private final Permissions permissions;

	PlanTextsController(ActionPlans plans, PlanTexts texts, Permissions permissions) {
		this.plans = plans;
		this.texts = texts;
		this.permissions = permissions;
	}

	private record Owned(Commitment commitment, ActionPlan plan) {
	}

	private Owned owned(String code, String lang, SawaUser user) {
		Commitment commitment = plans.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ActionPlan plan = plans.plan(commitment.planId()).orElseThrow();
		if (!permissions.hasAny(user.id(), plan.territoryId(), Role.STAFF, Role.PROGRAMME_OFFICER)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (!ActionPlans.PLAN_LANGUAGES.contains(lang) || lang.equals(plan.language())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return new Owned(commitment, plan);
	}

	@GetMapping("/commitments/{code}/texts")
	String form(@PathVariable String code, @RequestParam("language") String lang,
			@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Owned owned = owned(code, lang, user);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", texts.written(owned.commitment(), owned.plan(), lang));
			model.addAttribute("errors", Map.of());
		}
		Map<String, String> originals = new LinkedHashMap<>();
		originals.put("plan", owned.plan().title());
		Commitment c = owned.commitment();
		originals.putAll(CommitmentCorrections.texts(c));
		c.milestones().forEach(m -> originals.put("m" + m.position(), m.description()));
		model.addAttribute("commitment", c);
		model.addAttribute("plan", owned.plan());
		model.addAttribute("lang", lang);
		model.addAttribute("originals", originals);
		return "commitment/texts";
	}

	@PostMapping("/commitments/{code}/texts")
	@FormPage(TEXTS)
	String write(@PathVariable String code, @RequestParam("language") String lang,
			@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		Owned owned = owned(code, lang, user);
		Map<String, String> written = new LinkedHashMap<>();
		texts.written(owned.commitment(), owned.plan(), lang).keySet().forEach(k -> written.put(k, form.get(k)));
		texts.write(owned.commitment(), owned.plan(), lang, written, user.id());
		return "redirect:/commitments/" + code + "?translated";
	}

}
