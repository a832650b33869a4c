package org.sawa.capacity.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.audit.Corrections;
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
 * A programme's officers correct a participant's record from the browser, with a reason;
 * the form lists the record's earlier versions.
 */
@Controller
class ParticipantCorrectionController {

	private static final String PAGE = "/capacity/{code}/participants/{id}/correct";

	private final Programmes programmes;

	private final ParticipantCorrections corrections;

	private final Corrections versions;

	private final Territories territories;

	private final CapacityAccess access;

	ParticipantCorrectionController(Programmes programmes, ParticipantCorrections corrections, Corrections versions,
			Territories territories, CapacityAccess access) {
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
		Map<String, String> communes = new LinkedHashMap<>();
		for (long place : programme.territoryIds()) {
			Territory territory = territories.byId(place).orElseThrow();
			(territory.level() == Level.COMMUNE ? java.util.List.of(territory)
					: territories.within(territory.id(), Level.COMMUNE))
				.forEach(c -> communes.put(c.code(), c.name(locale)));
		}
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

	private Participant participantOf(Programme programme, long id) {
		return programmes.participant(id)
			.filter(p -> p.programmeId() == programme.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
