package org.sawa.account.web;

import java.util.Optional;
import org.sawa.account.Accounts;
import org.sawa.account.People;
import org.sawa.account.Permissions;
import org.sawa.account.Person;
import org.sawa.account.Role;
import org.sawa.account.RoleGrants;
import org.sawa.account.SawaUser;
import org.sawa.audit.AuditLog;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins grant and revoke roles on territories; every change is audited. */
@Controller
class RoleAdminController {

	private final RoleGrants grants;

	private final People people;

	private final Territories territories;

	private final Permissions permissions;

	private final AuditLog audit;

	private final Accounts accounts;

	RoleAdminController(RoleGrants grants, People people, Territories territories, Permissions permissions,
			AuditLog audit, Accounts accounts) {
		this.accounts = accounts;
		this.grants = grants;
		this.people = people;
		this.territories = territories;
		this.permissions = permissions;
		this.audit = audit;
	}

	@GetMapping("/admin/roles")
	String index(Model model) {
		model.addAttribute("grants", grants.active());
		model.addAttribute("roles", Role.values());
		model.addAttribute("territories", territories);
		return "admin/roles";
	}

	@PostMapping("/admin/roles")
	@Transactional
	public String grant(@AuthenticationPrincipal SawaUser admin, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String territoryCode,
			RedirectAttributes redirect) {
		Optional<Person> person = people.byEmail(email);
		Optional<Territory> territory = territories.byCode(territoryCode.trim());
		Role parsed;
		try {
			parsed = Role.fromCode(role);
		}
		catch (IllegalArgumentException ex) {
			parsed = null;
		}
		if (person.isEmpty()) {
			return fail(redirect, "email", "admin.roles.error.person");
		}
		if (parsed == null) {
			return fail(redirect, "role", "validation.option");
		}
		if (territory.isEmpty()) {
			return fail(redirect, "territoryCode", "admin.roles.error.territory");
		}
		if (!permissions.has(admin.id(), Role.ADMIN, territory.get().id())) {
			return fail(redirect, "territoryCode", "admin.roles.error.scope");
		}
		Optional<Long> id = grants.grant(person.get().id(), parsed, territory.get().id(), admin.id());
		if (id.isEmpty()) {
			return fail(redirect, "role", "admin.roles.error.exists");
		}
		audit.append("person:" + admin.id(), "role.granted", "person:" + person.get().id(),
				parsed.code() + "@" + territory.get().code());
		redirect.addFlashAttribute("granted", true);
		return "redirect:/admin/roles";
	}

	@PostMapping("/admin/roles/{id}/revoke")
	public String revoke(@AuthenticationPrincipal SawaUser admin, @PathVariable long id, RedirectAttributes redirect) {
		if (accounts.revokeRole(id, admin.id()).isEmpty()) {
			return fail(redirect, "grant", "admin.roles.error.scope");
		}
		redirect.addFlashAttribute("revoked", true);
		return "redirect:/admin/roles";
	}

	private static String fail(RedirectAttributes redirect, String field, String key) {
		redirect.addFlashAttribute("errorField", field);
		redirect.addFlashAttribute("errorKey", key);
		return "redirect:/admin/roles";
	}

}
