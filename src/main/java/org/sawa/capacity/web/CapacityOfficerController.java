package org.sawa.capacity.web;

import static org.sawa.web.FormValues.date;
import static org.sawa.web.FormValues.id;
import static org.sawa.web.FormValues.integer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.Accounts;
import org.sawa.account.Role;
import org.sawa.account.SawaUser;
import org.sawa.capacity.Activities;
import org.sawa.capacity.Assessments;
import org.sawa.capacity.CapacityRefused;
import org.sawa.capacity.Mentoring;
import org.sawa.capacity.Participant;
import org.sawa.capacity.Plan;
import org.sawa.capacity.Programme;
import org.sawa.capacity.Programmes;
import org.sawa.capacity.Stories;
import org.sawa.capacity.internal.CapacityAccess;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.FormPage;
import org.sawa.web.Languages;
import org.sawa.web.FormValues;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Programme officers keep a programme's records: participants, activities and their
 * attendance sheets, development plans and coaching, assessment rounds and success
 * stories. A coach reaches the plans they follow.
 */
@Controller
class CapacityOfficerController {

	private final Programmes programmes;

	private final Activities activities;

	private final Mentoring mentoring;

	private final Assessments assessments;

	private final Stories stories;

	private final Territories territories;

	private final Accounts accounts;

	private final CapacityAccess access;

	private final MessageSource messages;

	private final org.sawa.account.Permissions permissions;

	CapacityOfficerController(Programmes programmes, Activities activities, Mentoring mentoring,
			Assessments assessments, Stories stories, Territories territories, Accounts accounts, CapacityAccess access,
			MessageSource messages, org.sawa.account.Permissions permissions) {
		this.activities = activities;
		this.permissions = permissions;
		this.programmes = programmes;
		this.mentoring = mentoring;
		this.assessments = assessments;
		this.stories = stories;
		this.territories = territories;
		this.accounts = accounts;
		this.access = access;
		this.messages = messages;
	}

	// ------------------------------------------------------------------ a new programme

	@GetMapping("/capacity/new")
	String newProgramme(@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		// refused: what was typed and every reason, at its field of the form "new"
		FormValues.typed(model);
		Map<String, String> places = new LinkedHashMap<>();
		var officerOf = permissions.scope(user.id(), Role.PROGRAMME_OFFICER);
		for (Territory region : territories.atLevel(Level.REGION)) {
			if (officerOf.test(region)) {
				places.put(region.code(), region.name(locale));
			}
			for (Territory province : territories.children(region.id())) {
				if (officerOf.test(province)) {
					places.put(province.code(), province.name(locale));
				}
			}
		}
		if (places.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute("places", places);
		model.addAttribute("groups", Programmes.TARGET_GROUPS);
		model.addAttribute("languages", Languages.named());
		return "capacity/new";
	}

	@PostMapping("/capacity/new")
	@FormPage(value = "/capacity/new", scope = "new")
	String create(@AuthenticationPrincipal SawaUser user, @RequestParam MultiValueMap<String, String> values) {
		Map<String, String> form = values.toSingleValueMap();
		String place = form.getOrDefault("territories", "");
		Territory territory = territories.byCode(place).orElse(null);
		if (territory == null || !permissions.has(user.id(), Role.PROGRAMME_OFFICER, territory.id())) {
			throw new CapacityRefused("territories", "capacity.error.noTerritory");
		}
		Map<String, String> names = new LinkedHashMap<>();
		for (String language : List.of("ar", "fr", "en", "zgh")) {
			names.put(language, form.getOrDefault("name_" + language, ""));
		}
		programmes.create(new Programmes.NewProgramme(form.get("code"), names, form.get("language"),
				form.get("funders"), form.get("partners"), values.getOrDefault("targetGroups", List.of()),
				date(form.get("startsOn")), date(form.get("endsOn")), List.of(place)), user.id());
		return "redirect:/capacity/" + form.get("code").trim().toUpperCase(Locale.ROOT) + "/manage";
	}

	// ------------------------------------------------------------------ the programme's
	// records

	@GetMapping("/capacity/{code}/manage")
	String manage(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam(required = false) String done, Locale locale, Model model) {
		return manage(access.officerOf(code, user), done, Map.of(), Map.of(), locale, model);
	}

	private String manage(Programme programme, String done, Map<String, String> form, Map<String, String> errors,
			Locale locale, Model model) {
		List<Participant> participants = programmes.participants(programme.id());
		List<Territory> communes = new ArrayList<>();
		for (long place : programme.territoryIds()) {
			Territory territory = territories.byId(place).orElseThrow();
			communes.addAll(territory.level() == Level.COMMUNE ? List.of(territory)
					: territories.within(territory.id(), Level.COMMUNE));
		}
		model.addAttribute("programme", programme);
		model.addAttribute("participants", participants);
		model.addAttribute("plans", mentoring.plans(programme.id()));
		model.addAttribute("activities", activities.activities(programme.id()));
		model.addAttribute("communes", communes);
		model.addAttribute("stories", stories.of(programme.id(), false));
		model.addAttribute("kinds", Programmes.KINDS);
		model.addAttribute("activityKinds", Activities.ACTIVITY_KINDS);
		model.addAttribute("modes", Activities.MODES);
		model.addAttribute("priorities", Mentoring.PRIORITIES);
		model.addAttribute("areas", Assessments.AREAS);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
			model.addAttribute("errors", errors);
		}
		model.addAttribute("done", done);
		Map<Long, Plan> plans = mentoring.plans(programme.id());
		Map<String, String> participantOptions = new LinkedHashMap<>();
		Map<String, String> withoutPlan = new LinkedHashMap<>();
		for (Participant participant : participants) {
			participantOptions.put(String.valueOf(participant.id()), participant.fullName());
			if (!plans.containsKey(participant.id())) {
				withoutPlan.put(String.valueOf(participant.id()), participant.fullName());
			}
		}
		Map<String, String> communeOptions = new LinkedHashMap<>();
		Map<Long, String> communeNames = new LinkedHashMap<>();
		communes.forEach(c -> {
			communeOptions.put(c.code(), c.name(locale));
			communeNames.put(c.id(), c.name(locale));
		});
		Map<String, String> placeOptions = new LinkedHashMap<>();
		programme.territoryIds()
			.forEach(id -> territories.byId(id).ifPresent(t -> placeOptions.put(t.code(), t.name(locale))));
		placeOptions.putAll(communeOptions);
		Map<String, String> associationOptions = new LinkedHashMap<>();
		accounts.organisations("association").forEach(o -> associationOptions.put(String.valueOf(o.id()), o.name()));
		model.addAttribute("participantOptions", participantOptions);
		model.addAttribute("withoutPlan", withoutPlan);
		model.addAttribute("communeOptions", communeOptions);
		model.addAttribute("communeNames", communeNames);
		model.addAttribute("placeOptions", placeOptions);
		model.addAttribute("associationOptions", associationOptions);
		addAssessments(programme, locale, model);
		return "capacity/manage";
	}

