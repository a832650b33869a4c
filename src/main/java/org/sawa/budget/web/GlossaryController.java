package org.sawa.budget.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.budget.Glossary;
import org.sawa.web.FormPage;
import org.sawa.web.FormValues;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** National administrators write the budget words in the four languages. */
@Controller
class GlossaryController {

	static final String PAGE = "/admin/budget-glossary";

	private final Glossary glossary;

	GlossaryController(Glossary glossary) {
		this.glossary = glossary;
	}

	@GetMapping(PAGE)
	String page(@RequestParam(required = false) String edit, @AuthenticationPrincipal SawaUser user, Model model) {
		if (FormValues.typed(model).isEmpty()) {
			Map<String, String> form = new LinkedHashMap<>();
			glossary.terms().stream().filter(t -> t.code().equals(edit)).findFirst().ifPresent(t -> {
				form.put("code", t.code());
				form.put("position", String.valueOf(t.position()));
				t.texts().forEach((l, text) -> {
					form.put("word_" + l, text[0]);
					form.put("meaning_" + l, text[1]);
				});
			});
			model.addAttribute("form", form);
		}
		model.addAttribute("terms", glossary.terms());
		model.addAttribute("writable", glossary.writable(user.id()));
		return "budget/glossary";
	}

	@PostMapping(PAGE)
	@FormPage(PAGE)
	String save(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		Map<String, String[]> texts = new LinkedHashMap<>();
		for (String l : new String[] { "ar", "fr", "en", "zgh" }) {
			texts.put(l, new String[] { form.getOrDefault("word_" + l, ""), form.getOrDefault("meaning_" + l, "") });
		}
		glossary.save(form.get("code"), FormValues.integer(form.get("position")), texts, user.id());
		return "redirect:" + PAGE + "?saved";
	}

}
