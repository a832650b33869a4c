package org.sawa.indicator.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.sawa.account.SawaUser;
import org.sawa.imports.ImportReport;
import org.sawa.imports.TranslatedProblem;
import org.sawa.indicator.DataImports;
import org.sawa.indicator.DataValueImporter;
import org.sawa.indicator.Indicators;
import org.sawa.web.HtmxRequests;
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
 * Programme officers import data values for the territories they answer for. A small file
 * is imported within the request; a larger one (above
 * {@code sawa.imports.background-above-bytes}) is imported in the background while the
 * officer follows its progress.
 */
@Controller
class DataImportController {

	private final DataValueImporter importer;

	private final Indicators indicators;

	private final MessageSource messages;

	private final DataImports imports;

	private final long backgroundAbove;

	DataImportController(DataValueImporter importer, Indicators indicators, MessageSource messages, DataImports imports,
			@org.springframework.beans.factory.annotation.Value("${sawa.imports.background-above-bytes:1048576}") long backgroundAbove) {
		this.imports = imports;
		this.backgroundAbove = backgroundAbove;
		this.importer = importer;
		this.indicators = indicators;
		this.messages = messages;
	}

	@GetMapping("/officer/indicators/import")
	String form(Model model) {
		model.addAttribute("indicators", indicators.all());
		return "indicator/import";
	}

	@PostMapping("/officer/indicators/import")
	String upload(@AuthenticationPrincipal SawaUser user, @RequestParam(required = false) MultipartFile file,
			Locale locale, Model model) throws IOException {
		model.addAttribute("indicators", indicators.all());
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "import.error.noFile");
			return "indicator/import";
		}
		java.util.function.LongPredicate allowed = imports.allowedFor(user.id());
		if (file.getSize() > backgroundAbove) {
			java.nio.file.Path saved = java.nio.file.Files.createTempFile("sawa-import-", ".csv");
			file.transferTo(saved);
			java.util.UUID id = imports.start(saved, file.getOriginalFilename(), user.id());
			return "redirect:/officer/indicators/import/" + id;
		}
		ImportReport report;
		try (InputStream input = file.getInputStream()) {
			report = importer.importCsv(input, "person:" + user.id(), allowed);
		}
		model.addAttribute("report", report);
		model.addAttribute("problems", TranslatedProblem.of(report, messages, locale));
		return "indicator/import";
	}

	/**
	 * The progress of a background import, then its report; only the officer who started
	 * it sees it.
	 */
	@GetMapping("/officer/indicators/import/{id}")
	String progress(@AuthenticationPrincipal SawaUser user, @PathVariable String id, Locale locale,
			jakarta.servlet.http.HttpServletRequest request, Model model) {
		DataImports.Job job = parse(id).flatMap(imports::job)
			.filter(j -> j.actor().equals("person:" + user.id()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("job", job);
		if (job.finished()) {
			model.addAttribute("report", job.report());
			model.addAttribute("problems", TranslatedProblem.of(job.report(), messages, locale));
		}
		return HtmxRequests.view(request, "indicator/import-progress", "status");
	}

	private static java.util.Optional<java.util.UUID> parse(String id) {
		try {
			return java.util.Optional.of(java.util.UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}

}
