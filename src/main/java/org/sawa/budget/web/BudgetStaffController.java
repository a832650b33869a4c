package org.sawa.budget.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.budget.Budget;
import org.sawa.budget.BudgetFiles;
import org.sawa.budget.Budgets;
import org.sawa.imports.ImportReport;
import org.sawa.imports.TranslatedProblem;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.FormPage;
import org.sawa.web.FormValues;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Staff of a collectivity import its budget of a year, see it as the public will, and
 * publish it (or withdraw it).
 */
@Controller
class BudgetStaffController {

	static final String PAGE = "/budgets/manage";

	private final Budgets budgets;

	private final BudgetFiles files;

	private final Territories territories;

	private final MessageSource messages;

	BudgetStaffController(Budgets budgets, BudgetFiles files, Territories territories, MessageSource messages) {
		this.budgets = budgets;
		this.files = files;
		this.territories = territories;
		this.messages = messages;
	}

	/** A budget in the list, with its collectivity's code and name. */
	record Row(Budget budget, String code, String name) {
	}

	@GetMapping(PAGE)
	String page(@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		if (FormValues.typed(model).isEmpty()) {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("language", "fr");
			model.addAttribute("form", form);
		}
		List<Row> rows = budgets.managedBy(user.id()).stream().map(b -> {
			Territory t = territories.byId(b.territoryId()).orElseThrow();
			return new Row(b, t.code(), t.name(locale));
		}).toList();
		model.addAttribute("rows", rows);
		model.addAttribute("places", budgets.collectivities(user.id()));
		if (!model.containsAttribute("report")) {
			model.addAttribute("report", null);
		}
		return "budget/manage";
	}

	@PostMapping(PAGE + "/import")
	@FormPage(PAGE)
	String importFile(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form,
			@RequestParam(required = false) MultipartFile file, Locale locale, Model model) throws IOException {
		byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
		ImportReport report = files.importFile(new BudgetFiles.About(form.get("territory"),
				FormValues.integer(form.get("year")), form.get("language"), form.get("source")), content, user.id());
		model.addAttribute("report", report);
		model.addAttribute("problems", TranslatedProblem.of(report, messages, locale));
		model.addAttribute("imported", form.get("territory") + "/" + form.get("year"));
		model.addAttribute("form", new LinkedHashMap<>(form));
		model.addAttribute("errors", Map.of());
		return page(user, locale, model);
	}

	@PostMapping(PAGE + "/{id}/publish")
	String publish(@AuthenticationPrincipal SawaUser user, @PathVariable long id, @RequestParam boolean published) {
		budgets.publish(id, published, user.id());
		return "redirect:" + PAGE + (published ? "?published" : "?withdrawn");
	}

}
