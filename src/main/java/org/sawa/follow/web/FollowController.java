package org.sawa.follow.web;

import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.follow.Follows;
import org.sawa.input.Links;
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
 * Following from a page's button, the person's list of what she follows with how often
 * she is told, and a mail's signed links that stop one subscription or all of them (one
 * press, without signing in).
 */
@Controller
class FollowController {

	private static final String MINE = "/me/follows";

	private final Follows follows;

	FollowController(Follows follows) {
		this.follows = follows;
	}

	@PostMapping("/follow")
	String follow(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		try {
			follows.follow(user.id(), form.get("kind"), form.get("subject"), form.get("label"));
		}
		catch (org.sawa.follow.FollowRefused unknown) {
			// only a forged form names what no page offers to follow
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return "redirect:" + back(form) + (back(form).contains("?") ? "&" : "?") + "followed";
	}

	@PostMapping("/unfollow")
	String unfollow(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		follows.unfollow(user.id(), form.getOrDefault("kind", ""), form.getOrDefault("subject", ""));
		return "redirect:" + back(form) + (back(form).contains("?") ? "&" : "?") + "unfollowed";
	}

	/** Where the button was: a path of Sawa only (never another site). */
	private static String back(Map<String, String> form) {
		String back = form.getOrDefault("back", "");
		return Links.isSawaPath(back) ? back : MINE;
	}

	@GetMapping(MINE)
	String mine(@AuthenticationPrincipal SawaUser user, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of("frequency", follows.frequency(user.id())));
			model.addAttribute("errors", Map.of());
		}
		model.addAttribute("subscriptions", follows.of(user.id()));
		model.addAttribute("frequencies", Follows.FREQUENCIES);
		return "follow/mine";
	}

	@PostMapping(MINE)
	@FormPage(MINE)
	String frequency(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		follows.setFrequency(user.id(), form.get("frequency"));
		return "redirect:" + MINE + "?saved";
	}

	@GetMapping("/follow/stop/{id}/{token}")
	String stopPage(@PathVariable long id, @PathVariable String token, Model model) {
		if (!follows.signed("one", id, token)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("subscription", follows.subscription(id).orElse(null));
		model.addAttribute("action", "/follow/stop/" + id + "/" + token);
		return "follow/stop";
	}

	@PostMapping("/follow/stop/{id}/{token}")
	String stop(@PathVariable long id, @PathVariable String token, Model model) {
		if (!follows.stop(id, token)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("stopped", true);
		return "follow/stop";
	}

	@GetMapping("/follow/stop-all/{person}/{token}")
	String stopAllPage(@PathVariable long person, @PathVariable String token, Model model) {
		if (!follows.signed("all", person, token)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("all", true);
		model.addAttribute("action", "/follow/stop-all/" + person + "/" + token);
		return "follow/stop";
	}

	@PostMapping("/follow/stop-all/{person}/{token}")
	String stopAll(@PathVariable long person, @PathVariable String token, Model model) {
		if (!follows.stopAll(person, token)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("all", true);
		model.addAttribute("stopped", true);
		return "follow/stop";
	}

}
