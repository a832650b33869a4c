package org.sawa.consultation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.account.Accounts;
import org.sawa.account.SawaUser;
import org.sawa.consultation.Moderation;
import org.sawa.web.FormPage;
import org.sawa.web.StaffMenu;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reporting a contribution (a form of its own, reachable without JavaScript from each
 * proposal and comment), and the moderators' queue of the consultations of their
 * territories, with a decision form per contribution.
 */
@Controller
class ModerationController implements StaffMenu {

	private static final String REPORT = "/consultations/report/{subject}/{id}";

	private static final String QUEUE = "/moderation";

	private final Moderation moderation;

	private final Accounts accounts;

	private final org.sawa.territory.Territories territories;

	ModerationController(Moderation moderation, Accounts accounts, org.sawa.territory.Territories territories) {
		this.moderation = moderation;
		this.accounts = accounts;
		this.territories = territories;
	}

	@Override
	public List<Link> links(Authentication signedIn) {
		if (signedIn.getPrincipal() instanceof SawaUser user && moderation.moderatorAnywhere(user.id())) {
			return List.of(new Link("consultation.moderation.menu", QUEUE));
		}
		return List.of();
	}

	@GetMapping(REPORT)
	String reportForm(@PathVariable String subject, @PathVariable long id, Model model) {
		model.addAttribute("target",
				moderation.reported(subject, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
			model.addAttribute("errors", Map.of());
		}
		model.addAttribute("reasons", Moderation.REASONS);
		return "consultation/report";
	}

	@PostMapping(REPORT)
	@FormPage(REPORT)
	String report(@PathVariable String subject, @PathVariable long id, @AuthenticationPrincipal SawaUser user,
			@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String details) {
		Moderation.Reported target = moderation.reported(subject, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		moderation.report(subject, id, reason, details, user.id());
		return "redirect:/consultations/" + target.process().code() + "/proposals/" + target.number() + "?reported";
	}

	@GetMapping(QUEUE)
	String queue(@AuthenticationPrincipal SawaUser user, java.util.Locale locale, Model model) {
		if (!moderation.moderatorAnywhere(user.id())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
			model.addAttribute("errors", Map.of());
		}
		List<Moderation.Reported> queue = moderation.queue(user.id());
		Map<Long, String> authors = new LinkedHashMap<>();
		queue.forEach(r -> authors.computeIfAbsent(r.authorId(),
				a -> accounts.contact(a).map(Accounts.Contact::displayName).orElse("—")));
		List<Moderation.Block> blocks = moderation.blocks(user.id());
		blocks.forEach(b -> authors.computeIfAbsent(b.personId(),
				a -> accounts.contact(a).map(Accounts.Contact::displayName).orElse("—")));
		Map<Long, String> places = new LinkedHashMap<>();
		blocks.forEach(b -> places.computeIfAbsent(b.territoryId(),
				t -> territories.byId(t).map(p -> p.name(locale)).orElse("")));
		model.addAttribute("blocks", blocks);
		model.addAttribute("places", places);
		model.addAttribute("queue", queue);
		model.addAttribute("authors", authors);
		model.addAttribute("decisions", Moderation.DECISIONS);
		return "consultation/moderation";
	}

	@PostMapping(QUEUE + "/blocks/{person}/{territory}")
	@FormPage(QUEUE)
	String lift(@PathVariable long person, @PathVariable long territory, @AuthenticationPrincipal SawaUser user,
			@RequestParam(defaultValue = "") String reason) {
		moderation.lift(person, territory, reason, user.id());
		return "redirect:/moderation?lifted";
	}

	@PostMapping(QUEUE + "/{subject}/{id}")
	@FormPage(QUEUE)
	String decide(@PathVariable String subject, @PathVariable long id, @AuthenticationPrincipal SawaUser user,
			@RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "") String reason) {
		moderation.decide(subject, id, decision, reason, user.id());
		return "redirect:/moderation?decided=" + decision;
	}

}
