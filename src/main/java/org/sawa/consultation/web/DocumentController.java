package org.sawa.consultation.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
import org.sawa.web.FormPage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A consultation document's page: its accessible forms first (the Darija summary, the
 * easy-read version, the sign-language video with its transcript, the audio reading, the
 * Braille-ready files), then its full text; each missing form can be asked for. Video and
 * audio are served inline with byte ranges, so a phone plays and seeks them.
 */
@Controller
class DocumentController {

	static final String PAGE = "/consultations/{code}/documents/{number}";

	private final Processes processes;

	private final ProcessTexts processTexts;

	private final Documents documents;

	private final Alternatives alternatives;

	DocumentController(Processes processes, ProcessTexts processTexts, Documents documents, Alternatives alternatives) {
		this.processes = processes;
		this.processTexts = processTexts;
		this.documents = documents;
		this.alternatives = alternatives;
	}

	@GetMapping(PAGE)
	String show(@PathVariable String code, @PathVariable int number, @AuthenticationPrincipal SawaUser user,
			Locale locale, Model model) {
		Process process = process(code);
		Document document = document(process, number);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
			model.addAttribute("errors", Map.of());
		}
		ProcessTexts.Localized localized = processTexts.in(process, locale.getLanguage());
		Documents.Localized shown = documents.in(document, locale.getLanguage());
		Map<String, Document.Alternative> forms = alternatives.of(document.id());
		List<String> braille = documents.brailleLanguages(document);
		Map<String, Boolean> available = new LinkedHashMap<>();
		Document.FORMS.forEach(k -> available.put(k, "braille".equals(k) ? !braille.isEmpty() : forms.containsKey(k)));
		boolean staff = user != null && processes.staff(user.id(), process.territoryId());
		model.addAttribute("process", localized.process());
		model.addAttribute("processTexts", localized.shown());
		model.addAttribute("document", shown.document());
		model.addAttribute("texts", shown.shown());
		model.addAttribute("forms", forms);
		model.addAttribute("available", available);
		model.addAttribute("braille", braille);
		model.addAttribute("signedIn", user != null);
		model.addAttribute("staff", staff);
		model.addAttribute("requests", staff ? alternatives.requests(process.id()) : Map.of());
		return "consultation/document";
	}

	@PostMapping(PAGE + "/ask")
	@FormPage(PAGE)
	String ask(@PathVariable String code, @PathVariable int number, @RequestParam(defaultValue = "") String kind,
			@AuthenticationPrincipal SawaUser user) {
		Process process = process(code);
		Document document = document(process, number);
		boolean there = "braille".equals(kind) ? !documents.brailleLanguages(document).isEmpty()
				: alternatives.of(document.id()).containsKey(kind);
		alternatives.ask(document, kind, there, user.id());
		return "redirect:/consultations/" + code + "/documents/" + number + "?asked#forms";
	}

	@GetMapping(PAGE + "/braille-{language}.brf")
	ResponseEntity<byte[]> braille(@PathVariable String code, @PathVariable int number, @PathVariable String language) {
		Process process = process(code);
		Document document = document(process, number);
		byte[] file = documents.braille(document, language)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String name = code + "-" + number + "-" + language + ".brf";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.US_ASCII))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file);
	}

	@GetMapping(PAGE + "/files/{kind}")
	ResponseEntity<Resource> file(@PathVariable String code, @PathVariable int number, @PathVariable String kind) {
		Process process = process(code);
		Document document = document(process, number);
		var file = alternatives.file(document.id(), kind)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		// the type was read from the content when stored: only video and audio get here
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getKey().contentType()))
			.cacheControl(CacheControl.noCache())
			.eTag("\"" + file.getKey().sha256() + "\"")
			.header("X-Content-Type-Options", "nosniff")
			.body(new ByteArrayResource(file.getValue()));
	}

	private Process process(String code) {
		return Found.process(processes, code);
	}

	private Document document(Process process, int number) {
		return Found.document(documents, process, number);
	}

}
