package org.sawa.event.web;

import static org.sawa.event.web.EventPageController.event;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sawa.account.Accounts;
import org.sawa.account.SawaUser;
import org.sawa.event.AttendanceSheets;
import org.sawa.event.Event;
import org.sawa.event.EventTexts;
import org.sawa.event.Events;
import org.sawa.event.Registration;
import org.sawa.event.Registrations;
import org.sawa.imports.ImportReport;
import org.sawa.imports.TranslatedProblem;
import org.sawa.web.FormPage;
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
 * The door and the paper, for staff of the event's territory: the list of those
 * registered with the needs they asked for, ticked as they arrive (saved whole); paper
 * attendance sheets typed line by line (all or nothing, each bad line shown with its
 * reason); a sheet typed by mistake removed.
 */
@Controller
class EventAttendanceController {

	private static final String PAGE = "/events/{id}/attendance";

	private final Events events;

	private final EventTexts texts;

	private final Registrations registrations;

	private final AttendanceSheets sheets;

	private final Accounts accounts;

	private final MessageSource messages;

	EventAttendanceController(Events events, EventTexts texts, Registrations registrations, AttendanceSheets sheets,
			Accounts accounts, MessageSource messages) {
		this.events = events;
		this.texts = texts;
		this.registrations = registrations;
		this.sheets = sheets;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping(PAGE)
	String page(@PathVariable long id, @AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Event event = staffEvent(id, user);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of("label", ""));
			model.addAttribute("errors", Map.of());
		}
		EventTexts.Localized localized = texts.in(event, locale.getLanguage());
		List<Registration> registered = registrations.all(event.id());
		model.addAttribute("event", localized.event());
		model.addAttribute("texts", localized.shown());
		model.addAttribute("registered", registered);
		model.addAttribute("names", accounts.displayNames(registered.stream().map(Registration::personId).toList()));
		model.addAttribute("needCounts", registrations.needs(event.id()));
		model.addAttribute("sheets", sheets.of(event.id()));
		return "event/attendance";
	}

	@PostMapping(PAGE)
	@FormPage(PAGE)
	String tick(@PathVariable long id, @AuthenticationPrincipal SawaUser user,
			@RequestParam(name = "attended", required = false) List<Long> attended) {
		Set<Long> ticked = attended == null ? Set.of() : new HashSet<>(attended);
		int changed = registrations.tick(staffEvent(id, user), ticked, user.id());
		return "redirect:/events/" + id + "/attendance?ticked=" + changed;
	}

	@PostMapping(PAGE + "/sheets")
	@FormPage(PAGE)
	String type(@PathVariable long id, @AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form,
			Locale locale, Model model) {
		Event event = staffEvent(id, user);
		ImportReport report = sheets.type(event, form.get("label"), form.get("lines"), user.id());
		if (report.applied()) {
			return "redirect:/events/" + id + "/attendance?typed=" + report.inserted() + "#sheets";
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", Map.of());
		model.addAttribute("report", report);
		model.addAttribute("problems", TranslatedProblem.of(report, messages, locale));
		return page(id, user, locale, model);
	}

	@PostMapping(PAGE + "/sheets/{sheet}/remove")
	@FormPage(PAGE)
	String remove(@PathVariable long id, @PathVariable long sheet, @AuthenticationPrincipal SawaUser user) {
		sheets.remove(staffEvent(id, user), sheet, user.id());
		return "redirect:/events/" + id + "/attendance?removed#sheets";
	}

	private Event staffEvent(long id, SawaUser user) {
		Event event = event(events, id);
		if (!events.staff(user.id(), event.territoryId())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return event;
	}

}
