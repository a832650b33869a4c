package org.sawa.inforequest.web;

import org.sawa.inforequest.InfoFiling;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The owner of a paper request's e-mail address confirms it from the link they were
 * mailed. Opening the link changes nothing (mail scanners open links): the page asks, and
 * the button confirms.
 */
@Controller
class InfoAddressController {

	private final InfoFiling filing;

	InfoAddressController(InfoFiling filing) {
		this.filing = filing;
	}

	@GetMapping("/information/confirm-address/{token}")
	String ask(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		return "inforequest/confirm-address";
	}

	@PostMapping("/information/confirm-address/{token}")
	String confirm(@PathVariable String token, Model model) {
		String reference = filing.confirmAddress(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "info.confirm.unknown"));
		model.addAttribute("reference", reference);
		return "inforequest/confirm-address";
	}

}
