package org.sawa.petition;

import static org.sawa.web.FormValues.date;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.disclosure.ProtectedTable;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.FormPage;
import org.sawa.web.HtmxRequests;
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
 * Petitions in public: the list, each petition's page (text, timeline, progress, who signed by
 * sex, age band and province with small counts protected), drafting, and for a signed-in
 * person signing and withdrawing; for the agent, opening the collection; for the council's
 * staff, recording the deposit. Every form works without JavaScript; with htmx the progress
 * refreshes itself and the signing box is swapped in place.
 */
@Controller
class PetitionController {

	private final Clock clock;

	private final Petitions petitions;
	private final Territories territories;
	private final org.sawa.pdf.PdfRenderer pdf;

	private final org.sawa.account.Accounts accounts;

	PetitionController(Petitions petitions, Territories territories, org.sawa.pdf.PdfRenderer pdf,
			org.sawa.account.Accounts accounts, Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
		this.petitions = petitions;
		this.territories = territories;
		this.pdf = pdf;
	}

	@GetMapping("/petitions")
	String list(@RequestParam(required = false) String territory, Model model) {
		Territory within = territory == null || territory.isBlank() ? null : territories.byCode(territory).orElse(null);
		List<Petition> shown = petitions.published(within);
		Map<Long, Petitions.Progress> progress = new LinkedHashMap<>();
		shown.forEach(p -> progress.put(p.id(), petitions.progress(p)));
		model.addAttribute("petitions", shown);
		model.addAttribute("progress", progress);
		model.addAttribute("names", names(shown));
		model.addAttribute("within", within);
		model.addAttribute("regions", territories.atLevel(Level.REGION));
		return "petition/list";
	}

	private Map<Long, String> names(List<Petition> shown) {
		Map<Long, String> names = new LinkedHashMap<>();
		shown.forEach(p -> names.computeIfAbsent(p.territoryId(), id -> territories.byId(id).map(Territory::name).orElse("")));
		return names;
	}

