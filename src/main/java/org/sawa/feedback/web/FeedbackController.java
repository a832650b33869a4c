package org.sawa.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sawa.account.Accounts;
import org.sawa.account.DemographicSnapshot;
import org.sawa.account.SawaUser;
import org.sawa.feedback.Categories;
import org.sawa.feedback.Category;
import org.sawa.feedback.FeedbackFiling;
import org.sawa.feedback.FeedbackRefused;
import org.sawa.feedback.Report;
import org.sawa.feedback.Reports;
import org.sawa.inforequest.InfoBodies;
import org.sawa.security.ClientAddress;
import org.sawa.security.RateLimiter;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.FormPage;
import org.sawa.web.FormValues;
import org.sawa.web.Uploads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * Reporting a problem or making a suggestion, in two short pages that work without
 * JavaScript: first what it is about and where (her commune from her profile, or found by
 * typing its name), then, below the open reports already made there about the same thing
 * (follow one instead?), what happened, where exactly, photos and how to reach her. The
 * public list of reports.
 */
@Controller
class FeedbackController {

	static final String NEW = "/feedback/new";

	private final Categories categories;

	private final Territories territories;

	private final Reports reports;

	private final FeedbackFiling filing;

	private final Accounts accounts;

	private final InfoBodies bodies;

	private final RateLimiter rateLimiter;

	private final Clock clock;

	private final int perAddressDay;

	private final MessageSource messages;

	FeedbackController(Categories categories, Territories territories, Reports reports, FeedbackFiling filing,
			Accounts accounts, InfoBodies bodies, RateLimiter rateLimiter, Clock clock, MessageSource messages,
			@Value("${sawa.feedback.reports-per-address-day:20}") int perAddressDay) {
		this.categories = categories;
		this.territories = territories;
		this.reports = reports;
		this.filing = filing;
		this.accounts = accounts;
		this.bodies = bodies;
		this.rateLimiter = rateLimiter;
		this.clock = clock;
		this.perAddressDay = perAddressDay;
		this.messages = messages;
	}

	@GetMapping("/feedback")
	String index(@RequestParam(required = false) String territory, @RequestParam(required = false) String category,
			@RequestParam(required = false) String state, @RequestParam(defaultValue = "1") int page,
			@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Optional<Territory> place = Optional.ofNullable(territory).flatMap(territories::byCode);
		Optional<Category> kind = categories.byCode(category);
		String shownState = state != null && List.of("open", "closed", "late").contains(state) ? state : "all";
		Reports.Filter filter = Reports.Filter.of(place.map(t -> territories.subtree(t.id())).orElse(null),
				kind.map(Category::id).orElse(null), shownState);
		LocalDate today = LocalDate.now(clock);
		int size = 20;
		int current = Math.max(1, page);
		long total = reports.countPublished(filter, today);
		List<Report> shown = reports.published(filter, today, size, (current - 1) * size);
		List<Report> mine = user == null ? List.of() : reports.filedBy(user.id());
		model.addAttribute("reports", shown);
		model.addAttribute("total", total);
		model.addAttribute("page", current);
		model.addAttribute("pages", Math.max(1, (total + size - 1) / size));
		model.addAttribute("territory", place.orElse(null));
		model.addAttribute("category", kind.orElse(null));
		model.addAttribute("state", shownState);
		model.addAttribute("regions", territories.atLevel(Level.REGION));
		model.addAttribute("mine", mine);
		ReportViews.names(model, categories, territories, bodies, shown, mine);
		model.addAttribute("today", today);
		return "feedback/index";
	}

