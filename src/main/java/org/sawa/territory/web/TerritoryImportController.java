package org.sawa.territory.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.sawa.imports.ImportReport;
import org.sawa.imports.TranslatedProblem;
import org.sawa.territory.LegalPopulationImporter;
import org.sawa.territory.PopulationImporter;
import org.sawa.territory.TerritoryImporter;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Admins import territories, population figures and legal populations from CSV and read
 * the report.
 */
@Controller
class TerritoryImportController {

	private final TerritoryImporter territoryImporter;

	private final PopulationImporter populationImporter;

	private final LegalPopulationImporter legalPopulationImporter;

	private final MessageSource messages;

	TerritoryImportController(TerritoryImporter territoryImporter, PopulationImporter populationImporter,
			LegalPopulationImporter legalPopulationImporter, MessageSource messages) {
		this.legalPopulationImporter = legalPopulationImporter;
		this.territoryImporter = territoryImporter;
		this.populationImporter = populationImporter;
		this.messages = messages;
	}

	@GetMapping("/admin/territories/import")
	String form() {
		return "territory/import";
	}

	@PostMapping("/admin/territories/import")
	String upload(@AuthenticationPrincipal(expression = "id()") long userId, @RequestParam String kind,
			@RequestParam(required = false) MultipartFile file, Locale locale, Model model) throws IOException {
		model.addAttribute("kind", kind);
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "import.error.noFile");
			return "territory/import";
		}
		ImportReport report;
		try (InputStream input = file.getInputStream()) {
			String actor = "person:" + userId;
			report = switch (kind) {
				case "population" -> populationImporter.importCsv(input, actor);
				case "legal" -> legalPopulationImporter.importCsv(input, actor);
				default -> territoryImporter.importCsv(input, actor);
			};
		}
		model.addAttribute("report", report);
		model.addAttribute("problems", TranslatedProblem.of(report, messages, locale));
		return "territory/import";
	}

}
