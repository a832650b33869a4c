package org.sawa.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.sawa.account.Accounts;
import org.sawa.account.OpenSessions;
import org.sawa.account.Organisations;
import org.sawa.account.Permissions;
import org.sawa.account.Person;
import org.sawa.account.ProfileForm;
import org.sawa.account.SawaUser;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/** A person's own page: profile, data export and account deletion. */
@Controller
class ProfileController {

	private final Accounts accounts;

	private final Permissions permissions;

	private final Territories territories;

	private final Organisations organisations;

	private final ObjectMapper json;

	private final OpenSessions sessions;

	ProfileController(Accounts accounts, Permissions permissions, Territories territories, Organisations organisations,
			ObjectMapper json, OpenSessions sessions) {
		this.sessions = sessions;
		this.json = json;
		this.accounts = accounts;
		this.permissions = permissions;
		this.territories = territories;
		this.organisations = organisations;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/me")
	String show(@AuthenticationPrincipal SawaUser user, Model model) {
		Person person = accounts.person(user.id()).orElseThrow();
		model.addAttribute("form", ProfileForm.of(person));
		return page(user, model);
	}

	@PostMapping("/me")
	String save(@AuthenticationPrincipal SawaUser user, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("residenceTerritoryId") && !accounts.isCommune(form.residenceTerritoryId())) {
			result.rejectValue("residenceTerritoryId", "validation.commune");
		}
		if (form.birthYear() != null && form.birthYear() > accounts.currentYear()) {
			result.rejectValue("birthYear", "validation.birthYear");
		}
		if (result.hasErrors()) {
			return page(user, model);
		}
		accounts.updateProfile(user.id(), form);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/me?lang=" + form.preferredLanguage();
	}

	/**
	 * Ends the person's other sessions (a lost phone, a shared computer); this one stays
	 * open.
	 */
	@PostMapping("/me/sessions/end")
	String endOtherSessions(@AuthenticationPrincipal SawaUser user, HttpServletRequest request,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("sessionsEnded", sessions.endAllBut(user.email(), request.getSession().getId()));
		return "redirect:/me";
	}

	private String page(SawaUser user, Model model) {
		model.addAttribute("openSessions", sessions.count(user.email()));
		model.addAttribute("communesByProvince", communesByProvince());
		model.addAttribute("grants", permissions.of(user.id()));
		model.addAttribute("organisations", organisations.ofPerson(user.id()));
		model.addAttribute("territories", territories);
		return "account/profile";
	}

	/** The communes by province, each list by name in the reader's language. */
	private List<Map.Entry<Territory, List<Territory>>> communesByProvince() {
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		return Territories.byName(territories.atLevel(Level.PROVINCE), locale)
			.stream()
			.map(p -> Map.entry(p, Territories.byName(territories.children(p.id()), locale)))
			.filter(e -> !e.getValue().isEmpty())
			.toList();
	}

	@GetMapping("/me/export")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal SawaUser user) {
		byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(accounts.export(user.id()));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sawa-my-data.json\"")
			.body(body);
	}

	@GetMapping("/me/delete")
	String deleteForm() {
		return "account/delete";
	}

	@PostMapping("/me/delete")
	String delete(@AuthenticationPrincipal SawaUser user, @RequestParam(defaultValue = "") String password,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!accounts.delete(user.id(), password)) {
			model.addAttribute("passwordError", "account.delete.wrongPassword");
			return "account/delete";
		}
		new SecurityContextLogoutHandler().logout(request, response, null);
		return "redirect:/?deleted";
	}

}
