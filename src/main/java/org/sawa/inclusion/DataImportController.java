package org.sawa.inclusion;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.sawa.account.SawaUser;
import org.sawa.imports.ImportReport;
import org.sawa.imports.TranslatedProblem;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Programme officers import data values for the territories they answer for. */
@Controller
class DataImportController {

	private final DataValueImporter importer;
	private final Indicators indicators;
	private final Permissions permissions;
	private final MessageSource messages;

	DataImportController(DataValueImporter importer, Indicators indicators, Permissions permissions,
			MessageSource messages) {
		this.importer = importer;
		this.indicators = indicators;
		this.permissions = permissions;
		this.messages = messages;
	}

	@GetMapping("/officer/indicators/import")
	String form(Model model) {
		model.addAttribute("indicators", indicators.all());
		return "inclusion/import";
	}

	@PostMapping("/officer/indicators/import")
	String upload(@AuthenticationPrincipal SawaUser user, @RequestParam(required = false) MultipartFile file,
			Locale locale, Model model) throws IOException {
		model.addAttribute("indicators", indicators.all());
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "import.error.noFile");
			return "inclusion/import";
		}
		ImportReport report;
		try (InputStream input = file.getInputStream()) {
			report = importer.importCsv(input, "person:" + user.id(),
					territoryId -> permissions.has(user.id(), Role.PROGRAMME_OFFICER, territoryId));
		}
		model.addAttribute("report", report);
		model.addAttribute("problems", TranslatedProblem.of(report, messages, locale));
		return "inclusion/import";
	}
}