	@GetMapping("/petitions/new")
	String create(@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of("language", locale.getLanguage(), "petitioner", "citizens"));
			model.addAttribute("errors", Map.of());
		}
		model.addAttribute("associations", accounts.associationsRepresentedBy(user.id()));
		List<Territory> councils = new ArrayList<>();
		for (Territory region : territories.atLevel(Level.REGION)) {
			councils.add(region);
			for (Territory province : territories.children(region.id())) {
				councils.add(province);
				councils.addAll(territories.children(province.id()));
			}
		}
		model.addAttribute("councils", councils);
		return "petition/new";
	}

	@PostMapping("/petitions/new")
	@FormPage("/petitions/new")
	String draft(@AuthenticationPrincipal SawaUser user, @Valid DraftForm form) {
		Territory territory = territories.byCode(form.territory())
			.filter(t -> t.level() != Level.COUNTRY)
			.orElseThrow(() -> new PetitionRefused("territory", "validation.option"));
		String reference = petitions.draft(form.draft(territory.id()), user.id());
		return "redirect:/petitions/" + reference;
	}

	@GetMapping("/petitions/{reference}")
	String show(@PathVariable String reference, @AuthenticationPrincipal SawaUser user, HttpServletRequest request,
			Model model) {
		Petition petition = visible(reference, user);
		if ("petition-progress".equals(HtmxRequests.target(request))) {
			// the progress block polls every 15 seconds: it needs the counts, nothing else of the page
			fillProgress(petition, territories.byId(petition.territoryId()).orElseThrow(), model);
			return "petition/show :: progress";
		}
		fill(petition, user, model);
		// a refused action's form, for htmx, is the block it targets
		return HtmxRequests.view(request, "petition/show");
	}

	private Petition visible(String reference, SawaUser user) {
		Petition petition = petitions.byReference(reference)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if ("draft".equals(petition.status()) && (user == null || user.id() != petition.agentId())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return petition;
	}

	/** What the progress block shows: the signatures against the threshold and, for a region, per province. */
	private void fillProgress(Petition petition, Territory territory, Model model) {
		model.addAttribute("petition", petition);
		model.addAttribute("territory", territory);
		model.addAttribute("progress", petitions.progress(petition));
		// the provinces a regional petition must reach, each with its signatures against the minimum
		model.addAttribute("provinces", "region".equals(petition.level()) ? territories.children(territory.id()) : List.of());
	}

	private void fill(Petition petition, SawaUser user, Model model) {
		Territory territory = territories.byId(petition.territoryId()).orElseThrow();
		fillProgress(petition, territory, model);
		model.addAttribute("steps", petitions.steps(petition.id()));
		model.addAttribute("bySex", ProtectedTable.column(petitions.signaturesBy(petition.id(), "sex"), List.of("female", "male", "not_stated")));
		model.addAttribute("byAge", ProtectedTable.column(petitions.signaturesBy(petition.id(), "age_band"),
				List.of("15-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", "not_stated")));
		Map<String, String> provinceNames = new LinkedHashMap<>();
		Map<String, Long> byProvince = petitions.signaturesBy(petition.id(), "province_id");
		byProvince.keySet().forEach(id -> provinceNames.put(id, territories.byId(Long.parseLong(id)).map(Territory::name).orElse(id)));
		model.addAttribute("byProvince", ProtectedTable.column(byProvince, new ArrayList<>(byProvince.keySet())));
		model.addAttribute("provinceNames", provinceNames);
		boolean signedIn = user != null;
		model.addAttribute("signed", signedIn && petitions.hasSigned(petition.id(), user.id()));
		model.addAttribute("agent", signedIn && user.id() == petition.agentId());
		model.addAttribute("staff", signedIn && petitions.staff(user.id(), territory.id()));
		model.addAttribute("communes", communes(territory));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("overdue", "deposited".equals(petition.status()) && petition.decisionDue() != null
				&& LocalDate.now(clock).isAfter(petition.decisionDue()));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
		}
	}

	/** The communes where someone may live to sign a petition to this council. */
	private List<Territory> communes(Territory territory) {
		return territory.level() == Level.COMMUNE ? List.of(territory) : territories.within(territory.id(), Level.COMMUNE);
	}

	/** After an action on the petition's page: the page again, or for htmx its action and progress blocks. */
	private String done(Petition petition, SawaUser user, HttpServletRequest request, Model model, String done) {
		if (HtmxRequests.isHtmx(request)) {
			model.addAttribute("done", done);
			model.addAttribute("oob", true);
			fill(petitions.byId(petition.id()).orElseThrow(), user, model);
			return "petition/show :: actAndProgress";
		}
		return "redirect:/petitions/" + petition.reference() + "?" + done;
	}

	@PostMapping("/petitions/{reference}/sign")
	@FormPage("/petitions/{reference}")
	String sign(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form, HttpServletRequest request, Model model) {
		Petition petition = visible(reference, user);
		if (!form.containsKey("confirm")) {
			throw new PetitionRefused("confirm", "petition.sign.error.confirm");
		}
		String commune = form.getOrDefault("activityCommune", "");
		Long communeId = commune.isEmpty() ? null : territories.byCode(commune).map(Territory::id).orElse(-1L);
		petitions.sign(petition.id(), user.id(), form.getOrDefault("nationalId", ""), form.getOrDefault("basis", ""),
				communeId);
		return done(petition, user, request, model, "signed");
	}

	@PostMapping("/petitions/{reference}/withdraw")
	@FormPage("/petitions/{reference}")
	String withdraw(@PathVariable String reference, @AuthenticationPrincipal SawaUser user, HttpServletRequest request,
			Model model) {
		Petition petition = visible(reference, user);
		petitions.withdraw(petition.id(), user.id());
		return done(petition, user, request, model, "withdrawn");
	}

	@PostMapping("/petitions/{reference}/open")
	@FormPage("/petitions/{reference}")
	String open(@PathVariable String reference, @AuthenticationPrincipal SawaUser user, HttpServletRequest request,
			Model model) {
		Petition petition = visible(reference, user);
		petitions.open(petition.id(), user.id());
		return done(petition, user, request, model, "opened");
	}

	@PostMapping("/petitions/{reference}/deposit")
	@FormPage("/petitions/{reference}")
	String deposit(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form, HttpServletRequest request, Model model) {
		Petition petition = visible(reference, user);
		petitions.deposit(petition.id(), user.id(), date(form.get("receivedOn")));
		return done(petition, user, request, model, "deposited");
	}

	/** The staff's step forms: the bureau's decision, the deliberation, the answer; each with its date and document. */
	@PostMapping("/petitions/{reference}/{step:decide|deliberate|answer}")
	@FormPage("/petitions/{reference}")
	String staffStep(@PathVariable String reference, @PathVariable String step, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form, @RequestParam(required = false) MultipartFile document,
			HttpServletRequest request, Model model) {
		Petition petition = visible(reference, user);
		LocalDate on = date(form.get("on"));
		Petitions.Document file = document(document);
		String text = form.getOrDefault("text", "");
		switch (step) {
			case "decide" -> {
				String decision = form.getOrDefault("decision", "");
				if (!List.of("admissible", "inadmissible").contains(decision)) {
					throw new PetitionRefused("decision", "validation.option");
				}
				petitions.decide(petition.id(), user.id(), "admissible".equals(decision), on, text, file);
			}
			case "deliberate" -> petitions.deliberate(petition.id(), user.id(), on, text, file);
			default -> petitions.answer(petition.id(), user.id(), on, text, file);
		}
		return done(petition, user, request, model, "stepRecorded");
	}

	private static Petitions.Document document(MultipartFile document) {
		try {
			return document == null || document.isEmpty() ? null
					: new Petitions.Document(document.getOriginalFilename(), document.getBytes());
		}
		catch (java.io.IOException ex) {
			throw new PetitionRefused("document", "petition.step.error.document");
		}
	}

	@GetMapping("/petitions/{reference}/documents/{documentId}")
	org.springframework.http.ResponseEntity<byte[]> document(@PathVariable String reference, @PathVariable long documentId,
			@AuthenticationPrincipal SawaUser user) {
		Petition petition = visible(reference, user);
		Petitions.Document document = petitions.document(petition.id(), documentId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.inline().filename(document.fileName(),
							java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(document.content());
	}

	/** Lines on a printed signature sheet, and so on the entry form. */
	static final int SHEET_LINES = 20;

	/** The numbers of a sheet's lines, 1 to {@link #SHEET_LINES}. */
	private static final List<Integer> SHEET_LINE_NUMBERS = java.util.stream.IntStream.rangeClosed(1, SHEET_LINES)
		.boxed()
		.toList();

	@GetMapping("/petitions/{reference}/sheets/new")
	String sheetForm(@PathVariable String reference, @AuthenticationPrincipal SawaUser user, Model model) {
		Petition petition = staffOnly(reference, user);
		return sheetPage(petition, new LinkedHashMap<>(), List.of(), model);
	}

	private Petition staffOnly(String reference, SawaUser user) {
		Petition petition = visible(reference, user);
		if (user == null || !petitions.staff(user.id(), petition.territoryId())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return petition;
	}

	private String sheetPage(Petition petition, Map<String, String> form, List<Petitions.LineProblem> problems, Model model) {
		Territory territory = territories.byId(petition.territoryId()).orElseThrow();
		model.addAttribute("petition", petition);
		model.addAttribute("territory", territory);
		model.addAttribute("communes", communes(territory));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		Map<String, String> lineErrors = new LinkedHashMap<>();
		problems.forEach(p -> lineErrors.putIfAbsent(p.line() + "." + p.field(), p.messageKey()));
		Map<String, Object[]> lineArguments = new LinkedHashMap<>();
		problems.forEach(p -> lineArguments.putIfAbsent(p.line() + "." + p.field(), p.arguments()));
		model.addAttribute("lineErrors", lineErrors);
		model.addAttribute("lineArguments", lineArguments);
		model.addAttribute("lines", SHEET_LINE_NUMBERS);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "petition/sheet";
	}

	@PostMapping("/petitions/{reference}/sheets/new")
	@FormPage("/petitions/{reference}/sheets/new")
	String enterSheet(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form, Model model) {
		Petition petition = staffOnly(reference, user);
		List<Petitions.PaperLine> lines = new ArrayList<>();
		for (int i = 1; i <= SHEET_LINES; i++) {
			lines.add(new Petitions.PaperLine(i, form.getOrDefault("cin." + i, ""), form.getOrDefault("commune." + i, ""),
					form.getOrDefault("sex." + i, ""), form.getOrDefault("birth." + i, "")));
		}
		int sheet;
		try {
			sheet = Integer.parseInt(form.getOrDefault("sheet", "").trim());
		}
		catch (NumberFormatException ex) {
			sheet = -1;
		}
		try {
			int added = petitions.enterSheet(petition.id(), user.id(), sheet, lines);
			return "redirect:/petitions/" + reference + "?sheetEntered=" + added;
		}
		catch (Petitions.SheetRefused refused) {
			// the problems of each line, at their line (any other refusal shows on the form page)
			model.addAttribute("hasErrors", true);
			return sheetPage(petition, form, refused.problems(), model);
		}
	}

	/**
	 * The printable paper signature sheet of a petition being collected, in Arabic or French:
	 * the petition's text, who may sign, and numbered lines to fill in.
	 */
	@GetMapping("/petitions/{reference}/sheet-{lang:ar|fr}.pdf")
	org.springframework.http.ResponseEntity<byte[]> sheetPdf(@PathVariable String reference, @PathVariable String lang,
			@AuthenticationPrincipal SawaUser user) {
		Petition petition = visible(reference, user);
		if (!petition.collecting()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		java.util.Locale locale = java.util.Locale.forLanguageTag(lang);
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
			java.util.Collections.reverse(columns);
		}
		model.put("columns", columns);
		model.put("labels", Map.of("n", "petition.paper.line", "name", "petition.sheet.name", "cin", "petition.sign.nationalId",
				"commune", "petition.paper.commune", "sex", "field.sex", "birth", "petition.paper.birthYear", "signature",
				"petition.sheet.signature"));
		byte[] document = pdf.render("pdf/petition-sheet", model, locale);
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
				.attachment().filename(petition.reference() + "-" + lang + ".pdf").build().toString())
			.body(document);
	}
}
