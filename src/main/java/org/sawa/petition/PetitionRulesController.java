package org.sawa.petition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.account.SawaUser;
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
		model.addAttribute("rules", rules.all());
		model.addAttribute("errors", Map.of());
		return "petition/rules";
	}

	@PostMapping("/admin/petition-rules")
	String save(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form, Model model) {
		List<PetitionRules.Rule> typed = new ArrayList<>();
		Map<String, String> errors = new LinkedHashMap<>();
		for (PetitionRules.Rule rule : rules.all()) {
			String key = rule.level() + "." + rule.rule();
			PetitionRules.Rule changed = new PetitionRules.Rule(rule.level(), rule.rule(),
					form.getOrDefault("value." + key, rule.value()),
					form.getOrDefault("article." + key, rule.article()),
					form.getOrDefault("source." + key, rule.source()), form.containsKey("confirm." + key));
			String problem = PetitionRules.check(rule.rule(), changed.value());
			if (problem != null) {
				errors.put(key, problem);
			}
			if (changed.article().isBlank()) {
				errors.put("article." + key, "petitionRules.error.article");
			}
			typed.add(changed);
		}
		if (!errors.isEmpty()) {
			model.addAttribute("rules", typed);
			model.addAttribute("errors", errors);
			model.addAttribute("hasErrors", true);
			return "petition/rules";
		}
		rules.save(typed, "person:" + user.id());
		return "redirect:/admin/petition-rules?saved";
	}

}
