package org.sawa.feedback.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.feedback.Categories;
import org.sawa.feedback.Category;
import org.sawa.inforequest.InfoBodies;
import org.sawa.territory.Territories;
import org.sawa.web.FormPage;
import org.sawa.web.FormValues;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administrators keep the categories (named in the four languages, with their default
 * competence and targets), the routes that send a category's reports in a territory to a
 * body, and each body's own targets.
 */
@Controller
class FeedbackAdminController {

	static final String PAGE = "/admin/feedback";

	private final Categories categories;

	private final InfoBodies bodies;

	private final Territories territories;

	FeedbackAdminController(Categories categories, InfoBodies bodies, Territories territories) {
		this.categories = categories;
		this.bodies = bodies;
		this.territories = territories;
	}

	@GetMapping(PAGE)
	String page(@RequestParam(required = false) String edit, @AuthenticationPrincipal SawaUser user, Locale locale,
			Model model) {
		if (FormValues.typed(model).isEmpty()) {
			Map<String, String> form = new LinkedHashMap<>();
			categories.byCode(edit).ifPresentOrElse(c -> {
				form.put("code", c.code());
				form.put("about", c.about());
				form.put("name_ar", c.nameAr());
				form.put("name_fr", c.nameFr());
				form.put("name_en", c.nameEn());
				form.put("name_zgh", c.nameZgh());
				form.put("competence", c.competence());
				form.put("acknowledgeDays", String.valueOf(c.acknowledgeDays()));
				form.put("answerDays", String.valueOf(c.answerDays()));
				form.put("position", String.valueOf(c.position()));
				if (c.active()) {
					form.put("active", "true");
				}
			}, () -> {
				form.put("acknowledgeDays", "3");
				form.put("answerDays", "20");
				form.put("competence", "commune");
				form.put("active", "true");
			});
			model.addAttribute("form", form);
		}
		Map<String, String> kinds = new LinkedHashMap<>();
		categories.all().forEach(c -> kinds.put(c.code(), c.name(locale)));
		Map<Long, String> territoryNames = new LinkedHashMap<>();
		categories.routes()
			.forEach(r -> territoryNames.computeIfAbsent(r.territoryId(),
					id -> territories.byId(id).map(t -> t.name(locale) + " (" + t.code() + ")").orElse("")));
		model.addAttribute("categories", categories.all());
		model.addAttribute("byId", categories.byIds());
		model.addAttribute("kinds", kinds);
		model.addAttribute("routes", categories.routes());
		model.addAttribute("targets", categories.targets());
		model.addAttribute("territoryNames", territoryNames);
		model.addAttribute("bodyNames", bodies.byIds());
		model.addAttribute("national", categories.nationalAdmin(user.id()));
		model.addAttribute("abouts", Category.ABOUT);
		model.addAttribute("competences", Category.COMPETENCES);
		return "feedback/admin";
	}

	@PostMapping(PAGE + "/categories")
	@FormPage(PAGE)
	String save(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String language : new String[] { "ar", "fr", "en", "zgh" }) {
			names.put(language, form.get("name_" + language));
		}
		categories.save(new Categories.Form(form.get("code"), form.get("about"), names, form.get("competence"),
				FormValues.integer(form.get("acknowledgeDays")), FormValues.integer(form.get("answerDays")),
				FormValues.integer(form.get("position")), form.containsKey("active")), user.id());
		return "redirect:" + PAGE + "?saved#categories";
	}

	@PostMapping(PAGE + "/routes")
	@FormPage(value = PAGE, scope = "route")
	String route(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		categories.route(form.get("category"), form.get("territory"), form.get("body"), user.id());
		return "redirect:" + PAGE + "?routed#routes";
	}

	@PostMapping(PAGE + "/routes/remove")
	String unroute(@AuthenticationPrincipal SawaUser user, @RequestParam long category, @RequestParam long territory) {
		categories.unroute(category, territory, user.id());
		return "redirect:" + PAGE + "?unrouted#routes";
	}

	@PostMapping(PAGE + "/targets")
	@FormPage(value = PAGE, scope = "target")
	String target(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		categories.setTarget(form.get("body"), form.get("category"), FormValues.integer(form.get("acknowledgeDays")),
				FormValues.integer(form.get("answerDays")), user.id());
		return "redirect:" + PAGE + "?target#targets";
	}

}
