package org.sawa.project.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.db.TextVersions;
import org.sawa.project.Project;
import org.sawa.project.ProjectTexts;
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

/** Staff write a project's title and description in the other languages. */
@Controller
class ProjectTextsController {

	static final String TEXTS = ProjectController.PAGE + "/texts";

	private final ProjectStaffController staff;

	private final ProjectTexts texts;

	private final MessageSource messages;

	ProjectTextsController(ProjectStaffController staff, ProjectTexts texts, MessageSource messages) {
		this.staff = staff;
		this.texts = texts;
		this.messages = messages;
	}

	private Project translatable(String identifier, String language, SawaUser user) {
		Project p = staff.managed(identifier, user);
		if (!TextVersions.translatable(language, p.data().language())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return p;
	}

	@GetMapping(TEXTS)
	String form(@PathVariable String identifier, @RequestParam("language") String language,
			@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Project p = translatable(identifier, language, user);
		String page = "/projects/" + p.identifier();
		return VersionsPage.fill(model,
				new VersionsPage.Record(p.identifier(), p.data().title(), page, p.data().language(), page + "/texts"),
				language,
				List.of(new VersionsPage.Field("title", messages.getMessage("project.field.title", null, locale),
						p.data().title()),
						new VersionsPage.Field("description",
								messages.getMessage("project.field.description", null, locale),
								p.data().description())),
				texts.written(p, language));
	}

	@PostMapping(TEXTS)
	@FormPage(TEXTS)
	String write(@PathVariable String identifier, @RequestParam("language") String language,
			@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		texts.write(translatable(identifier, language, user), language, form, user.id());
		return "redirect:/projects/" + identifier + "?translated";
	}

}
