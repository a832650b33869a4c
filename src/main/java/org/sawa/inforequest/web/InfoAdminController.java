package org.sawa.inforequest.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.Accounts;
import org.sawa.account.SawaUser;
import org.sawa.imports.ImportReport;
import org.sawa.imports.TranslatedProblem;
import org.sawa.inforequest.InfoBodies;
import org.sawa.inforequest.InfoBody;
import org.sawa.inforequest.InfoRequestRefused;
import org.sawa.inforequest.InfoRules;
import org.sawa.inforequest.internal.InfoBodyImporter;
import org.sawa.web.FormPage;
import org.sawa.web.FormValues;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Administrators keep the bodies: a CSV import (services, contact details) and the
 * designation of each body's information officers (staff of its territory), each change
 * audited.
 */
@Controller
class InfoAdminController {

	private final InfoBodies bodies;

	private final InfoBodyImporter importer;

	private final Accounts accounts;

	private final MessageSource messages;

	private final InfoRules rules;

	InfoAdminController(InfoBodies bodies, InfoBodyImporter importer, Accounts accounts, MessageSource messages,
			InfoRules rules) {
		this.rules = rules;
		this.bodies = bodies;
		this.importer = importer;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/admin/information/bodies")
	String page(@RequestParam(required = false) String done, Model model) {
		return page(Map.of(), Map.of(), done, model);
	}

	private String page(Map<String, String> form, Map<String, String> errors, String done, Model model) {
		List<InfoBody> all = bodies.all();
		Map<Long, List<Accounts.Contact>> officers = new LinkedHashMap<>();
		for (InfoBody body : all) {
			officers.put(body.id(),
					bodies.officers(body.id()).stream().map(id -> accounts.contact(id).orElseThrow()).toList());
		}
		model.addAttribute("bodies", all);
		model.addAttribute("officers", officers);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
			model.addAttribute("errors", errors);
		}
		model.addAttribute("done", done);
		return "inforequest/admin-bodies";
	}

	@PostMapping("/admin/information/bodies/import")
	String upload(@AuthenticationPrincipal SawaUser user, @RequestParam(required = false) MultipartFile file,
			Locale locale, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "import.error.noFile");
			return page(Map.of(), Map.of(), null, model);
		}
		ImportReport report;
		try (InputStream input = file.getInputStream()) {
			report = importer.importCsv(input, "person:" + user.id());
		}
		model.addAttribute("report", report);
		model.addAttribute("problems", TranslatedProblem.of(report, messages, locale));
		return page(Map.of(), Map.of(), null, model);
	}

	@PostMapping("/admin/information/officers")
	@FormPage("/admin/information/bodies")
	String designate(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		bodies.designate(body(form), person(form), user.id());
		return "redirect:/admin/information/bodies?done=designated";
	}

	@PostMapping("/admin/information/officers/withdraw")
	@FormPage("/admin/information/bodies")
	String withdrawOfficer(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		bodies.withdrawOfficer(body(form), person(form), user.id());
		return "redirect:/admin/information/bodies?done=withdrawn";
	}

	private long body(Map<String, String> form) {
		return bodies.byCode(form.getOrDefault("body", ""))
			.map(InfoBody::id)
			.orElseThrow(() -> new InfoRequestRefused("body", "validation.option"));
	}

	private long person(Map<String, String> form) {
		return accounts.idByEmail(form.getOrDefault("email", "").trim().toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new InfoRequestRefused("email", "info.officer.error.unknown"));
	}

	@GetMapping("/admin/information/rules")
	String rules(Model model) {
		// refused: the rules as they were typed, each problem at its field
		model.addAttribute("rules", FormValues.typed(model).map(this::typed).orElseGet(rules::all));
		model.addAttribute("clarificationPauses", rules.clarificationPauses());
		return "inforequest/rules";
	}

	/**
	 * Sawa's convention that a request for clarification stops the clock, switched on or
	 * off (the law does not say it).
	 */
	@PostMapping("/admin/information/rules/pauses")
	String pauses(@AuthenticationPrincipal SawaUser user, @RequestParam(defaultValue = "false") boolean enabled) {
		rules.clarificationPauses(enabled, "person:" + user.id());
		return "redirect:/admin/information/rules?saved";
	}

	@PostMapping("/admin/information/rules")
	@FormPage("/admin/information/rules")
	String saveRules(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		rules.save(typed(form), "person:" + user.id());
		return "redirect:/admin/information/rules?saved";
	}

	/**
	 * Every rule with what the form says of it; days that are not a number are refused as
	 * out of range.
	 */
	private List<InfoRules.Rule> typed(Map<String, String> form) {
		return rules.all().stream().map(rule -> {
			String key = rule.rule();
			int days;
			try {
				days = Integer.parseInt(form.getOrDefault("days." + key, "").trim());
			}
			catch (NumberFormatException ex) {
				days = -1;
			}
			return new InfoRules.Rule(key, days, !"days".equals(form.get("unit." + key)),
					form.getOrDefault("article." + key, rule.article()),
					form.getOrDefault("source." + key, rule.source()), form.containsKey("confirm." + key));
		}).toList();
	}

}
