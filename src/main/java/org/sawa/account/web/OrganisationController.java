package org.sawa.account.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.hibernate.validator.constraints.CodePointLength;
import org.sawa.account.Organisation;
import org.sawa.account.Organisations;
import org.sawa.account.People;
import org.sawa.account.Permissions;
import org.sawa.account.Person;
import org.sawa.account.Role;
import org.sawa.account.SawaUser;
import org.sawa.audit.AuditLog;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organisations (associations, councils, administrations) and their members. */
@Controller
class OrganisationController {

	record OrganisationForm(
			@Pattern(regexp = "association|council|administration", message = "{validation.option}") String kind,
			@NotBlank(message = "{validation.required}") @CodePointLength(max = 200,
					message = "{validation.tooLong}") String name,
			@NotNull(message = "{validation.required}") Long territoryId,
			@jakarta.validation.constraints.PastOrPresent(
					message = "{validation.pastDate}") @org.springframework.format.annotation.DateTimeFormat(
							iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate foundedOn) {
	}

	private final Organisations organisations;

	private final People people;

	private final Territories territories;

	private final Permissions permissions;

	private final AuditLog audit;

	OrganisationController(Organisations organisations, People people, Territories territories, Permissions permissions,
			AuditLog audit) {
		this.organisations = organisations;
		this.people = people;
		this.territories = territories;
		this.permissions = permissions;
		this.audit = audit;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/organisations")
	String index(Model model) {
		model.addAttribute("organisations", organisations.all());
		model.addAttribute("territories", territories);
		return "account/organisations";
	}

	@GetMapping("/organisations/new")
	String newForm(Model model) {
		model.addAttribute("form", new OrganisationForm("association", "", null, null));
		return newPage(model);
	}

	private String newPage(Model model) {
		model.addAttribute("kinds", Organisation.KINDS);
		model.addAttribute("places",
				territories.atLevel(Level.REGION)
					.stream()
					.flatMap(r -> java.util.stream.Stream.concat(java.util.stream.Stream.of(r),
							territories.within(r.id(), Level.PROVINCE).stream()))
					.toList());
		model.addAttribute("communes", territories.atLevel(Level.COMMUNE));
		return "account/organisation-new";
	}

	@PostMapping("/organisations/new")
	@Transactional
	public String create(@AuthenticationPrincipal SawaUser user, @Valid @ModelAttribute("form") OrganisationForm form,
			BindingResult result, Model model) {
		if (form.territoryId() != null && territories.byId(form.territoryId()).isEmpty()) {
			result.rejectValue("territoryId", "validation.option");
		}
		if (result.hasErrors()) {
			return newPage(model);
		}
		long id = organisations.create(form.kind(), form.name().trim(), form.territoryId(), form.foundedOn());
		organisations.addMember(id, user.id(), "representative");
		audit.append("person:" + user.id(), "organisation.created", "organisation:" + id, form.kind());
		return "redirect:/organisations/" + id;
	}

	@GetMapping("/organisations/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SawaUser user, Model model) {
		Organisation organisation = organisations.byId(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("organisation", organisation);
		model.addAttribute("territory", territories.byId(organisation.territoryId()).orElse(null));
		model.addAttribute("members", organisations.members(id));
		model.addAttribute("canManage", user != null && canManage(organisation, user));
		return "account/organisation";
	}

	@PostMapping("/organisations/{id}/members")
	@Transactional
	public String addMember(@PathVariable long id, @AuthenticationPrincipal SawaUser user,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "member") String role,
			RedirectAttributes redirect) {
		Organisation organisation = organisations.byId(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (user == null || !canManage(organisation, user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		Optional<Person> person = people.byEmail(email);
		if (person.isEmpty() || !("member".equals(role) || "representative".equals(role))) {
			redirect.addFlashAttribute("memberError", "organisation.member.unknown");
			return "redirect:/organisations/" + id;
		}
		organisations.addMember(id, person.get().id(), role);
		audit.append("person:" + user.id(), "organisation.member.added", "organisation:" + id,
				"person:" + person.get().id() + " " + role);
		redirect.addFlashAttribute("memberAdded", true);
		return "redirect:/organisations/" + id;
	}

	private boolean canManage(Organisation organisation, SawaUser user) {
		return organisations.isRepresentative(organisation.id(), user.id())
				|| permissions.has(user.id(), Role.ADMIN, organisation.territoryId());
	}

}
