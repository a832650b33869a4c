package org.sawa.capacity.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.Accounts;
import org.sawa.account.Organisation;
import org.sawa.account.SawaUser;
import org.sawa.capacity.Activities;
import org.sawa.capacity.Activity;
import org.sawa.capacity.Assessments;
import org.sawa.capacity.Impact;
import org.sawa.capacity.Participant;
import org.sawa.capacity.Programme;
import org.sawa.capacity.ProgrammeTexts;
import org.sawa.capacity.Programmes;
import org.sawa.capacity.Stories;
import org.sawa.capacity.internal.CapacityAccess;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * What everyone sees of the capacity programmes: each programme with its impact computed
 * from the records (each figure opens the records behind it), its activities, the
 * associations' assessment rounds side by side, and the success stories published with
 * consent. Names of participants are shown to the programme's officers only.
 */
@Controller
class CapacityController {

	private final Programmes programmes;

	private final Activities activities;

	private final Impact impact;

	private final Assessments assessments;

	private final Stories stories;

	private final ProgrammeTexts texts;

	private final Territories territories;

	private final Accounts accounts;

	private final CapacityAccess access;

	CapacityController(Programmes programmes, Activities activities, Impact impact, Assessments assessments,
			Stories stories, Territories territories, Accounts accounts, CapacityAccess access, ProgrammeTexts texts) {
		this.texts = texts;
		this.activities = activities;
		this.programmes = programmes;
		this.impact = impact;
		this.assessments = assessments;
		this.stories = stories;
		this.territories = territories;
		this.accounts = accounts;
		this.access = access;
	}

	@GetMapping("/capacity")
	String index(Model model) {
		model.addAttribute("programmes", programmes.all());
		return "capacity/index";
	}

	@GetMapping("/capacity/{code}")
	String programme(@PathVariable String code, @AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Programme programme = access.programme(code);
		model.addAttribute("programme", programme);
		model.addAttribute("places",
				programme.territoryIds().stream().map(id -> territories.byId(id).orElseThrow()).toList());
		model.addAttribute("figures", impact.figures(programme));
		List<Activity> held = activities.activities(programme.id());
		Map<Long, long[]> attended = new LinkedHashMap<>();
		Map<Long, Double[]> scores = new LinkedHashMap<>();
		for (Activity activity : held) {
			var lines = this.activities.attendance(activity.id())
				.stream()
				.filter(Activities.AttendanceLine::attended)
				.toList();
			attended.put(activity.id(), new long[] { lines.size() });
			var scored = lines.stream().filter(l -> l.preScore() != null && l.postScore() != null).toList();
			// averages over fewer than 5 people could reveal a person's score: not shown
			scores.put(activity.id(), scored.size() < 5 ? new Double[2] : new Double[] {
					(double) Math
						.round(scored.stream().mapToInt(Activities.AttendanceLine::preScore).average().orElse(0)),
					(double) Math
						.round(scored.stream().mapToInt(Activities.AttendanceLine::postScore).average().orElse(0)) });
		}
		model.addAttribute("activities", held);
		model.addAttribute("attended", attended);
		model.addAttribute("scores", scores);
		Map<Organisation, Map<String, List<Assessments.Comparison>>> rounds = new LinkedHashMap<>();
		for (long organisation : assessments.organisations(programme.id())) {
			Map<String, List<Assessments.Comparison>> byTool = new LinkedHashMap<>();
			for (String tool : List.of("oca", "opi")) {
				List<Assessments.Comparison> rows = assessments.compare(programme.id(), organisation, tool);
				if (rows.stream().anyMatch(r -> r.baseline() != null || r.followUp() != null)) {
					byTool.put(tool, rows);
				}
			}
			rounds.put(accounts.organisation(organisation).orElseThrow(), byTool);
		}
		model.addAttribute("rounds", rounds);
		Map<Long, List<Assessments.Action>> actions = new LinkedHashMap<>();
		rounds.keySet().forEach(o -> actions.put(o.id(), assessments.actions(programme.id(), o.id())));
		model.addAttribute("actions", actions);
		Map<Long, Participant> storyPeople = new LinkedHashMap<>();
		List<Stories.Story> published = stories.of(programme.id(), true);
		published.forEach(s -> storyPeople.put(s.id(), programmes.participant(s.participantId()).orElseThrow()));
		// topics and stories in the reader's language where officers wrote them in it
		ProgrammeTexts.Localized localized = texts.in(programme, held, published, locale.getLanguage());
		model.addAttribute("activities", localized.activities());
		model.addAttribute("stories", localized.stories());
		model.addAttribute("texts", localized.shown());
		model.addAttribute("storyPeople", storyPeople);
		model.addAttribute("officer", access.isOfficer(user, programme));
		return "capacity/show";
	}

	@GetMapping("/capacity/{code}/impact/{measure}")
	String records(@PathVariable String code, @PathVariable String measure, @AuthenticationPrincipal SawaUser user,
			Locale locale, Model model) {
		Programme programme = access.programme(code);
		if (!Impact.MEASURES.contains(measure)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Impact.Records records = impact.records(programme, measure);
		boolean officer = access.isOfficer(user, programme);
		model.addAttribute("programme", programme);
		model.addAttribute("measure", measure);
		model.addAttribute("records", records);
		model.addAttribute("officer", officer);
		model.addAttribute("communes",
				records.communeIds().stream().map(id -> territories.byId(id).orElseThrow()).toList());
		Map<Long, Long> perCommune = new LinkedHashMap<>();
		for (Participant participant : programmes.participants(programme.id())) {
			if (participant.communeId() != null) {
				perCommune.merge(participant.communeId(), 1L, Long::sum);
			}
		}
		model.addAttribute("perCommune", perCommune);
		Map<Long, Territory> communeOf = new LinkedHashMap<>();
		records.participants().forEach(p -> {
			if (p.communeId() != null) {
				communeOf.put(p.id(), territories.byId(p.communeId()).orElseThrow());
			}
		});
		model.addAttribute("communeOf", communeOf);
		model.addAttribute("organisations",
				records.organisationIds().stream().map(id -> accounts.organisation(id).orElseThrow()).toList());
		Map<String, String> councilNames = new LinkedHashMap<>();
		records.spoken()
			.forEach(s -> councilNames.computeIfAbsent(s.councilCode(),
					c -> territories.byCode(c).map(t -> t.name(locale)).orElse(c)));
		model.addAttribute("councilNames", councilNames);
		return "capacity/records";
	}

}
