package org.sawa.inforequest.web;

import static org.sawa.web.FormValues.date;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.sawa.account.Accounts;
import org.sawa.account.SawaUser;
import org.sawa.inforequest.InfoArchive;
import org.sawa.inforequest.InfoBodies;
import org.sawa.inforequest.InfoBody;
import org.sawa.inforequest.InfoFiling;
import org.sawa.inforequest.InfoRequest;
import org.sawa.inforequest.InfoRequestRefused;
import org.sawa.inforequest.InfoRequests;
import org.sawa.inforequest.InfoRules;
import org.sawa.inforequest.InfoSteps;
import org.sawa.pdf.PdfRenderer;
import org.sawa.security.ClientAddress;
import org.sawa.security.RateLimiter;
import org.sawa.storage.StoredFile;
import org.sawa.web.FormPage;
import org.sawa.web.Uploads;
import org.springframework.beans.factory.annotation.Value;
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
 * Requests for information in the browser: the right explained and the requester's own
 * requests, the filing form, a request's page (its timeline, deadlines and what each
 * party may do next), the officers' queue and the attachments. The actions on a request
 * are in {@link InfoStepController}. Every form works without JavaScript; a refused
 * action shows its reason at the field that caused it and writes nothing.
 */
@Controller
class InfoRequestController {

	private final InfoRequests requests;

	private final InfoRequestPages pages;

	private final InfoFiling filing;

	private final InfoSteps infoSteps;

	private final InfoArchive archive;

	private final InfoBodies bodies;

	private final InfoRules rules;

	private final Accounts accounts;

	private final PdfRenderer pdf;

	private final Clock clock;

	private final RateLimiter rateLimiter;

	private final int filingsPerPerson;

	private final int filingsPerAddress;

	InfoRequestController(InfoRequests requests, InfoRequestPages pages, InfoFiling filing, InfoSteps infoSteps,
			InfoArchive archive, InfoBodies bodies, InfoRules rules, Accounts accounts, PdfRenderer pdf, Clock clock,
			RateLimiter rateLimiter, @Value("${sawa.inforequest.filings-per-person-day:10}") int filingsPerPerson,
			@Value("${sawa.inforequest.filings-per-address-day:30}") int filingsPerAddress) {
		this.rateLimiter = rateLimiter;
		this.filingsPerPerson = filingsPerPerson;
		this.filingsPerAddress = filingsPerAddress;
		this.pages = pages;
		this.filing = filing;
		this.infoSteps = infoSteps;
		this.archive = archive;
		this.requests = requests;
		this.bodies = bodies;
		this.rules = rules;
		this.accounts = accounts;
		this.pdf = pdf;
		this.clock = clock;
	}

	@GetMapping("/information")
	String index(@AuthenticationPrincipal SawaUser user, Model model) {
		model.addAttribute("rules", rules.all());
		model.addAttribute("mine", user == null ? List.of() : requests.filedBy(user.id()));
		model.addAttribute("officer", user != null && !bodies.servedBy(user.id()).isEmpty());
		model.addAttribute("bodyNames", bodies.byIds());
		return "inforequest/index";
	}

