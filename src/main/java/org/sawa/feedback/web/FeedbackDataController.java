package org.sawa.feedback.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.feedback.Categories;
import org.sawa.feedback.Category;
import org.sawa.feedback.FeedbackStatistics;
import org.sawa.feedback.FeedbackStatistics.By;
import org.sawa.feedback.FeedbackStatistics.Figures;
import org.sawa.feedback.OpenReports;
import org.sawa.feedback.Reports;
import org.sawa.imports.Csv;
import org.sawa.inforequest.InfoBodies;
import org.sawa.lens.Participants;
import org.sawa.lens.WhoTakesPart;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.FormValues;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * How bodies answer, in public: a territory's figures over a period by body, category,
 * channel, commune and month, who reports against the population (the inclusion lens,
 * small cells protected); the same as CSV and JSON, and the reports themselves in the
 * API.
 */
@Controller
class FeedbackDataController {

	/** The channel the inclusion lens counts reports under. */
	static final String CHANNEL = "feedback.report";

	private final FeedbackStatistics statistics;

	private final Categories categories;

	private final InfoBodies bodies;

	private final Territories territories;

	private final Participants participants;

	private final OpenReports open;

	private final Clock clock;

	FeedbackDataController(FeedbackStatistics statistics, Categories categories, InfoBodies bodies,
			Territories territories, Participants participants, OpenReports open, Clock clock) {
		this.statistics = statistics;
		this.categories = categories;
		this.bodies = bodies;
		this.territories = territories;
		this.participants = participants;
		this.open = open;
		this.clock = clock;
	}

	/** A territory and a period, as asked or by default (the first region, 18 months). */
	record Scope(Territory territory, List<Long> ids, LocalDate from, LocalDate to) {
	}

