package org.sawa.budget.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.budget.ParticipatoryBudgets;
import org.sawa.budget.PbProcess;
import org.sawa.budget.PbTexts;
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

/** Staff write a participatory budget's title and summary in the other languages. */
@Controller
class PbTextsController {

	static final String TEXTS = PbController.PAGE + "/texts";

	private final PbController pages;

	private final ParticipatoryBudgets processes;

	private final PbTexts texts;

	private final MessageSource messages;

	PbTextsController(PbController pages, ParticipatoryBudgets processes, PbTexts texts, MessageSource messages) {
		this.pages = pages;
		this.processes = processes;
		this.texts = texts;
		this.messages = messages;
	}

	private PbProcess translatable(String code, String language, SawaUser user) {
		PbProcess p = pages.found(code);
		if (!processes.manages(user.id(), p)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (!TextVersions.translatable(language, p.language())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return p;
	}

	@GetMapping(TEXTS)
	String form(@PathVariable String code, @RequestParam("language") String language,
			@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		PbProcess p = translatable(code, language, user);
		String page = "/participatory-budgets/" + p.code();
		return VersionsPage.fill(model,
				new VersionsPage.Record(p.code(), p.title(), page, p.language(), page + "/texts"), language,
				List.of(new VersionsPage.Field("title", messages.getMessage("budget.pb.title", null, locale),
						p.title()),
						new VersionsPage.Field("summary", messages.getMessage("budget.pb.summary", null, locale),
								p.summary())),
				texts.written(p, language));
	}

	@PostMapping(TEXTS)
	@FormPage(TEXTS)
	String write(@PathVariable String code, @RequestParam("language") String language,
			@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		texts.write(translatable(code, language, user), language, form, user.id());
		return "redirect:/participatory-budgets/" + code + "?translated";
	}

}
