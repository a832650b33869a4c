package org.sawa.feedback.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.feedback.Categories;
import org.sawa.feedback.FeedbackSteps;
import org.sawa.feedback.FeedbackSteps.Reporter;
import org.sawa.feedback.Report;
import org.sawa.feedback.Reports;
import org.sawa.inforequest.InfoBodies;
import org.sawa.inforequest.InfoBody;
import org.sawa.storage.FileStorage;
import org.sawa.storage.StoredFile;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.FormValues;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A report's page: public (what, where, photos, the body's steps and answers, how it
 * ended and how the person rated it; never who reported unless she published her name),
 * with the person's forms when she is signed in or came by her link, the body's forms for
 * its staff and the moderator's for a moderator. A photo is served only once it is known
 * to be a cleaned JPEG or PNG.
 */
@Controller
class ReportPageController {

	static final String PAGE = "/feedback/reports/{number}";

	private final Reports reports;

	private final FeedbackSteps steps;

	private final Categories categories;

	private final Territories territories;

	private final InfoBodies bodies;

	private final FileStorage files;

	private final Clock clock;

	ReportPageController(Reports reports, FeedbackSteps steps, Categories categories, Territories territories,
			InfoBodies bodies, FileStorage files, Clock clock) {
		this.reports = reports;
		this.steps = steps;
		this.categories = categories;
		this.territories = territories;
		this.bodies = bodies;
		this.files = files;
		this.clock = clock;
	}

	/** Who is reading: the person who reported, the body's staff, a moderator. */
	record Reader(boolean reporter, boolean staff, boolean moderator) {

		public boolean seesAll() {
			return reporter || staff || moderator;
		}
	}

	Reader reader(Report report, SawaUser user, String key) {
		boolean reporter = steps.isReporter(report,
				user != null && report.reporterId() != null ? Reporter.person(user.id()) : Reporter.withKey(key));
		return new Reader(reporter, user != null && reports.staff(user.id(), report),
				user != null && reports.moderator(user.id(), report));
	}

	Report report(String number) {
		return reports.byNumber(number).orElseThrow(FeedbackController::notFound);
	}

	@GetMapping(PAGE)
	String page(@PathVariable String number, @RequestParam(required = false) String key,
			@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Report report = report(number);
		Reader reader = reader(report, user, key);
		if (report.hidden() && !reader.seesAll()) {
			throw FeedbackController.notFound();
		}
		FormValues.typed(model);
		Territory commune = territories.byId(report.territoryId()).orElseThrow();
		model.addAttribute("report", report);
		model.addAttribute("category", categories.byId(report.categoryId()).orElseThrow());
		model.addAttribute("commune", commune);
		model.addAttribute("lineage", territories.lineage(commune));
		model.addAttribute("body", report.triage() ? null : bodies.byId(report.bodyId()).orElse(null));
		model.addAttribute("bodyNames", bodies.byIds());
		model.addAttribute("timeline", reports.timeline(report.id()));
		model.addAttribute("photos",
				reports.photos(report.id()).stream().filter(p -> reader.seesAll() || !p.hidden()).toList());
		model.addAttribute("duplicateOf",
				report.duplicateOf() == null ? null : reports.byId(report.duplicateOf()).orElse(null));
		model.addAttribute("reader", reader);
		model.addAttribute("key", reader.reporter() && key != null ? key : "");
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("today", today);
		model.addAttribute("late", report.lateOn(today));
		model.addAttribute("mayReopen", reader.reporter() && report.closedOn() != null && report.reopenedOn() == null
				&& !today.isAfter(report.closedOn().plusDays(FeedbackSteps.REOPEN_DAYS)));
		model.addAttribute("reopenDays", FeedbackSteps.REOPEN_DAYS);
		if (reader.staff()) {
			model.addAttribute("transferBodies", transferBodies(report, commune));
		}
		return "feedback/report";
	}

	/** The bodies a report may be sent to: those of its region. */
	private List<InfoBody> transferBodies(Report report, Territory commune) {
		List<Territory> lineage = territories.lineage(commune);
		Territory region = lineage.stream()
			.filter(t -> t.level() == org.sawa.territory.Level.REGION)
			.findFirst()
			.orElse(commune);
		java.util.Set<Long> within = new java.util.HashSet<>(territories.subtree(region.id()));
		return bodies.all()
			.stream()
			.filter(b -> within.contains(b.territoryId()))
			.filter(b -> report.bodyId() == null || b.id() != report.bodyId())
			.toList();
	}

	@GetMapping(PAGE + "/photos/{photo}")
	ResponseEntity<byte[]> photo(@PathVariable String number, @PathVariable long photo,
			@RequestParam(required = false) String key, @AuthenticationPrincipal SawaUser user) {
		Report report = report(number);
		Reports.Photo found = reports.photos(report.id())
			.stream()
			.filter(p -> p.id() == photo)
			.findFirst()
			.orElseThrow(FeedbackController::notFound);
		if ((found.hidden() || report.hidden()) && !reader(report, user, key).seesAll()) {
			throw FeedbackController.notFound();
		}
		StoredFile file = files.describe(found.fileId()).orElseThrow(FeedbackController::notFound);
		byte[] content = files.content(found.fileId()).orElseThrow(FeedbackController::notFound);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.cacheControl(CacheControl.noCache())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'")
			.body(content);
	}

	static String back(Report report, String key, String done, String anchor) {
		return "redirect:/feedback/reports/" + report.number() + "?" + done
				+ (key == null || key.isBlank() ? "" : "&key=" + key) + anchor;
	}

	static Map<String, String> none() {
		return Map.of();
	}

}
