package org.sawa.report;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.sawa.account.SawaUser;
import org.sawa.refusal.Refusals;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.FormPage;
import org.sawa.web.FormValues;
import org.sawa.web.HtmxRequests;
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
 * Annual reports in the browser: the public list and each published report (HTML, and
 * PDFs in Arabic and French); for staff and programme officers of the territory, the page
 * to write the recommendations and generate a version, each version's progress (polled
 * with htmx, or refreshed by a link without JavaScript) and preview, and publication.
 */
@Controller
class ReportController {

	private final Clock clock;

	private final AnnualReports reports;

	private final Territories territories;

	private final Permissions permissions;

	ReportController(AnnualReports reports, Territories territories, Permissions permissions, Clock clock) {
		this.clock = clock;
		this.reports = reports;
		this.territories = territories;
		this.permissions = permissions;
	}

	private Predicate<Territory> preparer(SawaUser user) {
		if (user == null) {
			return t -> false;
		}
		return permissions.scopeOfAny(user.id(), Role.STAFF, Role.PROGRAMME_OFFICER);
	}

	@GetMapping("/reports")
	String index(@AuthenticationPrincipal SawaUser user, Model model) {
		Map<Long, Territory> byId = new LinkedHashMap<>();
		List<AnnualReports.Version> published = reports.latestPublished();
		published.forEach(v -> territories.byId(v.territoryId()).ifPresent(t -> byId.put(t.id(), t)));
		Predicate<Territory> may = preparer(user);
		List<Territory> preparable = new ArrayList<>();
		for (Level level : List.of(Level.REGION, Level.PROVINCE)) {
			territories.atLevel(level).stream().filter(may).forEach(preparable::add);
		}
		model.addAttribute("published", published);
		model.addAttribute("territories", byId);
		model.addAttribute("preparable", preparable);
		model.addAttribute("lastYear", String.valueOf(LocalDate.now(clock).getYear() - 1));
		if (FormValues.typed(model).isEmpty()) {
			model.addAttribute("form", Map.of("year", String.valueOf(LocalDate.now(clock).getYear() - 1)));
		}
		return "report/index";
	}

	/**
	 * The form's choice of territory and year, sent with GET so it works without
	 * JavaScript.
	 */
	@GetMapping("/reports/prepare")
	@FormPage("/reports")
	String prepare(@RequestParam(defaultValue = "") String territory, @RequestParam(defaultValue = "") String year,
			@AuthenticationPrincipal SawaUser user) {
		Refusals refusals = new Refusals();
		if (territories.byCode(territory).filter(preparer(user)).isEmpty()) {
			refusals.add("territory", "report.error.territory");
		}
		int thisYear = LocalDate.now(clock).getYear();
		Integer y = FormValues.integer(year);
		if (y == null || y < 2000 || y > thisYear) {
			refusals.add("year", "report.error.year", "2000", String.valueOf(thisYear));
		}
		refusals.throwIfAny();
		return "redirect:/reports/" + territory + "/" + y + "/manage";
	}

	@GetMapping("/reports/{code}/{year}")
	String show(@PathVariable String code, @PathVariable int year, @AuthenticationPrincipal SawaUser user,
			Model model) {
		Territory territory = territory(code);
		List<AnnualReports.Version> published = reports.published(territory.id(), year);
		boolean staff = preparer(user).test(territory);
		if (published.isEmpty() && !staff) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("territory", territory);
		model.addAttribute("year", String.valueOf(year));
		// the list has no content; the latest version's is read alone
		model.addAttribute("version",
				published.isEmpty() ? null : reports.version(published.get(0).id()).orElseThrow());
		model.addAttribute("earlier", published.size() > 1 ? published.subList(1, published.size()) : List.of());
		model.addAttribute("staff", staff);
		return "report/show";
	}

	@GetMapping("/reports/{code}/{year}/manage")
	String manage(@PathVariable String code, @PathVariable String year, @AuthenticationPrincipal SawaUser user,
			Model model) {
		Territory territory = territory(code);
		requirePreparer(user, territory);
		int y = year(year);
		AnnualReports.Report report = reports.report(territory.id(), y).orElse(null);
		Map<String, String> form = new LinkedHashMap<>();
		AnnualReports.LANGUAGES.forEach(l -> form.put("recommendations." + l,
				report == null ? "" : report.recommendations().getOrDefault(l, "")));
		return manage(territory, y, report, form, Map.of(), model);
	}

	private String manage(Territory territory, int year, AnnualReports.Report report, Map<String, String> form,
			Map<String, String> errors, Model model) {
		model.addAttribute("territory", territory);
		model.addAttribute("year", String.valueOf(year));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
			model.addAttribute("errors", errors);
		}
		model.addAttribute("languages", AnnualReports.LANGUAGES);
		model.addAttribute("versions", report == null ? List.of() : reports.versions(report.id()));
		return "report/manage";
	}

	@PostMapping("/reports/{code}/{year}/generate")
	@FormPage("/reports/{code}/{year}/manage")
	String generate(@PathVariable String code, @PathVariable String year, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Territory territory = territory(code);
		requirePreparer(user, territory);
		int y = year(year);
		Map<String, String> texts = new LinkedHashMap<>();
		AnnualReports.LANGUAGES.forEach(l -> texts.put(l, form.getOrDefault("recommendations." + l, "")));
		long id = reports.generate(territory, y, texts, user.id());
		return "redirect:/reports/versions/" + id;
	}

	@GetMapping("/reports/versions/{id}")
	String version(@PathVariable long id, @AuthenticationPrincipal SawaUser user, HttpServletRequest request,
			Model model) {
		AnnualReports.Version version = readable(id, user);
		Territory territory = territories.byId(version.territoryId()).orElseThrow();
		model.addAttribute("version", version);
		model.addAttribute("territory", territory);
		model.addAttribute("year", String.valueOf(version.year()));
		model.addAttribute("staff", preparer(user).test(territory));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return HtmxRequests.view(request, "report/version", "status");
	}

	@PostMapping("/reports/versions/{id}/publish")
	@FormPage("/reports/versions/{id}")
	String publish(@PathVariable long id, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		AnnualReports.Version version = reports.version(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Territory territory = territories.byId(version.territoryId()).orElseThrow();
		requirePreparer(user, territory);
		org.sawa.web.Confirmation.required(form, "publishConfirm");
		reports.publish(id, user.id());
		return "redirect:/reports/" + territory.code() + "/" + version.year() + "?published";
	}

	@GetMapping("/reports/versions/{id}/report-{lang}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable String lang,
			@AuthenticationPrincipal SawaUser user) {
		AnnualReports.Version version = readable(id, user);
		byte[] pdf = reports.pdf(id, lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Territory territory = territories.byId(version.territoryId()).orElseThrow();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("sawa-report-" + territory.code() + "-" + version.year() + "-v" + version.number()
								+ "-" + lang + ".pdf")
						.build()
						.toString())
			.body(pdf);
	}

	/**
	 * A published version is public; one not yet published only its territory's staff and
	 * officers read.
	 */
	private AnnualReports.Version readable(long id, SawaUser user) {
		AnnualReports.Version version = reports.version(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!version.published() && !territories.byId(version.territoryId()).map(preparer(user)::test).orElse(false)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return version;
	}

	private void requirePreparer(SawaUser user, Territory territory) {
		if (user == null || !preparer(user).test(territory)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	private Territory territory(String code) {
		return territories.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static int year(String text) {
		try {
			return Integer.parseInt(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