	/**
	 * The paper form in Arabic or French, to print, fill in by hand and hand in (or
	 * post); the body is printed on it when chosen. The deadlines stated come from the
	 * rule table.
	 */
	@GetMapping("/information/form-{lang:ar|fr}.pdf")
	ResponseEntity<byte[]> paperFormPdf(@PathVariable String lang, @RequestParam(required = false) String body) {
		Locale locale = Locale.forLanguageTag(lang);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("lang", lang);
		model.put("bodyName", body == null ? null : bodies.byCode(body).map(b -> b.name(locale)).orElse(null));
		model.put("identity", List.of("firstName", "lastName", "postalAddress", "nationalId", "email"));
		model.put("formats", InfoRequest.FORMATS);
		Map<String, Integer> days = new LinkedHashMap<>();
		rules.all().forEach(r -> days.put(r.rule(), r.days()));
		// digits as the site writes them, whatever the language
		model.put("answerDays", String.valueOf(days.get("answer")));
		model.put("extensionDays", String.valueOf(days.get("extension")));
		model.put("complaintDays", String.valueOf(days.get("complaint_head_window")));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("demande-information-" + lang + ".pdf").build().toString())
			.body(pdf.render("pdf/info-request-form", model, locale));
	}

	@GetMapping("/information/new")
	String form(@AuthenticationPrincipal SawaUser user, @RequestParam(required = false) String body, Locale locale,
			Model model) {
		Map<String, String> form = new LinkedHashMap<>();
		// the body asked for, else her commune's; her identity and address as on her last
		// request (never the ID number: only its keyed hash is kept)
		String chosen = body != null ? body
				: accounts.residence(user.id()).flatMap(bodies::ofTerritory).map(InfoBody::code).orElse("");
		form.put("body", chosen);
		accounts.contact(user.id()).ifPresent(c -> form.put("email", c.email()));
		requests.lastFiledOnline(user.id()).ifPresent(last -> {
			form.put("firstName", last.firstName());
			form.put("lastName", last.lastName());
			form.put("postalAddress", last.postalAddress());
		});
		// the form's key: sent twice, it files one request
		form.put("submission", UUID.randomUUID().toString());
		form.put("language", locale.getLanguage());
		form.put("format", "electronic");
		return fileForm(form, Map.of(), false, locale, model);
	}

	private String fileForm(Map<String, String> form, Map<String, String> errors, boolean paper, Locale locale,
			Model model) {
		List<InfoBody> all = new ArrayList<>(bodies.all());
		java.text.Collator collator = java.text.Collator.getInstance(locale);
		all.sort(Comparator.comparing(b -> b.name(locale), collator));
		model.addAttribute("bodies", all);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
			model.addAttribute("errors", errors);
		}
		model.addAttribute("paper", paper);
		model.addAttribute("formats", InfoRequest.FORMATS);
		model.addAttribute("today", LocalDate.now(clock));
		return "inforequest/new";
	}

	/**
	 * Files a request online. A person, and an address, may file only so many a day: Sawa
	 * mails a receipt and notices for each, and must not become a way to flood a body.
	 */
	@PostMapping("/information/new")
	@FormPage("/information/new")
	String file(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form,
			HttpServletRequest request) {
		boolean person = rateLimiter.tryAcquire("info-file:" + user.id(), filingsPerPerson, Duration.ofDays(1));
		boolean address = rateLimiter.tryAcquire("info-file-ip:" + ClientAddress.of(request), filingsPerAddress,
				Duration.ofDays(1));
		if (!person || !address) {
			throw new InfoRequestRefused("", "info.file.error.tooMany");
		}
		String reference = filing.file(filing(form), user.id(), submission(form.get("submission")));
		return "redirect:/information/requests/" + reference + "?filed";
	}

	@GetMapping("/information/paper")
	String paperForm(@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		requireOfficer(user);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("format", "paper_copy");
		form.put("receivedOn", LocalDate.now(clock).toString());
		return fileForm(form, Map.of(), true, locale, model);
	}

	@PostMapping("/information/paper")
	@FormPage("/information/paper")
	String filePaper(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		requireOfficer(user);
		String reference = filing.fileFromPaper(filing(form), user.id(), date(form.get("receivedOn")));
		return "redirect:/information/requests/" + reference + "?filed";
	}

	private static UUID submission(String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private void requireOfficer(SawaUser user) {
		if (bodies.servedBy(user.id()).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	private InfoFiling.Filing filing(Map<String, String> form) {
		long bodyId = bodies.byCode(form.getOrDefault("body", "")).map(InfoBody::id).orElse(-1L);
		return new InfoFiling.Filing(bodyId, form.get("firstName"), form.get("lastName"), form.get("postalAddress"),
				form.get("email"), form.get("nationalId"), form.get("subject"), form.get("description"),
				form.get("language"), form.get("format"), form.containsKey("urgent"), form.get("urgencyReason"));
	}

	// ---------------------------------------------------------------- a request's page

	@GetMapping("/information/requests/{reference}")
	String show(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> params, Model model) {
		InfoRequest request = pages.visible(reference, user);
		String done = params.keySet().stream().filter(InfoRequestController::isDone).findFirst().orElse(null);
		return page(request, user, done, Map.of(), Map.of(), model);
	}

	private static boolean isDone(String name) {
		return List
			.of("filed", "published", "clarification", "clarified", "extended", "answered", "answered_part", "refused",
					"not_held", "transferred", "withdrawn", "complaint_head", "head_answered", "complaint_cdai",
					"closed")
			.contains(name);
	}

	private String page(InfoRequest request, SawaUser user, String done, Map<String, String> form,
			Map<String, String> errors, Model model) {
		model.addAttribute("request", request);
		model.addAttribute("body", bodies.byId(request.bodyId()).orElseThrow());
		InfoRequests.Deadlines deadlines = requests.deadlines(request);
		model.addAttribute("deadlines", deadlines);
		model.addAttribute("skippedHolidays", pages.skipped(request, deadlines.answerDue()));
		model.addAttribute("steps", requests.steps(request.id()));
		model.addAttribute("requester", request.requesterId() != null && request.requesterId() == user.id());
		model.addAttribute("officer", requests.officer(user.id(), request));
		model.addAttribute("grounds", rules.grounds());
		model.addAttribute("otherBodies", bodies.all().stream().filter(b -> b.id() != request.bodyId()).toList());
		model.addAttribute("transferredTo",
				request.transferredTo() == null ? null : bodies.byId(request.transferredTo()).orElse(null));
		model.addAttribute("done", done);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
			model.addAttribute("errors", errors);
		}
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("maxMegabytes", infoSteps.maxAttachmentBytes() / (1024 * 1024));
		model.addAttribute("answerText", archive.answerText(request.id()));
		model.addAttribute("publishedAt",
				archive.publishedByReference(request.reference()).map(InfoArchive.Published::publishedAt).orElse(null));
		return "inforequest/show";
	}

	/**
	 * An attachment, always downloaded (never shown inline), under its type read from its
	 * content.
	 */
	@GetMapping("/information/requests/{reference}/files/{fileId}")
	ResponseEntity<byte[]> attachment(@PathVariable String reference, @PathVariable long fileId,
			@AuthenticationPrincipal SawaUser user) {
		InfoRequest request = pages.visible(reference, user);
		StoredFile file = requests.attachment(request.id(), fileId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		byte[] content = requests.content(fileId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return Uploads.attachment(file.fileName(), file.contentType(), content);
	}

	@GetMapping("/information/queue")
	String queue(@AuthenticationPrincipal SawaUser user, Model model) {
		requireOfficer(user);
		List<InfoRequest> queue = requests.queue(user.id());
		model.addAttribute("queue", queue);
		model.addAttribute("bodyNames", bodies.byIds());
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("soon", LocalDate.now(clock).plusDays(7));
		model.addAttribute("calendarChecks", pages.calendarChecks());
		return "inforequest/queue";
	}

}