	Scope scope(String territory, String from, String to) {
		Territory place = territory == null ? territories.atLevel(Level.REGION).get(0) : territories.byCode(territory)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "api.error.territory"));
		LocalDate today = LocalDate.now(clock);
		LocalDate end = FormValues.date(to) == null ? today : FormValues.date(to);
		LocalDate start = FormValues.date(from) == null ? end.minusMonths(18).withDayOfMonth(1) : FormValues.date(from);
		if (start.isAfter(end)) {
			start = end;
		}
		return new Scope(place, territories.subtree(place.id()), start, end);
	}

	@GetMapping("/feedback/statistics")
	String page(@RequestParam(required = false) String territory, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale, Model model) {
		Scope scope = scope(territory, from, to);
		model.addAttribute("scope", scope);
		FeedbackStatistics.Summary summary = statistics.of(scope.ids(), scope.from(), scope.to());
		model.addAttribute("total", summary.total());
		model.addAttribute("triage", statistics.inTriage(scope.ids()));
		model.addAttribute("byBody", summary.by(By.BODY));
		model.addAttribute("byCategory", summary.by(By.CATEGORY));
		model.addAttribute("byChannel", summary.by(By.CHANNEL));
		List<Figures> communes = summary.by(By.COMMUNE);
		model.addAttribute("byCommune", communes);
		Map<Long, Territory> communeNames = new LinkedHashMap<>();
		communes.forEach(f -> territories.byId(Long.parseLong(f.key())).ifPresent(t -> communeNames.put(t.id(), t)));
		model.addAttribute("communeNames", communeNames);
		List<Figures> months = summary.by(By.MONTH);
		model.addAttribute("byMonth", months);
		model.addAttribute("monthMax", months.stream().mapToLong(Figures::received).max().orElse(1));
		model.addAttribute("who", who(scope));
		model.addAttribute("regions", territories.atLevel(Level.REGION));
		model.addAttribute("categoryNames", categories.byIds());
		model.addAttribute("bodyNames", bodies.byIds());
		model.addAttribute("lineage", territories.lineage(scope.territory()));
		return "feedback/statistics";
	}

	/** Who reported in the period, by each dimension, as the public may see them. */
	private List<WhoTakesPart> who(Scope scope) {
		return participants.byChannel(scope.territory(), scope.from(), scope.to()).getOrDefault(CHANNEL, List.of());
	}

	/**
	 * The statistics as JSON: codes, names in the four languages, shares as fractions.
	 */
	record Statistics(String territory, LocalDate from, LocalDate to, Figures total, long inTriage, List<Group> byBody,
			List<Group> byCategory, List<Group> byChannel, List<Group> byMonth, List<WhoTakesPart> whoReports) {
	}

	/** One group's figures, named. */
	record Group(String code, Map<String, String> names, Figures figures) {
	}

	@GetMapping({ "/feedback/statistics.json", "/api/v1/feedback/statistics" })
	@ResponseBody
	Statistics json(@RequestParam(required = false) String territory, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		Scope scope = scope(territory, from, to);
		FeedbackStatistics.Summary summary = statistics.of(scope.ids(), scope.from(), scope.to());
		return new Statistics(scope.territory().code(), scope.from(), scope.to(), summary.total(),
				statistics.inTriage(scope.ids()), groups(summary, By.BODY), groups(summary, By.CATEGORY),
				groups(summary, By.CHANNEL), groups(summary, By.MONTH), who(scope));
	}

	private List<Group> groups(FeedbackStatistics.Summary summary, By by) {
		Map<Long, Category> kinds = categories.byIds();
		var bodyById = bodies.byIds();
		List<Group> groups = new ArrayList<>();
		for (Figures f : summary.by(by)) {
			groups.add(switch (by) {
				case BODY -> {
					var body = bodyById.get(Long.valueOf(f.key()));
					yield new Group(body.code(), names(body::name), f);
				}
				case CATEGORY -> {
					Category c = kinds.get(Long.valueOf(f.key()));
					yield new Group(c.code(), names(c::name), f);
				}
				case COMMUNE -> {
					Territory commune = territories.byId(Long.parseLong(f.key())).orElseThrow();
					yield new Group(commune.code(), names(commune::name), f);
				}
				default -> new Group(f.key(), Map.of(), f);
			});
		}
		return groups;
	}

	/** A name in each of the four languages. */
	private static Map<String, String> names(java.util.function.Function<Locale, String> name) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String l : List.of("ar", "fr", "en", "zgh")) {
			names.put(l, name.apply(Locale.forLanguageTag(l)));
		}
		return names;
	}

	@GetMapping("/feedback/statistics.csv")
	ResponseEntity<String> csv(@RequestParam(required = false) String territory,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		Scope scope = scope(territory, from, to);
		StringBuilder csv = new StringBuilder("grouped_by,code,name_fr,received,acknowledged,acknowledged_in_time,"
				+ "answered,answered_in_time,median_days,closed,resolved,rated,satisfied,late_now,reopened,"
				+ "acknowledge_overdue,answer_overdue\r\n");
		FeedbackStatistics.Summary summary = statistics.of(scope.ids(), scope.from(), scope.to());
		for (By by : By.values()) {
			for (Group g : groups(summary, by)) {
				Figures f = g.figures();
				csv.append(String.join(",", by.name().toLowerCase(Locale.ROOT), Csv.cell(g.code()),
						Csv.cell(g.names().getOrDefault("fr", "")), n(f.received()), n(f.acknowledged()),
						n(f.acknowledgedInTime()), n(f.answered()), n(f.answeredInTime()),
						f.medianDays() == null ? "" : String.valueOf(f.medianDays()), n(f.closed()), n(f.resolved()),
						n(f.rated()), n(f.satisfied()), n(f.lateNow()), n(f.reopened()), n(f.acknowledgeOverdue()),
						n(f.answerOverdue())))
					.append("\r\n");
			}
		}
		return csvFile("feedback-statistics-" + scope.territory().code() + ".csv", csv.toString());
	}

	private static String n(long value) {
		return String.valueOf(value);
	}

	static ResponseEntity<String> csvFile(String name, String body) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	/**
	 * The reports the API is asked for: open or closed (any other state is no condition).
	 */
	private Reports.Filter filter(String territory, String category, String status, String from, String to) {
		List<Long> ids = territory == null ? null
				: territories.byCode(territory)
					.map(t -> territories.subtree(t.id()))
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "api.error.territory"));
		Long kind = category == null ? null
				: categories.byCode(category)
					.map(Category::id)
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "api.error.parameter"));
		String state = "open".equals(status) || "closed".equals(status) ? status : null;
		return new Reports.Filter(ids, kind, null, state, FormValues.date(from), FormValues.date(to), null);
	}

	private static int size(Integer limit) {
		return limit == null ? 500 : Math.max(1, Math.min(limit, 5000));
	}

	@GetMapping("/api/v1/feedback/reports")
	@ResponseBody
	List<OpenReports.OpenReport> reports(@RequestParam(required = false) String territory,
			@RequestParam(required = false) String category, @RequestParam(required = false) String status,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Integer limit) {
		return open.find(filter(territory, category, status, from, to), size(limit));
	}

	@GetMapping("/api/v1/feedback/reports.csv")
	ResponseEntity<String> reportsCsv(@RequestParam(required = false) String territory,
			@RequestParam(required = false) String category, @RequestParam(required = false) String status,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Integer limit) {
		StringBuilder csv = new StringBuilder("number,status,outcome,duplicate_of,category,commune,body,channel,"
				+ "place,description,language,received_on,acknowledged_on,answered_on,closed_on,reopened_on,"
				+ "next_due_on,satisfied\r\n");
		for (OpenReports.OpenReport r : open.find(filter(territory, category, status, from, to), size(limit))) {
			csv.append(String.join(",", Csv.cell(r.number()), r.status(), Csv.cell(r.outcome()),
					Csv.cell(r.duplicateOf()), r.category(), r.commune(), Csv.cell(r.body()), r.channel(),
					Csv.cell(r.place()), Csv.cell(r.description()), r.language(), day(r.receivedOn()),
					day(r.acknowledgedOn()), day(r.answeredOn()), day(r.closedOn()), day(r.reopenedOn()),
					day(r.nextDueOn()), r.satisfied() == null ? "" : r.satisfied().toString()))
				.append("\r\n");
		}
		return csvFile("feedback-reports.csv", csv.toString());
	}

	private static String day(LocalDate day) {
		return day == null ? "" : day.toString();
	}

}
