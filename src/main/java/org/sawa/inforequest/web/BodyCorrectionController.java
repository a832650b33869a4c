package org.sawa.inforequest.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.audit.Corrections;
import org.sawa.inforequest.BodyCorrections;
import org.sawa.inforequest.InfoBodies;
import org.sawa.inforequest.InfoBody;
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
 * An administrator of the body's territory or one of its information officers corrects
 * the body's names and contact details; the body's page then says when and what changed.
 */
@Controller
class BodyCorrectionController {

	private static final String PAGE = "/information/bodies/{code}/correct";

	private final InfoBodies bodies;

	private final BodyCorrections corrections;

	private final Corrections versions;

	BodyCorrectionController(InfoBodies bodies, BodyCorrections corrections, Corrections versions) {
		this.bodies = bodies;
		this.corrections = corrections;
		this.versions = versions;
	}

	@GetMapping(PAGE)
	String form(@PathVariable String code, @AuthenticationPrincipal SawaUser user, Model model) {
		InfoBody body = allowed(code, user);
		if (!model.containsAttribute("form")) {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("name_ar", body.nameAr());
			form.put("name_fr", body.nameFr());
			form.put("name_en", body.nameEn());
			form.put("name_zgh", body.nameZgh());
			form.put("email", body.email());
			form.put("phone", body.phone());
			form.put("address", body.address());
			model.addAttribute("form", form);
			model.addAttribute("errors", Map.of());
		}
		model.addAttribute("body", body);
		model.addAttribute("versions", versions.of(BodyCorrections.subject(body)));
		return "inforequest/body-correct";
	}

	@PostMapping(PAGE)
	@FormPage(PAGE)
	String correct(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		InfoBody body = allowed(code, user);
		Map<String, String> names = new LinkedHashMap<>();
		for (String language : List.of("ar", "fr", "en", "zgh")) {
			names.put(language, form.getOrDefault("name_" + language, ""));
		}
		corrections.correct(body.id(), new BodyCorrections.Correction(names, form.get("email"), form.get("phone"),
				form.get("address"), form.get("reason")), user.id());
		return "redirect:/information/bodies/" + code + "?corrected";
	}

	private InfoBody allowed(String code, SawaUser user) {
		InfoBody body = bodies.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!bodies.mayAnswerFor(user.id(), body)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return body;
	}

}
