package org.sawa.capacity.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.audit.Corrections;
import org.sawa.capacity.Activities;
import org.sawa.capacity.Activity;
import org.sawa.capacity.ActivityCorrections;
import org.sawa.capacity.CapacityRefused;
import org.sawa.capacity.Participant;
import org.sawa.capacity.ParticipantCorrections;
import org.sawa.capacity.Programme;
import org.sawa.capacity.Programmes;
import org.sawa.capacity.internal.CapacityAccess;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.FormPage;
import org.sawa.web.FormValues;
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
 * A programme's officers correct a participant's record or an activity from the browser,
 * with a reason; each form lists the record's earlier versions.
 */
@Controller
class ParticipantCorrectionController {

	private static final String PAGE = "/capacity/{code}/participants/{id}/correct";

	private final Programmes programmes;

	private final ParticipantCorrections corrections;

	private final Corrections versions;

	private final Territories territories;

	private final CapacityAccess access;

	private final Activities activities;

	private final ActivityCorrections activityCorrections;

	ParticipantCorrectionController(Programmes programmes, ParticipantCorrections corrections, Corrections versions,
			Territories territories, CapacityAccess access, Activities activities,
			ActivityCorrections activityCorrections) {
		this.activities = activities;
		this.activityCorrections = activityCorrections;
		this.programmes = programmes;
		this.corrections = corrections;
		this.versions = versions;
		this.territories = territories;
		this.access = access;
	}

	@GetMapping(PAGE)
	String form(@PathVariable String code, @PathVariable long id, @AuthenticationPrincipal SawaUser user, Locale locale,
			Model model) {
		Programme programme = access.officerOf(code, user);
		Participant participant = participantOf(programme, id);
		if (!model.containsAttribute("form")) {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("fullName", participant.fullName());
			form.put("sex", participant.sex() == null ? "" : participant.sex());
			form.put("birthYear", participant.birthYear() == null ? "" : participant.birthYear().toString());
			form.put("kind", participant.kind());
			form.put("commune", participant.communeId() == null ? ""
					: territories.byId(participant.communeId()).map(Territory::code).orElse(""));
			model.addAttribute("form", form);
			model.addAttribute("errors", Map.of());
		}
		Map<String, String> communes = communes(programme, locale);
		model.addAttribute("programme", programme);
		model.addAttribute("participant", participant);
		model.addAttribute("kinds", Programmes.KINDS);
		model.addAttribute("communeOptions", communes);
		model.addAttribute("versions", versions.of(ParticipantCorrections.subject(id)));
		return "capacity/participant-correct";
	}

	@PostMapping(PAGE)
	@FormPage(PAGE)
	String correct(@PathVariable String code, @PathVariable long id, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Programme programme = access.officerOf(code, user);
		Participant participant = participantOf(programme, id);
		String year = form.getOrDefault("birthYear", "").trim();
		Integer birthYear = FormValues.integer(year);
		if (!year.isEmpty() && birthYear == null) {
			throw new CapacityRefused("birthYear", "capacity.error.birthYear");
		}
		String sex = form.getOrDefault("sex", "");
		corrections.correct(id,
				new Programmes.NewParticipant(form.get("fullName"), sex.isBlank() ? null : sex, birthYear,
						form.get("kind"), form.get("commune"), participant.organisationId(),
						participant.councillorId()),
				form.get("reason"), user.id());
		return "redirect:/capacity/" + code + "/manage?done=corrected";
	}

	private static final String ACTIVITY_PAGE = "/capacity/{code}/activities/{id}/correct";

	@GetMapping(ACTIVITY_PAGE)
	String activityForm(@PathVariable String code, @PathVariable long id, @AuthenticationPrincipal SawaUser user,
			Locale locale, Model model) {
		Programme programme = access.officerOf(code, user);
		Activity activity = activityOf(programme, id);
		if (!model.containsAttribute("form")) {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("kind", activity.kind());
			form.put("topic", activity.topic());
			form.put("heldOn", activity.heldOn().toString());
			form.put("hours", activity.hours().stripTrailingZeros().toPlainString());
			form.put("mode", activity.mode());
			form.put("place", activity.place() == null ? "" : activity.place());
			form.put("trainers", activity.trainers() == null ? "" : activity.trainers());
			form.put("territory", territories.byId(activity.territoryId()).map(Territory::code).orElse(""));
			model.addAttribute("form", form);
			model.addAttribute("errors", Map.of());
		}
		Map<String, String> places = new LinkedHashMap<>();
		programme.territoryIds()
			.forEach(place -> territories.byId(place).ifPresent(t -> places.put(t.code(), t.name(locale))));
		places.putAll(communes(programme, locale));
		model.addAttribute("programme", programme);
		model.addAttribute("activity", activity);
		model.addAttribute("activityKinds", Activities.ACTIVITY_KINDS);
		model.addAttribute("modes", Activities.MODES);
		model.addAttribute("placeOptions", places);
		model.addAttribute("versions", versions.of(ActivityCorrections.subject(id)));
		return "capacity/activity-correct";
	}

	@PostMapping(ACTIVITY_PAGE)
	@FormPage(ACTIVITY_PAGE)
	String correctActivity(@PathVariable String code, @PathVariable long id, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Programme programme = access.officerOf(code, user);
		activityOf(programme, id);
		activityCorrections.correct(id,
				new Activities.NewActivity(form.get("kind"), form.get("topic"), FormValues.date(form.get("heldOn")),
						CapacityOfficerController.decimal(form.get("hours")), form.get("mode"), form.get("place"),
						form.get("trainers"), form.get("territory")),
				form.get("reason"), user.id());
		return "redirect:/capacity/" + code + "/activities/" + id + "?corrected";
	}

	private Activity activityOf(Programme programme, long id) {
		return activities.activity(id)
			.filter(a -> a.programmeId() == programme.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The communes a programme works in, by code, with their names. */
	private Map<String, String> communes(Programme programme, Locale locale) {
		Map<String, String> communes = new LinkedHashMap<>();
		for (long place : programme.territoryIds()) {
			Territory territory = territories.byId(place).orElseThrow();
			(territory.level() == Level.COMMUNE ? java.util.List.of(territory)
					: territories.within(territory.id(), Level.COMMUNE))
				.forEach(c -> communes.put(c.code(), c.name(locale)));
		}
		return communes;
	}

	private Participant participantOf(Programme programme, long id) {
		return programmes.participant(id)
			.filter(p -> p.programmeId() == programme.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
