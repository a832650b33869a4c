package org.sawa.consultation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.consultation.Heard;
import org.sawa.consultation.Process;
import org.sawa.consultation.ProcessTexts;
import org.sawa.consultation.Processes;
import org.sawa.pdf.PdfRenderer;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A consultation's "what we heard" report, for anyone: who took part against the
 * population and what was proposed and answered, as a page and as a tagged PDF in Arabic,
 * French or English.
 */
@Controller
class HeardController {

	/** The languages the PDF is made in (its fonts cover Arabic and Latin scripts). */
	static final List<String> PDF_LANGUAGES = List.of("ar", "fr", "en");

	private final Processes processes;

	private final ProcessTexts texts;

	private final Heard heard;

	private final Territories territories;

	private final PdfRenderer pdf;

	HeardController(Processes processes, ProcessTexts texts, Heard heard, Territories territories, PdfRenderer pdf) {
		this.processes = processes;
		this.texts = texts;
		this.heard = heard;
		this.territories = territories;
		this.pdf = pdf;
	}

	@GetMapping("/consultations/{code}/heard")
	String page(@PathVariable String code, Locale locale, Model model) {
		model.addAllAttributes(model(code, locale));
		model.addAttribute("pdfLanguages", PDF_LANGUAGES);
		return "consultation/heard";
	}

	@GetMapping("/consultations/{code}/heard-{lang}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String code, @PathVariable String lang) {
		if (!PDF_LANGUAGES.contains(lang)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Locale locale = Locale.forLanguageTag(lang);
		Map<String, Object> model = model(code, locale);
		model.put("lang", lang);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(code + "-heard-" + lang + ".pdf").build().toString())
			.body(pdf.render("pdf/heard", model, locale));
	}

	private Map<String, Object> model(String code, Locale locale) {
		Process process = Found.process(processes, code);
		Territory territory = territories.byId(process.territoryId()).orElseThrow();
		ProcessTexts.Localized localized = texts.in(process, locale.getLanguage());
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("process", localized.process());
		model.put("texts", localized.shown());
		model.put("territory", territory);
		model.put("territoryName", territory.name(locale));
		model.put("report", heard.of(process, territory));
		return model;
	}

}
