package org.sawa.petition.web;

import java.util.List;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.petition.PetitionRules;
import org.sawa.web.FormPage;
import org.sawa.web.FormValues;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administrators read and correct the petition rules, each beside its article, source and
 * "to confirm" flag.
 */
@Controller
class PetitionRulesController {

	private final PetitionRules rules;

	PetitionRulesController(PetitionRules rules) {
		this.rules = rules;
	}

	@GetMapping("/admin/petition-rules")
	String show(Model model) {
		// refused: the rules as they were typed, each problem at its field
		model.addAttribute("rules", FormValues.typed(model).map(this::typed).orElseGet(rules::all));
		return "petition/rules";
	}

	@PostMapping("/admin/petition-rules")
	@FormPage("/admin/petition-rules")
	String save(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		rules.save(typed(form), "person:" + user.id());
		return "redirect:/admin/petition-rules?saved";
	}

	/** Every rule with what the form says of it. */
	private List<PetitionRules.Rule> typed(Map<String, String> form) {
		return rules.all().stream().map(rule -> {
			String key = rule.level() + "." + rule.rule();
			return new PetitionRules.Rule(rule.level(), rule.rule(), form.getOrDefault("value." + key, rule.value()),
					form.getOrDefault("article." + key, rule.article()),
					form.getOrDefault("source." + key, rule.source()), form.containsKey("confirm." + key));
		}).toList();
	}

}
