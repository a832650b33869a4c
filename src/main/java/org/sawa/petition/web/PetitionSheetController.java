package org.sawa.petition.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.sawa.account.SawaUser;
import org.sawa.pdf.PdfRenderer;
import org.sawa.petition.PaperSheets;
import org.sawa.petition.Petition;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.FormPage;
import org.sawa.web.FormValues;
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
 * Paper signature sheets: the printable sheet (Arabic or French) anyone may print while a
 * petition collects, and the staff's entry form, where every problem shows at its line.
 */
@Controller
class PetitionSheetController {

	/** Lines on a printed signature sheet, and so on the entry form. */
	static final int SHEET_LINES = 20;

	/** The numbers of a sheet's lines, 1 to {@link #SHEET_LINES}. */
	private static final List<Integer> SHEET_LINE_NUMBERS = IntStream.rangeClosed(1, SHEET_LINES).boxed().toList();

	private final PaperSheets sheets;

	private final PetitionPages pages;

	private final Territories territories;

	private final PdfRenderer pdf;

	PetitionSheetController(PaperSheets sheets, PetitionPages pages, Territories territories, PdfRenderer pdf) {
		this.sheets = sheets;
		this.pages = pages;
		this.territories = territories;
		this.pdf = pdf;
	}

	/**
	 * The entry form of a paper sheet; after a refusal, what was typed with every reason
	 * at its line and field ({@code 3.nationalId}).
	 */
	@GetMapping("/petitions/{reference}/sheets/new")
	String sheetForm(@PathVariable String reference, @AuthenticationPrincipal SawaUser user, Model model) {
		Petition petition = pages.staffOnly(reference, user);
		FormValues.typed(model);
		model.addAttribute("petition", petition);
		Territory territory = territories.byId(petition.territoryId()).orElseThrow();
		model.addAttribute("territory", territory);
		model.addAttribute("communes", pages.communes(territory));
		model.addAttribute("lines", SHEET_LINE_NUMBERS);
		return "petition/sheet";
	}

	/** A sheet is entered whole or refused whole, with every problem of every line. */
	@PostMapping("/petitions/{reference}/sheets/new")
	@FormPage("/petitions/{reference}/sheets/new")
	String enterSheet(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Petition petition = pages.staffOnly(reference, user);
		List<PaperSheets.PaperLine> lines = new ArrayList<>();
		for (int i = 1; i <= SHEET_LINES; i++) {
			lines.add(new PaperSheets.PaperLine(i, form.getOrDefault("cin." + i, ""),
					form.getOrDefault("commune." + i, ""), form.getOrDefault("sex." + i, ""),
					form.getOrDefault("birth." + i, "")));
		}
		Integer sheet = FormValues.integer(form.get("sheet"));
		int added = sheets.enterSheet(petition.id(), user.id(), sheet == null ? -1 : sheet, lines);
		return "redirect:/petitions/" + reference + "?sheetEntered=" + added;
	}

	/**
	 * The printable paper signature sheet of a petition being collected, in Arabic or
	 * French: the petition's text, who may sign, and numbered lines to fill in.
	 */
	@GetMapping("/petitions/{reference}/sheet-{lang:ar|fr}.pdf")
	ResponseEntity<byte[]> sheetPdf(@PathVariable String reference, @PathVariable String lang,
			@AuthenticationPrincipal SawaUser user) {
		Petition petition = pages.visible(reference, user);
		if (!petition.collecting()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Locale locale = Locale.forLanguageTag(lang);
		Territory territory = territories.byId(petition.territoryId()).orElseThrow();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("petition", petition);
		model.put("lang", lang);
		model.put("council", territory.name(locale));
		// digits as the site writes them, whatever the language
		model.put("threshold", String.valueOf(petition.threshold()));
		model.put("lines", SHEET_LINE_NUMBERS);
		List<String> columns = new ArrayList<>(List.of("n", "name", "cin", "commune", "sex", "birth", "signature"));
		if ("ar".equals(lang)) {
			Collections.reverse(columns);
		}
		model.put("columns", columns);
		model.put("labels",
				Map.of("n", "petition.paper.line", "name", "petition.sheet.name", "cin", "petition.sign.nationalId",
						"commune", "petition.paper.commune", "sex", "field.sex", "birth", "petition.paper.birthYear",
						"signature", "petition.sheet.signature"));
		byte[] document = pdf.render("pdf/petition-sheet", model, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(petition.reference() + "-" + lang + ".pdf")
						.build()
						.toString())
			.body(document);
	}

}