	/**
	 * The report form: what and where first; then, both known, the open reports already
	 * made there about it and the rest of the form.
	 */
	@GetMapping(NEW)
	String form(@RequestParam(required = false) String category, @RequestParam(required = false) String commune,
			@RequestParam(required = false) String q, @RequestParam(required = false) String next,
			@RequestParam(required = false) String about, @AuthenticationPrincipal SawaUser user, Locale locale,
			Model model) {
		Map<String, String> form = new LinkedHashMap<>(FormValues.typed(model).orElse(Map.of()));
		if (about != null && !form.containsKey("aboutCode")) {
			// "report a problem" from a project's or a commitment's page names it
			form.put("aboutCode", about.strip());
		}
		Map<String, String> errors = new LinkedHashMap<>(errors(model));
		Optional<Category> chosen = categories.byCode(category).filter(Category::active);
		Optional<Territory> where = Optional.ofNullable(commune)
			.flatMap(territories::byCode)
			.filter(t -> t.level() == Level.COMMUNE);
		if (user != null && commune == null) {
			where = accounts.residence(user.id()).flatMap(territories::byId).filter(t -> t.level() == Level.COMMUNE);
		}
		// the communes offered: those her search found, else her own
		List<Territory> found = new ArrayList<>();
		if (q != null && !q.isBlank()) {
			found.addAll(territories.search(q, locale, 40).stream().filter(t -> t.level() == Level.COMMUNE).toList());
			if (found.isEmpty()) {
				errors.put("q", msg(locale, "feedback.new.noCommune"));
			}
		}
		where.filter(w -> found.stream().noneMatch(t -> t.id() == w.id())).ifPresent(w -> found.add(0, w));
		// the details once what and where are known; a refused report comes back to them
		boolean refused = !errors.isEmpty() && !form.isEmpty();
		boolean second = where.isPresent() && (chosen.isPresent() && next != null || refused);
		if (!second) {
			// the first page shows only its own fields' mistakes
			errors.keySet().retainAll(List.of("category", "commune", "q", "form"));
		}
		if (next != null && chosen.isEmpty()) {
			errors.put("category", msg(locale, "feedback.error.category"));
		}
		if (next != null && where.isEmpty()) {
			errors.put("commune", msg(locale, "feedback.error.commune"));
		}
		model.addAttribute("categories", categories.active());
		model.addAttribute("chosen", chosen.orElse(null));
		model.addAttribute("where", where.orElse(null));
		model.addAttribute("communes", found);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("second", second);
		if (second) {
			long whereId = where.get().id();
			model.addAttribute("similar", chosen.map(c -> reports.similar(c.id(), whereId, 5)).orElse(List.of()));
			model.addAttribute("lineage", territories.lineage(where.get()));
			form.putIfAbsent("submission", UUID.randomUUID().toString());
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("signedIn", user != null);
		model.addAttribute("options", DemographicSnapshot.OPTIONS);
		model.addAttribute("maxPhotos", FeedbackFiling.MAX_PHOTOS);
		model.addAttribute("maxPhotoMb", filing.maxPhotoBytes() / (1024 * 1024));
		return "feedback/new";
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> errors(Model model) {
		Object errors = model.getAttribute("errors");
		return errors instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
	}

	private String msg(Locale locale, String key) {
		return messages.getMessage(key, null, locale);
	}

	@PostMapping(NEW)
	@FormPage(NEW)
	String file(@RequestParam Map<String, String> form,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos,
			@AuthenticationPrincipal SawaUser user, HttpServletRequest request, Locale locale) {
		if (!rateLimiter.tryAcquire("feedback:" + ClientAddress.of(request), perAddressDay, Duration.ofDays(1))) {
			throw new FeedbackRefused("form", "feedback.error.tooMany");
		}
		UUID submission;
		try {
			submission = UUID.fromString(form.getOrDefault("submission", ""));
		}
		catch (IllegalArgumentException ex) {
			submission = null;
		}
		List<FeedbackFiling.Upload> uploads = Uploads.read(photos)
			.stream()
			.map(p -> new FeedbackFiling.Upload(p.fileName(), p.content()))
			.toList();
		FeedbackFiling.Filed filed = filing
			.file(new FeedbackFiling.NewReport(form.get("category"), form.get("commune"), form.get("aboutCode"),
					form.get("place"), form.get("description"), locale.getLanguage(), form.containsKey("publishName"),
					form.get("contactEmail"), form.get("contactPhone"), uploads, declared(form)),
					user == null ? null : user.id(), submission);
		return "redirect:/feedback/reports/" + UriUtils.encodePathSegment(filed.number(), "UTF-8") + "?filed"
				+ (filed.key() == null ? "" : "&key=" + filed.key());
	}

	/** What a person without an account (or a caller) chose to say of herself. */
	static DemographicSnapshot declared(Map<String, String> form) {
		return new DemographicSnapshot(form.get("sex"), form.get("ageBand"), form.get("disability"), form.get("area"));
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
