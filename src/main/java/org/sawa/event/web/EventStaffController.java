package org.sawa.event.web;

import static org.sawa.event.web.EventPageController.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.consultation.Processes;
import org.sawa.db.TextVersions;
import org.sawa.event.Event;
import org.sawa.event.EventRefused;
import org.sawa.event.EventTexts;
import org.sawa.event.Events;
import org.sawa.event.Labs;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.FormPage;
import org.sawa.web.Languages;
import org.sawa.web.VersionsPage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff of a territory schedule an event or a series, write it in the other languages,
 * cancel it with a reason, publish its minutes, and record a lab's partners and
 * prototypes.
 */
@Controller
class EventStaffController {

	private static final String NEW = "/events/new";

	private static final String TEXTS = "/events/{id}/texts";

	private final Events events;

	private final EventTexts texts;

	private final Labs labs;

	private final Territories territories;

	private final Processes processes;

	private final MessageSource messages;

	EventStaffController(Events events, EventTexts texts, Labs labs, Territories territories, Processes processes,
			MessageSource messages) {
		this.events = events;
		this.texts = texts;
		this.labs = labs;
		this.territories = territories;
		this.processes = processes;
		this.messages = messages;
	}

	@GetMapping(NEW)
	String form(@RequestParam(name = "process", required = false) String processCode,
			@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		List<Territory> places = events.territoriesOf(user.id());
		if (places.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (!model.containsAttribute("form")) {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("language", locale.getLanguage());
			form.put("kind", "workshop");
			form.put("registration", "true");
			form.put("startsAt", "09:30");
			form.put("endsAt", "13:00");
			if (processCode != null) {
				processes.byCode(processCode).ifPresent(p -> {
					form.put("process", p.code());
					territories.byId(p.territoryId()).ifPresent(t -> form.put("territory", t.code()));
				});
			}
			model.addAttribute("form", form);
			model.addAttribute("errors", Map.of());
		}
		Map<String, String> communes = new LinkedHashMap<>();
		for (Territory place : places) {
			Territories.byName(territories.within(place.id(), Level.COMMUNE), locale)
				.forEach(c -> communes.putIfAbsent(c.code(), c.name(locale)));
		}
		model.addAttribute("places", places);
		model.addAttribute("communes", communes);
		model.addAttribute("kinds", Event.KINDS);
		model.addAttribute("repeats", Events.REPEATS);
		model.addAttribute("languages", Languages.named());
		return "event/new";
	}

	@PostMapping(NEW)
	@FormPage(NEW)
	String schedule(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		long id = events.schedule(new Events.NewEvent(form.get("territory"), form.get("process"), form.get("kind"),
				form.get("title"), form.get("description"), form.get("language"), date(form, "startsOn"),
				time(form, "startsAt"), date(form, "endsOn"), time(form, "endsAt"), form.get("place"),
				form.get("commune"), form.get("onlineUrl"),
				new Event.Venue(form.containsKey("stepFree"), form.containsKey("signLanguage"),
						form.containsKey("childcare")),
				number(form, "capacity"), form.containsKey("registration"), form.get("challenge"), form.get("repeat"),
				number(form, "occurrences")), user.id());
		return "redirect:/events/" + id + "?scheduled";
	}

	@PostMapping("/events/{id}/cancel")
	@FormPage(EventPageController.PAGE)
	String cancel(@PathVariable long id, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		events.cancel(event(events, id), form.get("reason"), user.id());
		return "redirect:/events/" + id + "?cancelled";
	}

	@PostMapping("/events/{id}/minutes")
	@FormPage(EventPageController.PAGE)
	String minutes(@PathVariable long id, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		events.publishMinutes(event(events, id), form.get("minutes"), user.id());
		return "redirect:/events/" + id + "?minutes#minutes";
	}

	@PostMapping("/events/{id}/partners")
	@FormPage(value = EventPageController.PAGE, scope = "partner")
	String partner(@PathVariable long id, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		labs.addPartner(event(events, id), form.get("kind"), form.get("name"), user.id());
		return "redirect:/events/" + id + "?partner#lab";
	}

	@PostMapping("/events/{id}/prototypes")
	@FormPage(value = EventPageController.PAGE, scope = "prototype")
	String prototype(@PathVariable long id, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		labs.addPrototype(event(events, id), form.get("title"), form.get("description"), user.id());
		return "redirect:/events/" + id + "?prototype#lab";
	}

	private Event translatable(long id, String language, SawaUser user) {
		Event event = event(events, id);
		if (!events.staff(user.id(), event.territoryId())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (!TextVersions.translatable(language, event.language())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return event;
	}

	@GetMapping(TEXTS)
	String textsForm(@PathVariable long id, @RequestParam("language") String language,
			@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Event e = translatable(id, language, user);
		List<VersionsPage.Field> fields = new ArrayList<>();
		texts.originals(e).forEach((field, original) -> {
			String key = field.key();
			String label = key.startsWith("x") ? messages
				.getMessage("event.prototype." + (key.endsWith("t") ? "title" : "description"), null, locale)
					: messages.getMessage("event.field." + key, null, locale);
			fields.add(new VersionsPage.Field(key, label, original));
		});
		String page = "/events/" + id;
		return VersionsPage.fill(model,
				new VersionsPage.Record(String.valueOf(id), e.title(), page, e.language(), page + "/texts"), language,
				fields, texts.written(e, language));
	}

	@PostMapping(TEXTS)
	@FormPage(TEXTS)
	String writeTexts(@PathVariable long id, @RequestParam("language") String language,
			@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		texts.write(translatable(id, language, user), language, form, user.id());
		return "redirect:/events/" + id + "?translated";
	}

	private static LocalDate date(Map<String, String> form, String name) {
		return parsed(form, name, LocalDate::parse, "validation.date");
	}

	private static LocalTime time(Map<String, String> form, String name) {
		return parsed(form, name, LocalTime::parse, "event.error.time");
	}

	/** A typed value read by the parser, null when left empty, refused at its field. */
	private static <T> T parsed(Map<String, String> form, String name, java.util.function.Function<String, T> parser,
			String refusal) {
		String value = form.getOrDefault(name, "").strip();
		try {
			return value.isEmpty() ? null : parser.apply(value);
		}
		catch (DateTimeParseException ex) {
			throw new EventRefused(name, refusal);
		}
	}

	private static Integer number(Map<String, String> form, String name) {
		String value = form.getOrDefault(name, "").strip();
		if (value.isEmpty()) {
			return null;
		}
		return value.matches("[0-9]{1,6}") ? Integer.valueOf(value) : -1;
	}

}
