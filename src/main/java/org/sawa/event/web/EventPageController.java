package org.sawa.event.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.consultation.ProcessTexts;
import org.sawa.consultation.Processes;
import org.sawa.event.Event;
import org.sawa.event.EventTexts;
import org.sawa.event.Events;
import org.sawa.event.ICalendar;
import org.sawa.event.Labs;
import org.sawa.event.Registration;
import org.sawa.event.Registrations;
import org.sawa.event.Turnout;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.FormPage;
import org.springframework.beans.factory.annotation.Value;
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
 * An event's page: what, when, where and what the venue offers, places left, the
 * registration form with the needs a person may ask for, who attended (by sex, age,
 * disability and area, nothing under five), the minutes, a lab's partners and prototypes;
 * its iCalendar file, and each territory's feed.
 */
@Controller
class EventPageController {

	static final String PAGE = "/events/{id}";

	private static final MediaType CALENDAR = new MediaType("text", "calendar",
			java.nio.charset.StandardCharsets.UTF_8);

	private final Events events;

	private final EventTexts texts;

	private final Registrations registrations;

	private final Turnout turnout;

	private final Labs labs;

	private final Territories territories;

	private final Processes processes;

	private final ProcessTexts processTexts;

	private final Clock clock;

	private final String baseUrl;

	EventPageController(Events events, EventTexts texts, Registrations registrations, Turnout turnout, Labs labs,
			Territories territories, Processes processes, ProcessTexts processTexts, Clock clock,
			@Value("${sawa.base-url}") String baseUrl) {
		this.events = events;
		this.texts = texts;
		this.registrations = registrations;
		this.turnout = turnout;
		this.labs = labs;
		this.territories = territories;
		this.processes = processes;
		this.processTexts = processTexts;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@GetMapping(PAGE)
	String show(@PathVariable long id, @AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Event event = event(events, id);
		Registration mine = user == null ? null
				: registrations.of(event.id(), user.id()).filter(Registration::active).orElse(null);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form",
					Map.of("minutes", event.minutes(), "otherNeed", mine == null ? "" : mine.otherNeed()));
			model.addAttribute("errors", Map.of());
		}
		model.addAttribute("signedIn", user != null);
		EventTexts.Localized localized = texts.in(event, locale.getLanguage());
		Territory territory = territories.byId(event.territoryId()).orElseThrow();
		boolean staff = user != null && events.staff(user.id(), event.territoryId());
		model.addAttribute("event", localized.event());
		model.addAttribute("texts", localized.shown());
		model.addAttribute("territory", territory);
		model.addAttribute("commune", event.communeId() == null ? null
				: territories.byId(event.communeId()).map(t -> t.name(locale)).orElse(null));
		if (event.processId() != null) {
			processes.byId(event.processId()).ifPresent(p -> {
				model.addAttribute("processCode", p.code());
				model.addAttribute("processTitle", processTexts.in(p, locale.getLanguage()).process().title());
			});
		}
		model.addAttribute("series", events.series(event));
		int taken = registrations.active(event.id());
		model.addAttribute("taken", taken);
		model.addAttribute("left", event.capacity() == null ? null : Math.max(0, event.capacity() - taken));
		model.addAttribute("begun", event.begun(clock.instant()));
		model.addAttribute("ended", !clock.instant().isBefore(event.endsAt()));
		model.addAttribute("mine", mine);
		model.addAttribute("needs", Event.NEEDS);
		model.addAttribute("figures", turnout.of(event, territory.code(), staff));
		model.addAttribute("dimensions", Turnout.DIMENSIONS);
		model.addAttribute("partners", labs.partners(event.id()));
		List<Labs.Prototype> prototypes = new ArrayList<>();
		model.addAttribute("prototypeTexts",
				texts.prototypes(event, labs.prototypes(event.id()), locale.getLanguage(), prototypes));
		model.addAttribute("prototypes", prototypes);
		model.addAttribute("partnerKinds", Labs.PARTNER_KINDS);
		model.addAttribute("staff", staff);
		model.addAttribute("missingLanguage", staff ? texts.missing(event) : null);
		if (staff) {
			model.addAttribute("needCounts", registrations.needs(event.id()));
		}
		return "event/show";
	}

	@PostMapping(PAGE + "/register")
	@FormPage(PAGE)
	String register(@PathVariable long id, @AuthenticationPrincipal SawaUser user,
			@RequestParam(name = "need", required = false) List<String> needs,
			@RequestParam(name = "otherNeed", required = false) String otherNeed) {
		Event event = event(events, id);
		var outcome = registrations.register(event, user.id(), needs == null ? List.of() : needs, otherNeed);
		return "redirect:/events/" + id + "?" + outcome.name().toLowerCase(Locale.ROOT) + "#registration";
	}

	@PostMapping(PAGE + "/unregister")
	@FormPage(PAGE)
	String unregister(@PathVariable long id, @AuthenticationPrincipal SawaUser user) {
		registrations.cancel(event(events, id), user.id());
		return "redirect:/events/" + id + "?unregistered#registration";
	}

	@GetMapping(PAGE + "/calendar.ics")
	ResponseEntity<String> ics(@PathVariable long id, Locale locale) {
		Event event = event(events, id);
		EventTexts.Localized shown = texts.in(event, locale.getLanguage());
		ICalendar calendar = new ICalendar(shown.event().title(), host(), clock.instant());
		add(calendar, shown.event(), locale, new java.util.HashMap<>());
		return calendar(calendar.end(), "event-" + id + ".ics");
	}

	/** A territory's feed: its events and its communes', from three months back. */
	@GetMapping("/events/feed/{code}.ics")
	ResponseEntity<String> feed(@PathVariable String code, Locale locale) {
		Territory territory = territories.byCode(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Instant now = clock.instant();
		List<Event> found = events.between(territories.subtree(territory.id()), now.minus(Duration.ofDays(92)),
				now.plus(Duration.ofDays(731)), false, 500);
		ICalendar calendar = new ICalendar(territory.name(locale), host(), now);
		Map<Long, String> communes = new java.util.HashMap<>();
		for (Event event : found) {
			add(calendar, texts.in(event, locale.getLanguage()).event(), locale, communes);
		}
		return calendar(calendar.end(), code + ".ics");
	}

	/** Adds the event; {@code communes} keeps the names already read, by id. */
	private void add(ICalendar calendar, Event event, Locale locale, Map<Long, String> communes) {
		List<String> where = new ArrayList<>();
		if (event.inPerson()) {
			where.add(event.place());
		}
		if (event.communeId() != null) {
			where.add(communes.computeIfAbsent(event.communeId(),
					id -> territories.byId(id).map(t -> t.name(locale)).orElse("")));
		}
		where.removeIf(String::isEmpty);
		calendar.event(event, event.title(), event.description(), String.join(", ", where),
				baseUrl + "/events/" + event.id());
	}

	private String host() {
		return URI.create(baseUrl).getHost();
	}

	private static ResponseEntity<String> calendar(String text, String filename) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename + "\"")
			.body(text);
	}

	static Event event(Events events, long id) {
		return events.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
