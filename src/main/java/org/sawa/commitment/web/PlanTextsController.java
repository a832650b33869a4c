package org.sawa.commitment.web;

import java.util.ArrayList;
import java.util.List;
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
import org.sawa.db.TextVersions;
import org.sawa.web.FormPage;
import org.sawa.web.VersionsPage;
import org.springframework.context.MessageSource;
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

	private final MessageSource messages;

	PlanTextsController(ActionPlans plans, PlanTexts texts, Permissions permissions, MessageSource messages) {
		this.plans = plans;
		this.texts = texts;
		this.permissions = permissions;
		this.messages = messages;
	}

	private record Owned(Commitment commitment, ActionPlan plan) {
	}

	private Owned owned(String code, String lang, SawaUser user) {
		Commitment commitment = plans.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ActionPlan plan = plans.plan(commitment.planId()).orElseThrow();
		if (!permissions.hasAny(user.id(), plan.territoryId(), Role.STAFF, Role.PROGRAMME_OFFICER)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (!TextVersions.translatable(lang, plan.language())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return new Owned(commitment, plan);
	}

	@GetMapping(TEXTS)
	String form(@PathVariable String code, @RequestParam("language") String lang,
			@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Owned owned = owned(code, lang, user);
		Commitment c = owned.commitment();
		List<VersionsPage.Field> fields = new ArrayList<>();
		fields.add(new VersionsPage.Field("plan", messages.getMessage("commitment.field.plan", null, locale),
				owned.plan().title()));
		CommitmentCorrections.texts(c)
			.forEach((k, text) -> fields
				.add(new VersionsPage.Field(k, messages.getMessage("commitment.field." + k, null, locale), text)));
		c.milestones()
			.forEach(m -> fields.add(new VersionsPage.Field("m" + m.position(),
					messages.getMessage("commitment.new.milestone", new Object[] { m.position() }, locale),
					m.description())));
		model.addAttribute("nextKey", "commitment.texts.next");
		String page = "/commitments/" + code;
		return VersionsPage.fill(model,
				new VersionsPage.Record(code, c.title(), page, owned.plan().language(), page + "/texts"), lang, fields,
				texts.written(c, owned.plan(), lang));
	}

	@PostMapping(TEXTS)
	@FormPage(TEXTS)
	String write(@PathVariable String code, @RequestParam("language") String lang,
			@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		Owned owned = owned(code, lang, user);
		// only the fields' names are read from the form
		texts.write(owned.commitment(), owned.plan(), lang, form, user.id());
		return "redirect:/commitments/" + code + "?translated";
	}

}
