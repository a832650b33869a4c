package org.sawa.event.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.capacity.Activities;
import org.sawa.capacity.Activity;
import org.sawa.capacity.Programmes;
import org.sawa.consultation.Process;
import org.sawa.consultation.ProcessTexts;
import org.sawa.consultation.Processes;
import org.sawa.event.Event;
import org.sawa.event.EventTexts;
import org.sawa.event.Events;
import org.sawa.input.Shown;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public calendar: a territory's events (and those of its communes) to come or past,
 * by month, with the trainings of capacity programmes held there in the same list;
 * filtered by kind or by consultation.
 */
@Controller
class EventController {

	/** The most entries one page of the calendar lists. */
	static final int MOST = 200;

	/** One line of the calendar: an event or a training. */
	record Entry(String href, Instant startsAt, LocalDate day, String title, String lang, String dir, String kind,
			String place, String commune, boolean cancelled, boolean training) {
	}

	private final Events events;

	private final EventTexts texts;

	private final Territories territories;

	private final Processes processes;

	private final ProcessTexts processTexts;

	private final Activities activities;

	private final Programmes programmes;

	private final Clock clock;

	EventController(Events events, EventTexts texts, Territories territories, Processes processes,
			ProcessTexts processTexts, Activities activities, Programmes programmes, Clock clock) {
		this.events = events;
		this.texts = texts;
		this.territories = territories;
		this.processes = processes;
		this.processTexts = processTexts;
		this.activities = activities;
		this.programmes = programmes;
		this.clock = clock;
	}

	@GetMapping("/events")
	String calendar(@RequestParam(name = "territory", required = false) String code,
			@RequestParam(name = "when", defaultValue = "upcoming") String when,
			@RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "process", required = false) String processCode,
			@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Territory within = code == null || code.isBlank() ? null
				: territories.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Process process = processCode == null || processCode.isBlank() ? null
				: processes.byCode(processCode).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean past = "past".equals(when);
		Instant now = clock.instant();
		Instant from = past ? now.minus(Duration.ofDays(10 * 366)) : now;
		Instant to = past ? now : now.plus(Duration.ofDays(366));
		List<Long> scope = scope(within);
		List<Event> found;
		if (process != null) {
			found = events.ofProcess(process.id())
				.stream()
				.filter(e -> past ? e.endsAt().isBefore(now) : !e.endsAt().isBefore(now))
				.toList();
		}
		else {
			found = events.between(scope, from, to, past, MOST);
		}
		if (kind != null && Event.KINDS.contains(kind)) {
			found = found.stream().filter(e -> e.kind().equals(kind)).toList();
		}
		List<Entry> entries = entries(found, locale);
		if (process == null && (kind == null || kind.isBlank() || "training".equals(kind))) {
			if ("training".equals(kind)) {
				entries.clear();
			}
			entries.addAll(trainings(scope, from, to, past, locale));
			Comparator<Entry> order = Comparator.comparing(Entry::day).thenComparing(Entry::startsAt);
			entries.sort(past ? order.reversed() : order);
		}
		Map<LocalDate, List<Entry>> months = new LinkedHashMap<>();
		entries.stream()
			.limit(MOST)
			.forEach(e -> months.computeIfAbsent(YearMonth.from(e.day()).atDay(1), m -> new ArrayList<>()).add(e));
		model.addAttribute("months", months);
		model.addAttribute("within", within);
		model.addAttribute("process", process);
		if (process != null) {
			model.addAttribute("processTitle", processTexts.in(process, locale.getLanguage()).process().title());
		}
		model.addAttribute("past", past);
		model.addAttribute("kind", kind == null ? "" : kind);
		model.addAttribute("kinds", Event.KINDS);
		model.addAttribute("mayCreate", user != null && !events.territoriesOf(user.id()).isEmpty());
		return "event/calendar";
	}

	/** The territory and everything below it; every territory when none is chosen. */
	private List<Long> scope(Territory within) {
		Territory top = within != null ? within : territories.country().orElseThrow();
		return territories.subtree(top.id());
	}

	private List<Entry> entries(List<Event> found, Locale locale) {
		Map<Long, String> titles = new LinkedHashMap<>();
		Shown shown = texts.titles(found, locale.getLanguage(), titles);
		List<Entry> entries = new ArrayList<>();
		Map<Long, String> communes = new java.util.HashMap<>();
		for (Event e : found) {
			String key = String.valueOf(e.id());
			String commune = e.communeId() == null ? "" : communes.computeIfAbsent(e.communeId(),
					id -> territories.byId(id).map(t -> t.name(locale)).orElse(""));
			entries.add(new Entry("/events/" + e.id(), e.startsAt(), e.startsAt().atZone(Event.ZONE).toLocalDate(),
					titles.get(e.id()), shown.lang(key), shown.dir(key), e.kind(), e.place(), commune, e.cancelled(),
					false));
		}
		return entries;
	}

	private List<Entry> trainings(List<Long> scope, Instant from, Instant to, boolean past, Locale locale) {
		List<Entry> entries = new ArrayList<>();
		Map<Long, org.sawa.capacity.Programme> seen = new LinkedHashMap<>();
		for (Activity a : activities.heldIn(scope, from.atZone(Event.ZONE).toLocalDate(),
				to.atZone(Event.ZONE).toLocalDate(), past, MOST)) {
			var programme = seen.computeIfAbsent(a.programmeId(), id -> programmes.byId(id).orElseThrow());
			Instant at = a.heldOn().atStartOfDay(Event.ZONE).toInstant();
			String lang = programme.language();
			entries.add(new Entry("/capacity/" + programme.code(), at, a.heldOn(), a.topic(), lang,
					"ar".equals(lang) ? "rtl" : "ltr", "training", a.place() == null ? "" : a.place(), "", false,
					true));
		}
		return entries;
	}

}
