package org.sawa.consultation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.consultation.Alternatives;
import org.sawa.consultation.Document;
import org.sawa.consultation.Documents;
import org.sawa.consultation.Process;
import org.sawa.consultation.ProcessTexts;
import org.sawa.consultation.Processes;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff of the consulted territory add a document, write it in other languages, and give
 * it its accessible forms: one form per kind on one page, each sent on its own (the video
 * and the recording as files).
 */
@Controller
class DocumentStaffController {

	private static final String NEW = "/consultations/{code}/documents/new";

	private static final String FORMS = DocumentController.PAGE + "/alternatives";

	private static final String TEXTS = DocumentController.PAGE + "/texts";

	private final Processes processes;

	private final ProcessTexts processTexts;

	private final Documents documents;

	private final Alternatives alternatives;

	private final MessageSource messages;

	DocumentStaffController(Processes processes, ProcessTexts processTexts, Documents documents,
			Alternatives alternatives, MessageSource messages) {
		this.processes = processes;
		this.processTexts = processTexts;
		this.documents = documents;
		this.alternatives = alternatives;
		this.messages = messages;
	}

	@GetMapping(NEW)
	String form(@PathVariable String code, @AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Process process = staffProcess(code, user);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of("language", locale.getLanguage()));
			model.addAttribute("errors", Map.of());
		}
		common(process, locale, model);
		return "consultation/document-new";
	}

	@PostMapping(NEW)
	@FormPage(NEW)
	String add(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Process process = process(code);
		int number = documents.add(process, form.get("title"), form.get("body"), form.get("language"), user.id());
		return "redirect:/consultations/" + code + "/documents/" + number + "?added";
	}

	@GetMapping(FORMS)
	String formsPage(@PathVariable String code, @PathVariable int number, @AuthenticationPrincipal SawaUser user,
			Locale locale, Model model) {
		Process process = staffProcess(code, user);
		Document document = document(process, number);
		Map<String, Document.Alternative> forms = alternatives.of(document.id());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
			model.addAttribute("errors", Map.of());
		}
		common(process, locale, model);
		model.addAttribute("document", documents.in(document, locale.getLanguage()).document());
		model.addAttribute("forms", forms);
		model.addAttribute("languages", org.sawa.web.Languages.named());
		return "consultation/alternatives";
	}

	@PostMapping(FORMS + "/{kind}")
	@FormPage(value = FORMS, scope = "{kind}")
	String write(@PathVariable String code, @PathVariable int number, @PathVariable String kind,
			@AuthenticationPrincipal SawaUser user, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "") String language, @RequestParam(defaultValue = "") String link,
			@RequestParam(required = false) MultipartFile file) {
		if (!List.of("darija", "easy_read", "sign_language", "audio").contains(kind)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Process process = process(code);
		Document document = document(process, number);
		alternatives.write(process, document, kind, new Alternatives.Sent(text, language, link,
				file == null ? null : file.getOriginalFilename(), bytes(file)), user.id());
		return "redirect:/consultations/" + code + "/documents/" + number + "?saved#forms";
	}

	@GetMapping(TEXTS)
	String textsForm(@PathVariable String code, @PathVariable int number, @RequestParam("language") String language,
			@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Process process = staffProcess(code, user);
		Document d = translatable(process, number, language);
		String page = "/consultations/" + code + "/documents/" + number;
		return VersionsPage.fill(model,
				new VersionsPage.Record(code + " · " + number, d.title(), page, d.language(), page + "/texts"),
				language,
				List.of(new VersionsPage.Field("title",
						messages.getMessage("consultation.document.title", null, locale), d.title()),
						new VersionsPage.Field("body", messages.getMessage("consultation.document.body", null, locale),
								d.body())),
				documents.written(d, language));
	}

	@PostMapping(TEXTS)
	@FormPage(TEXTS)
	String writeTexts(@PathVariable String code, @PathVariable int number, @RequestParam("language") String language,
			@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		Process process = staffProcess(code, user);
		// only the fields' names are read from the form
		documents.write(process, translatable(process, number, language), language, form, user.id());
		return "redirect:/consultations/" + code + "/documents/" + number + "?translated";
	}

	private Document translatable(Process process, int number, String language) {
		Document d = document(process, number);
		if (!TextVersions.translatable(language, d.language())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return d;
	}

	private void common(Process process, Locale locale, Model model) {
		ProcessTexts.Localized localized = processTexts.in(process, locale.getLanguage());
		model.addAttribute("process", localized.process());
		model.addAttribute("texts", localized.shown());
	}

	private Process staffProcess(String code, SawaUser user) {
		Process process = process(code);
		if (!processes.staff(user.id(), process.territoryId())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return process;
	}

	private Process process(String code) {
		return Found.process(processes, code);
	}

	private Document document(Process process, int number) {
		return Found.document(documents, process, number);
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file == null || file.isEmpty() ? null : file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
