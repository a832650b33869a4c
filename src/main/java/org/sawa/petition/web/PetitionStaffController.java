package org.sawa.petition.web;

import static org.sawa.web.FormValues.date;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.petition.Petition;
import org.sawa.petition.PetitionRefused;
import org.sawa.petition.PetitionSteps;
import org.sawa.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The council's staff record a petition's steps on its page: the deposit, then the
 * bureau's decision, the deliberation and the answer, each with its day and document. One
 * handler per step; a refusal shows the petition's page again with the reason at its
 * field.
 */
@Controller
class PetitionStaffController {

	private final PetitionSteps steps;

	private final PetitionPages pages;

	PetitionStaffController(PetitionSteps steps, PetitionPages pages) {
		this.steps = steps;
		this.pages = pages;
	}

	@PostMapping("/petitions/{reference}/deposit")
	@FormPage("/petitions/{reference}")
	String deposit(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form, HttpServletRequest request, Model model) {
		Petition petition = pages.visible(reference, user);
		steps.deposit(petition.id(), user.id(), date(form.get("receivedOn")));
		return pages.done(petition, user, request, model, "deposited");
	}

	@PostMapping("/petitions/{reference}/decide")
	@FormPage("/petitions/{reference}")
	String decide(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form, @RequestParam(required = false) MultipartFile document,
			HttpServletRequest request, Model model) {
		Petition petition = pages.visible(reference, user);
		String decision = form.getOrDefault("decision", "");
		if (!"admissible".equals(decision) && !"inadmissible".equals(decision)) {
			throw new PetitionRefused("decision", "validation.option");
		}
		steps.decide(petition.id(), user.id(), "admissible".equals(decision), on(form), form.getOrDefault("text", ""),
				document(document));
		return pages.done(petition, user, request, model, "stepRecorded");
	}

	@PostMapping("/petitions/{reference}/deliberate")
	@FormPage("/petitions/{reference}")
	String deliberate(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form, @RequestParam(required = false) MultipartFile document,
			HttpServletRequest request, Model model) {
		Petition petition = pages.visible(reference, user);
		steps.deliberate(petition.id(), user.id(), on(form), form.getOrDefault("text", ""), document(document));
		return pages.done(petition, user, request, model, "stepRecorded");
	}

	@PostMapping("/petitions/{reference}/answer")
	@FormPage("/petitions/{reference}")
	String answer(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form, @RequestParam(required = false) MultipartFile document,
			HttpServletRequest request, Model model) {
		Petition petition = pages.visible(reference, user);
		steps.answer(petition.id(), user.id(), on(form), form.getOrDefault("text", ""), document(document));
		return pages.done(petition, user, request, model, "stepRecorded");
	}

	private static LocalDate on(Map<String, String> form) {
		return date(form.get("on"));
	}

	private static PetitionSteps.Document document(MultipartFile document) {
		try {
			return document == null || document.isEmpty() ? null
					: new PetitionSteps.Document(document.getOriginalFilename(), document.getBytes());
		}
		catch (IOException ex) {
			throw new PetitionRefused("document", "petition.step.error.document");
		}
	}

}
