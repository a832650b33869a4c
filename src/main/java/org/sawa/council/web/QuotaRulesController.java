package org.sawa.council.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.council.QuotaRules;
import org.sawa.web.FormPage;
import org.sawa.web.FormValues;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administrators read and correct the representation rules (what the law asks per council
 * level and post) and the scale of seats reserved in commune councils, each with its
 * article, source and "to confirm" flag, like the other rule sets.
 */
@Controller
class QuotaRulesController {

	private static final String PAGE = "/admin/council-quotas";

	private final QuotaRules rules;

	QuotaRulesController(QuotaRules rules) {
		this.rules = rules;
	}

	@GetMapping(PAGE)
	String show(Model model) {
		// refused: the rules as they were typed, each problem at its field
		var typed = FormValues.typed(model);
		model.addAttribute("quotas", typed.map(this::quotas).orElseGet(rules::quotas));
		model.addAttribute("scale", typed.map(this::scale).orElseGet(rules::reservedSeats));
		model.addAttribute("ruleKinds", QuotaRules.RULES);
		return "council/quota-rules";
	}

	@PostMapping(PAGE)
	@FormPage(PAGE)
	String save(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		rules.save(quotas(form), scale(form), "person:" + user.id());
		return "redirect:" + PAGE + "?saved";
	}

	/** Every rule with what the form says of it; a share that is not a number is NaN. */
	private List<QuotaRules.Quota> quotas(Map<String, String> form) {
		return rules.quotas().stream().map(q -> {
			String key = q.level() + "." + q.post();
			return new QuotaRules.Quota(q.level(), q.post(), form.getOrDefault("rule." + key, q.rule()),
					fraction(form.getOrDefault("share." + key, String.valueOf(q.minShare()))),
					form.getOrDefault("article." + key, q.article()), form.getOrDefault("source." + key, q.source()),
					form.containsKey("confirm." + key));
		}).toList();
	}

	/** The scale's rows as typed, and the new row when its size is filled in. */
	private List<QuotaRules.ReservedSeats> scale(Map<String, String> form) {
		List<QuotaRules.ReservedSeats> rows = new ArrayList<>();
		for (QuotaRules.ReservedSeats row : rules.reservedSeats()) {
			String key = "seats." + row.councilSeats();
			Integer reserved = FormValues.integer(form.getOrDefault("reserved." + key, "" + row.reserved()));
			rows.add(new QuotaRules.ReservedSeats(row.councilSeats(), reserved == null ? -1 : reserved,
					form.getOrDefault("article." + key, row.article()),
					form.getOrDefault("source." + key, row.source()), form.containsKey("confirm." + key)));
		}
		Integer size = FormValues.integer(form.getOrDefault("newSeats", ""));
		if (size != null) {
			Integer reserved = FormValues.integer(form.getOrDefault("newReserved", ""));
			rows.add(new QuotaRules.ReservedSeats(size, reserved == null ? -1 : reserved,
					form.getOrDefault("newArticle", ""), form.getOrDefault("newSource", ""), true));
		}
		return rows;
	}

	private static double fraction(String text) {
		try {
			return Double.parseDouble(text.trim().replace(',', '.'));
		}
		catch (NumberFormatException notANumber) {
			return Double.NaN;
		}
	}

}
