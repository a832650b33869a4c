package org.sawa.petition.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.db.TextVersions;
import org.sawa.petition.Petition;
import org.sawa.petition.PetitionTexts;
import org.sawa.petition.Petitions;
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

/**
 * The petition's agent, or the council's staff, write its title, text and request in
 * another language than the agent's, the original beside each field.
 */
@Controller
class PetitionTextsController {

	private static final String TEXTS = "/petitions/{reference}/texts";

	private final PetitionPages pages;

	private final Petitions petitions;

	private final PetitionTexts texts;

	private final MessageSource messages;

	PetitionTextsController(PetitionPages pages, Petitions petitions, PetitionTexts texts, MessageSource messages) {
		this.pages = pages;
		this.petitions = petitions;
		this.texts = texts;
		this.messages = messages;
	}

	private Petition writable(String reference, String language, SawaUser user) {
		Petition petition = pages.visible(reference, user);
		if (user.id() != petition.agentId() && !petitions.staff(user.id(), petition.territoryId())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (!TextVersions.translatable(language, petition.language())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return petition;
	}

	@GetMapping(TEXTS)
	String form(@PathVariable String reference, @RequestParam("language") String language,
			@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Petition p = writable(reference, language, user);
		List<VersionsPage.Field> fields = List.of(
				new VersionsPage.Field("title", messages.getMessage("petition.field.title", null, locale), p.title()),
				new VersionsPage.Field("body", messages.getMessage("petition.field.body", null, locale), p.body()),
				new VersionsPage.Field("requested", messages.getMessage("petition.field.requested", null, locale),
						p.requested()));
		String page = "/petitions/" + reference;
		return VersionsPage.fill(model,
				new VersionsPage.Record(reference, p.title(), page, p.language(), page + "/texts"), language, fields,
				texts.written(p, language));
	}

	@PostMapping(TEXTS)
	@FormPage(TEXTS)
	String write(@PathVariable String reference, @RequestParam("language") String language,
			@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		Petition p = writable(reference, language, user);
		// only the fields' names are read from the form
		texts.write(p, language, form, user.id());
		return "redirect:/petitions/" + reference + "?translated";
	}

}