	/** The areas an improvement action may address, and each organisation's actions. */
	private void addAssessments(Programme programme, Locale locale, Model model) {
		Map<String, String> areaOptions = new LinkedHashMap<>();
		Assessments.AREAS.values()
			.forEach(list -> list
				.forEach(a -> areaOptions.put(a, messages.getMessage("capacity.area." + a, null, locale))));
		model.addAttribute("areaOptions", areaOptions);
		Map<String, List<Assessments.Action>> actions = new LinkedHashMap<>();
		for (long organisation : assessments.organisations(programme.id())) {
			actions.put(accounts.organisation(organisation).orElseThrow().name(),
					assessments.actions(programme.id(), organisation));
		}
		model.addAttribute("actions", actions);
	}

	// Each form of the manage page: a refusal shows the page again with the reasons in
	// the form
	// they came from (@FormPage's scope, read by the page's scoped fields).

	private static final String MANAGE_PAGE = "/capacity/{code}/manage";

	private static String managed(Programme programme, String done) {
		return "redirect:/capacity/" + programme.code() + "/manage?done=" + done;
	}

	@PostMapping("/capacity/{code}/manage/participants")
	@FormPage(value = MANAGE_PAGE, scope = "participants")
	String enrol(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Programme programme = access.officerOf(code, user);
		programmes.enrol(programme.id(),
				new Programmes.NewParticipant(form.get("fullName"), blankToNull(form.get("sex")),
						integer(form.get("birthYear")), form.get("kind"), form.get("commune"),
						id(form.get("organisation")), null),
				user.id());
		return managed(programme, "participants");
	}

	@PostMapping("/capacity/{code}/manage/activities")
	@FormPage(value = MANAGE_PAGE, scope = "activities")
	String schedule(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Programme programme = access.officerOf(code, user);
		activities.schedule(programme.id(),
				new Activities.NewActivity(form.get("kind"), form.get("topic"), date(form.get("heldOn")),
						decimal(form.get("hours")), form.get("mode"), form.get("place"), form.get("trainers"),
						form.get("territory")),
				user.id());
		return managed(programme, "activities");
	}

