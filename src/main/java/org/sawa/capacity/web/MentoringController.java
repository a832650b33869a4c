package org.sawa.capacity.web;

import static org.sawa.web.FormValues.date;
import static org.sawa.web.FormValues.integer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sawa.account.Accounts;
import org.sawa.account.SawaUser;
import org.sawa.capacity.Activities;
import org.sawa.capacity.Mentoring;
import org.sawa.capacity.Plan;
import org.sawa.capacity.Programme;
import org.sawa.capacity.Programmes;
import org.sawa.capacity.internal.CapacityAccess;
import org.sawa.web.FormPage;
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
 * A participant's development plan, for its coach and the programme's officers: the plan
 * with its coaching sessions (private notes only for them), a coaching session and the
 * priorities' progress recorded; and the plans a coach follows across programmes.
 */
@Controller
class MentoringController {

	private final Programmes programmes;

	private final Mentoring mentoring;

	private final Accounts accounts;

	private final CapacityAccess access;

	MentoringController(Programmes programmes, Mentoring mentoring, Accounts accounts, CapacityAccess access) {
		this.programmes = programmes;
		this.mentoring = mentoring;
		this.accounts = accounts;
		this.access = access;
	}

	@GetMapping("/capacity/{code}/plans/{participantId}")
	String plan(@PathVariable String code, @PathVariable long participantId, @AuthenticationPrincipal SawaUser user,
			Model model) {
		return plan(code, participantId, user, Map.of(), Map.of(), model);
	}

	private String plan(String code, long participantId, SawaUser user, Map<String, String> form,
			Map<String, String> errors, Model model) {
		Plan plan = followed(code, participantId, user);
		model.addAttribute("programme", access.programme(code));
		model.addAttribute("participant", programmes.participant(participantId).orElseThrow());
		model.addAttribute("plan", plan);
		model.addAttribute("sessions", mentoring.sessions(plan.id(), user.id()));
		model.addAttribute("coach", accounts.contact(plan.coachId()).map(c -> c.displayName()).orElse(""));
		model.addAttribute("modes", Activities.MODES);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
			model.addAttribute("errors", errors);
		}
		return "capacity/plan";
	}

	// The coach's (or an officer's) forms on a development plan.

	private static final String PLAN_PAGE = "/capacity/{code}/plans/{participantId}";

	/**
	 * The plan of a participant of the programme, for its coach or the programme's
	 * officers.
	 */
	private Plan followed(String code, long participantId, SawaUser user) {
		Programme programme = access.programme(code);
		programmes.participant(participantId)
			.filter(p -> p.programmeId() == programme.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Plan plan = mentoring.plan(participantId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!access.isOfficer(user, programme) && plan.coachId() != user.id()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return plan;
	}

	@PostMapping("/capacity/{code}/plans/{participantId}/coaching")
	@FormPage(PLAN_PAGE)
	String coach(@PathVariable String code, @PathVariable long participantId, @AuthenticationPrincipal SawaUser user,
			@RequestParam MultiValueMap<String, String> values) {
		Plan plan = followed(code, participantId, user);
		Map<String, String> form = values.toSingleValueMap();
		mentoring.coach(plan.id(), date(form.get("heldOn")), form.get("mode"), integer(form.get("minutes")),
				values.getOrDefault("topics", List.of()), form.get("notes"), user.id());
		return "redirect:/capacity/" + code + "/plans/" + participantId + "?done=coaching";
	}

	@PostMapping("/capacity/{code}/plans/{participantId}/progress")
	@FormPage(PLAN_PAGE)
	String progress(@PathVariable String code, @PathVariable long participantId, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Plan plan = followed(code, participantId, user);
		for (Plan.Priority priority : plan.priorities()) {
			Integer level = integer(form.get("level." + priority.priority()));
			if (level == null || level != priority.current()) {
				mentoring.progress(plan.id(), priority.priority(), level, user.id());
			}
		}
		return "redirect:/capacity/" + code + "/plans/" + participantId + "?done=progress";
	}

	/** The plans a coach follows, across programmes. */
	@GetMapping("/capacity/coaching")
	String mine(@AuthenticationPrincipal SawaUser user, Model model) {
		List<Object[]> rows = new ArrayList<>();
		for (Programme programme : programmes.all()) {
			for (var entry : mentoring.plans(programme.id()).entrySet()) {
				if (entry.getValue().coachId() == user.id()) {
					rows.add(new Object[] { programme, programmes.participant(entry.getKey()).orElseThrow() });
				}
			}
		}
		model.addAttribute("rows", rows);
		return "capacity/coaching";
	}

}
