package org.sawa.capacity.web;

import static org.sawa.web.FormValues.integer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.capacity.Activities;
import org.sawa.capacity.Activity;
import org.sawa.capacity.Participant;
import org.sawa.capacity.Programme;
import org.sawa.capacity.Programmes;
import org.sawa.capacity.internal.CapacityAccess;
import org.sawa.refusal.Refusals;
import org.sawa.web.FormPage;
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
 * An activity's attendance sheet, for the programme's officers: who attended, with the
 * knowledge scores before and after, saved whole (every unreadable score shown at its
 * line, nothing saved).
 */
@Controller
class AttendanceController {

	private final Programmes programmes;

	private final Activities activities;

	private final CapacityAccess access;

	AttendanceController(Programmes programmes, Activities activities, CapacityAccess access) {
		this.activities = activities;
		this.programmes = programmes;
		this.access = access;
	}

	@GetMapping("/capacity/{code}/activities/{id}")
	String sheet(@PathVariable String code, @PathVariable long id, @AuthenticationPrincipal SawaUser user,
			Model model) {
		Programme programme = access.officerOf(code, user);
		Activity activity = activityOf(programme, id);
		if (!model.containsAttribute("form")) {
			Map<String, String> form = new LinkedHashMap<>();
			for (Activities.AttendanceLine line : activities.attendance(activity.id())) {
				String p = "p." + line.participantId() + ".";
				if (line.attended()) {
					form.put(p + "attended", "true");
				}
				form.put(p + "pre", line.preScore() == null ? "" : line.preScore().toString());
				form.put(p + "post", line.postScore() == null ? "" : line.postScore().toString());
			}
			model.addAttribute("form", form);
			model.addAttribute("errors", Map.of());
		}
		model.addAttribute("programme", programme);
		model.addAttribute("activity", activity);
		model.addAttribute("participants", programmes.participants(programme.id()));
		return "capacity/attendance";
	}

	@PostMapping("/capacity/{code}/activities/{id}")
	@FormPage("/capacity/{code}/activities/{id}")
	String saveSheet(@PathVariable String code, @PathVariable long id, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Programme programme = access.officerOf(code, user);
		Activity activity = activityOf(programme, id);
		List<Activities.AttendanceLine> lines = new ArrayList<>();
		Refusals unreadable = new Refusals();
		for (Participant participant : programmes.participants(programme.id())) {
			String p = "p." + participant.id() + ".";
			Integer pre = score(form.get(p + "pre"), p + "pre", unreadable);
			Integer post = score(form.get(p + "post"), p + "post", unreadable);
			boolean attended = form.containsKey(p + "attended");
			if (attended || pre != null || post != null) {
				lines.add(new Activities.AttendanceLine(participant.id(), attended, pre, post));
			}
		}
		unreadable.throwIfAny();
		activities.recordAttendance(activity.id(), lines, user.id());
		return "redirect:/capacity/" + code + "/activities/" + id + "?saved";
	}

	private static Integer score(String text, String field, Refusals refusals) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Integer value = integer(text);
		if (value == null) {
			refusals.add(field, "capacity.error.score");
		}
		return value;
	}

	private Activity activityOf(Programme programme, long id) {
		return activities.activity(id)
			.filter(a -> a.programmeId() == programme.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