	@PostMapping("/capacity/{code}/manage/plans")
	@FormPage(value = MANAGE_PAGE, scope = "plans")
	String openPlan(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam MultiValueMap<String, String> values) {
		Programme programme = access.officerOf(code, user);
		Map<String, String> form = values.toSingleValueMap();
		Map<String, Integer> baselines = new LinkedHashMap<>();
		for (String priority : values.getOrDefault("priority", List.of())) {
			baselines.put(priority, integer(form.get("level." + priority)));
		}
		long coach = accounts.idByEmail(form.getOrDefault("coach", "").trim().toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new CapacityRefused("coach", "capacity.error.coach"));
		long participant = own(programme, id(form.get("participant")));
		mentoring.openPlan(participant, coach, date(form.get("startsOn")), baselines, user.id());
		return managed(programme, "plans");
	}

	@PostMapping("/capacity/{code}/manage/assessments")
	@FormPage(value = MANAGE_PAGE, scope = "assessments")
	String assess(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Programme programme = access.officerOf(code, user);
		String tool = form.getOrDefault("tool", "");
		Map<String, Assessments.Score> scores = new LinkedHashMap<>();
		for (String area : Assessments.AREAS.getOrDefault(tool, List.of())) {
			scores.put(area, new Assessments.Score(integer(form.get("score." + area)), form.get("evidence." + area)));
		}
		assessments.record(programme.id(), organisation(form), tool, form.get("round"), date(form.get("assessedOn")),
				scores, user.id());
		return managed(programme, "assessments");
	}

	@PostMapping("/capacity/{code}/manage/actions")
	@FormPage(value = MANAGE_PAGE, scope = "actions")
	String addAction(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Programme programme = access.officerOf(code, user);
		assessments.addAction(programme.id(), organisation(form), form.get("area"), form.get("action"),
				date(form.get("dueOn")), user.id());
		return managed(programme, "actions");
	}

	/** The organisation a form names, or a refusal at its field. */
	private long organisation(Map<String, String> form) {
		Long organisation = id(form.get("organisation"));
		if (organisation == null || accounts.organisation(organisation).isEmpty()) {
			throw new CapacityRefused("organisation", "validation.option");
		}
		return organisation;
	}

	@PostMapping("/capacity/{code}/manage/action-done")
	@FormPage(value = MANAGE_PAGE, scope = "action-done")
	String actionDone(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Programme programme = access.officerOf(code, user);
		Long action = id(form.get("action"));
		assessments.markDone(programme.id(), action == null ? -1 : action, user.id());
		return managed(programme, "action-done");
	}

	@PostMapping("/capacity/{code}/manage/stories")
	@FormPage(value = MANAGE_PAGE, scope = "stories")
	String writeStory(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Programme programme = access.officerOf(code, user);
		stories.write(own(programme, id(form.get("participant"))), form.get("title"), form.get("body"), user.id());
		return managed(programme, "stories");
	}

	@PostMapping("/capacity/{code}/manage/consent")
	@FormPage(value = MANAGE_PAGE, scope = "consent")
	String recordConsent(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Programme programme = access.officerOf(code, user);
		stories.consent(ownStory(programme, id(form.get("story"))), date(form.get("consentOn")),
				form.get("consentNote"), user.id());
		return managed(programme, "consent");
	}

	@PostMapping("/capacity/{code}/manage/publish")
	@FormPage(value = MANAGE_PAGE, scope = "publish")
	String publishStory(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Programme programme = access.officerOf(code, user);
		stories.publish(ownStory(programme, id(form.get("story"))), user.id());
		return managed(programme, "publish");
	}

	@PostMapping("/capacity/{code}/manage/withdraw")
	@FormPage(value = MANAGE_PAGE, scope = "withdraw")
	String withdrawStory(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Programme programme = access.officerOf(code, user);
		stories.withdraw(ownStory(programme, id(form.get("story"))), user.id());
		return managed(programme, "withdraw");
	}

	private long own(Programme programme, Long participantId) {
		Participant participant = participantId == null ? null : programmes.participant(participantId).orElse(null);
		if (participant == null || participant.programmeId() != programme.id()) {
			throw new CapacityRefused("participant", "validation.option");
		}
		return participantId;
	}

	private long ownStory(Programme programme, Long storyId) {
		if (storyId == null || stories.story(storyId).programmeId() != programme.id()) {
			throw new CapacityRefused("", "capacity.error.noStory");
		}
		return storyId;
	}

	static BigDecimal decimal(String text) {
		try {
			return text == null || text.isBlank() ? null : new BigDecimal(text.trim().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
