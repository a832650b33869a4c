package org.sawa.capacity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.capacity.Activities;
import org.sawa.capacity.Activity;
import org.sawa.capacity.Programme;
import org.sawa.capacity.ProgrammeTexts;
import org.sawa.capacity.Stories;
import org.sawa.capacity.internal.CapacityAccess;
import org.sawa.db.TextVersions;
import org.sawa.web.FormPage;
import org.sawa.web.Formats;
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
 * A programme's officers write its activities' topics and its success stories in another
 * language than the programme's working language, the original beside each field.
 */
@Controller
class ProgrammeTextsController {

	private static final String TEXTS = "/capacity/{code}/texts";

	private final CapacityAccess access;

	private final Activities activities;

	private final Stories stories;

	private final ProgrammeTexts texts;

	private final MessageSource messages;

	private final Formats formats;

	ProgrammeTextsController(CapacityAccess access, Activities activities, Stories stories, ProgrammeTexts texts,
			MessageSource messages, Formats formats) {
		this.access = access;
		this.activities = activities;
		this.stories = stories;
		this.texts = texts;
		this.messages = messages;
		this.formats = formats;
	}

	private Programme translatable(String code, String language, SawaUser user) {
		Programme programme = access.officerOf(code, user);
		if (!TextVersions.translatable(language, programme.language())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return programme;
	}

	@GetMapping(TEXTS)
	String form(@PathVariable String code, @RequestParam("language") String language,
			@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Programme p = translatable(code, language, user);
		List<Activity> held = activities.activities(p.id());
		List<Stories.Story> told = stories.of(p.id(), false);
		List<VersionsPage.Field> fields = new ArrayList<>();
		held.forEach(a -> fields.add(new VersionsPage.Field("a" + a.id(),
				messages.getMessage("capacity.texts.topic", new Object[] { formats.date(a.heldOn()) }, locale),
				a.topic())));
		told.forEach(s -> {
			fields.add(new VersionsPage.Field("s" + s.id() + "-title",
					messages.getMessage("capacity.texts.storyTitle", null, locale), s.title()));
			fields.add(new VersionsPage.Field("s" + s.id() + "-body",
					messages.getMessage("capacity.texts.storyBody", null, locale), s.body()));
		});
		String page = "/capacity/" + p.code();
		return VersionsPage.fill(model,
				new VersionsPage.Record(p.code(), p.names().get(p.language()), page, p.language(), page + "/texts"),
				language, fields, texts.written(held, told, language));
	}

	@PostMapping(TEXTS)
	@FormPage(TEXTS)
	String write(@PathVariable String code, @RequestParam("language") String language,
			@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		Programme p = translatable(code, language, user);
		List<Activity> held = activities.activities(p.id());
		List<Stories.Story> told = stories.of(p.id(), false);
		// only the fields' names are read from the form
		texts.write(p, held, told, language, form, user.id());
		return "redirect:/capacity/" + p.code() + "?translated";
	}

}
