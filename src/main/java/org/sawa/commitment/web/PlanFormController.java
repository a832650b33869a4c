package org.sawa.commitment.web;

import static org.sawa.web.FormValues.date;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.sawa.account.Accounts;
import org.sawa.account.Organisation;
import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.sawa.account.SawaUser;
import org.sawa.commitment.ActionPlan;
import org.sawa.commitment.ActionPlans;
import org.sawa.audit.Corrections;
import org.sawa.commitment.Commitment;
import org.sawa.commitment.CommitmentCorrections;
import org.sawa.commitment.CommitmentRefused;
import org.sawa.commitment.Milestone;
import org.sawa.refusal.Refusals;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.FormPage;
import org.sawa.web.FormValues;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff and programme officers create action plans for their territories and add
 * commitments to them from the browser: the OGP template's fields, lead and supporting
 * institutions, and up to eight milestones. Every problem is shown at its field and
 * nothing is written until all is right.
 */
@Controller
class PlanFormController {

	/** Milestone rows the form offers; rows left empty are ignored. */
	static final int MILESTONE_ROWS = 8;

	private final ActionPlans plans;

	private final Territories territories;

	private final Accounts accounts;

	private final Permissions permissions;

	private final CommitmentCorrections corrections;

	private final Corrections versions;

	PlanFormController(ActionPlans plans, Territories territories, Accounts accounts, Permissions permissions,
			CommitmentCorrections corrections, Corrections versions) {
		this.corrections = corrections;
		this.versions = versions;
		this.plans = plans;
		this.territories = territories;
		this.accounts = accounts;
		this.permissions = permissions;
	}

	private Predicate<Territory> scope(SawaUser user) {
		return permissions.scopeOfAny(user.id(), Role.STAFF, Role.PROGRAMME_OFFICER);
	}

	@GetMapping("/commitments/plans/new")
	String newPlan(@AuthenticationPrincipal SawaUser user, Model model) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("language", "fr");
		form.put("status", "in_preparation");
		return planForm(user, form, Map.of(), model);
	}

	private String planForm(SawaUser user, Map<String, String> form, Map<String, String> errors, Model model) {
		Predicate<Territory> scope = scope(user);
		List<Territory> places = new ArrayList<>();
		for (Level level : List.of(Level.REGION, Level.PROVINCE, Level.COMMUNE)) {
			territories.atLevel(level).stream().filter(scope).forEach(places::add);
		}
		if (places.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute("places", places);
		model.addAttribute("statuses", ActionPlans.PLAN_STATUSES);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
			model.addAttribute("errors", errors);
		}
		return "commitment/plan-new";
	}

	@PostMapping("/commitments/plans/new")
	@FormPage("/commitments/plans/new")
	String createPlan(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		Territory territory = territories.byCode(form.getOrDefault("territory", "")).orElse(null);
		if (territory != null && !scope(user).test(territory)) {
			throw new CommitmentRefused("territory", "commitment.error.territory");
		}
		plans.createPlan(form.get("code"), form.get("territory"), form.get("title"), form.get("language"),
				date(form.get("startsOn")), date(form.get("endsOn")), form.get("status"), form.get("sourceUrl"),
				user.id());
		String code = form.get("code").trim().toUpperCase(Locale.ROOT);
		return "redirect:/commitments/plans/" + code + "/commitments/new?planCreated";
	}

	private static final String CORRECT = "/commitments/{code}/correct";

	/** The commitment as recorded, for its plan's staff to correct. */
	@GetMapping(CORRECT)
	String correctForm(@PathVariable String code, @AuthenticationPrincipal SawaUser user, Model model) {
		Commitment commitment = plans.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ActionPlan plan = ownPlan(plans.plan(commitment.planId()).orElseThrow().code(), user);
		if (!model.containsAttribute("form")) {
			Map<String, String> form = new LinkedHashMap<>(CommitmentCorrections.texts(commitment));
			form.put("startsOn", commitment.startsOn().toString());
			form.put("endsOn", commitment.endsOn().toString());
			for (Milestone m : commitment.milestones()) {
				form.put("m." + m.position() + ".description", m.description());
				form.put("m." + m.position() + ".startsOn", m.startsOn().toString());
				form.put("m." + m.position() + ".endsOn", m.endsOn().toString());
			}
			model.addAttribute("form", form);
			model.addAttribute("errors", Map.of());
		}
		model.addAttribute("plan", plan);
		model.addAttribute("commitment", commitment);
		model.addAttribute("versions", versions.of(CommitmentCorrections.subject(commitment)));
		return "commitment/commitment-correct";
	}

	@PostMapping(CORRECT)
	@FormPage(CORRECT)
	String correct(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Commitment commitment = plans.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ownPlan(plans.plan(commitment.planId()).orElseThrow().code(), user);
		Map<String, String> texts = new LinkedHashMap<>();
		CommitmentCorrections.texts(commitment).keySet().forEach(f -> texts.put(f, form.getOrDefault(f, "")));
		List<CommitmentCorrections.MilestoneLine> lines = new ArrayList<>();
		for (Milestone m : commitment.milestones()) {
			String prefix = "m." + m.position() + ".";
			lines.add(new CommitmentCorrections.MilestoneLine(m.position(), form.get(prefix + "description"),
					date(form.get(prefix + "startsOn")), date(form.get(prefix + "endsOn"))));
		}
		corrections.correct(commitment.id(), new CommitmentCorrections.Correction(texts, date(form.get("startsOn")),
				date(form.get("endsOn")), lines, form.get("reason")), user.id());
		return "redirect:/commitments/" + code + "?corrected";
	}

	private static final String CORRECT_PLAN = "/commitments/plans/{code}/correct";

	@GetMapping(CORRECT_PLAN)
	String correctPlanForm(@PathVariable String code, @AuthenticationPrincipal SawaUser user, Model model) {
		ActionPlan plan = ownPlan(code, user);
		if (!model.containsAttribute("form")) {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("title", plan.title());
			form.put("language", plan.language());
			form.put("startsOn", plan.startsOn().toString());
			form.put("endsOn", plan.endsOn().toString());
			form.put("status", plan.status());
			form.put("sourceUrl", plan.sourceUrl() == null ? "" : plan.sourceUrl());
			model.addAttribute("form", form);
			model.addAttribute("errors", Map.of());
		}
		model.addAttribute("plan", plan);
		model.addAttribute("statuses", ActionPlans.PLAN_STATUSES);
		model.addAttribute("versions", versions.of(CommitmentCorrections.subject(plan)));
		return "commitment/plan-correct";
	}

	@PostMapping(CORRECT_PLAN)
	@FormPage(CORRECT_PLAN)
	String correctPlan(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		ActionPlan plan = ownPlan(code, user);
		corrections.correctPlan(plan.id(),
				new ActionPlans.PlanFields(form.get("title"), form.get("language"), date(form.get("startsOn")),
						date(form.get("endsOn")), form.get("status"), form.get("sourceUrl")),
				form.get("reason"), user.id());
		return "redirect:/commitments?territory=" + territories.byId(plan.territoryId()).orElseThrow().code();
	}

	private ActionPlan ownPlan(String code, SawaUser user) {
		ActionPlan plan = plans.planByCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!territories.byId(plan.territoryId()).map(scope(user)::test).orElse(false)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return plan;
	}

	@GetMapping("/commitments/plans/{code}/commitments/new")
	String newCommitment(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam(name = "ogpValues", required = false) List<String> chosen, Model model) {
		ActionPlan plan = ownPlan(code, user);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("startsOn", plan.startsOn().toString());
		form.put("endsOn", plan.endsOn().toString());
		// the values ticked, when a refused form is shown again
		return commitmentForm(plan, form, chosen == null ? List.of() : chosen, Map.of(), model);
	}

	private String commitmentForm(ActionPlan plan, Map<String, String> form, List<String> values,
			Map<String, String> errors, Model model) {
		Map<Long, String> institutions = new LinkedHashMap<>();
		for (String kind : List.of("council", "administration", "association")) {
			accounts.organisations(kind).forEach(o -> institutions.put(o.id(), o.name()));
		}
		List<Integer> rows = new ArrayList<>();
		for (int i = 1; i <= MILESTONE_ROWS; i++) {
			rows.add(i);
		}
		model.addAttribute("plan", plan);
		model.addAttribute("territory", territories.byId(plan.territoryId()).orElseThrow());
		model.addAttribute("institutions", institutions);
		model.addAttribute("ogpValues", ActionPlans.OGP_VALUES);
		model.addAttribute("chosenValues", values);
		model.addAttribute("rows", rows);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
			model.addAttribute("errors", errors);
		}
		return "commitment/commitment-new";
	}

	@PostMapping("/commitments/plans/{code}/commitments/new")
	@FormPage("/commitments/plans/{code}/commitments/new")
	String addCommitment(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam MultiValueMap<String, String> sent) {
		ActionPlan plan = ownPlan(code, user);
		Map<String, String> form = sent.toSingleValueMap();
		List<String> values = sent.getOrDefault("ogpValues", List.of());
		Refusals refusals = new Refusals();
		Map<Long, String> institutions = new LinkedHashMap<>();
		institution(form.get("lead"), "lead", institutions, refusals);
		institution(form.get("supporting"), "supporting", institutions, refusals);
		// milestone rows up to the last one filled in; a row left empty before it is
		// reported
		int last = 0;
		for (int i = 1; i <= MILESTONE_ROWS; i++) {
			if (!blank(form, i)) {
				last = i;
			}
		}
		List<ActionPlans.NewMilestone> milestones = new ArrayList<>();
		for (int i = 1; i <= last; i++) {
			milestones.add(new ActionPlans.NewMilestone(form.getOrDefault("m." + i + ".description", ""),
					date(form.get("m." + i + ".startsOn")), date(form.get("m." + i + ".endsOn")), "not_started", null));
		}
		refusals.throwIfAny();
		plans.addCommitment(plan.id(),
				new ActionPlans.NewCommitment(form.get("code"), form.get("title"), form.get("problem"),
						form.get("statusQuo"), form.get("action"), form.get("contribution"), form.get("longTermGoal"),
						form.get("policyArea"), form.get("sector"), values, form.get("otherInstitutions"),
						date(form.get("startsOn")), date(form.get("endsOn")), institutions, milestones),
				user.id());
		// what staff write for the public reads in Arabic and French: the form asks for
		// the
		// other one next
		String other = Refusals.REQUIRED_LANGUAGES.stream()
			.filter(l -> !l.equals(plan.language()))
			.findFirst()
			.orElseThrow();
		return "redirect:/commitments/" + form.get("code").trim().toUpperCase(Locale.ROOT) + "/texts?language=" + other
				+ "&created";
	}

	/** The organisation chosen for a role (the form's field is named after the role). */
	private void institution(String id, String role, Map<Long, String> institutions, Refusals refusals) {
		Long organisation = FormValues.id(id);
		if (id == null || id.isBlank()) {
			return;
		}
		if (organisation == null || accounts.organisation(organisation).map(Organisation::id).isEmpty()) {
			refusals.add(role, "validation.option");
		}
		else if (!institutions.containsKey(organisation)) {
			institutions.put(organisation, role);
		}
	}

	private static boolean blank(Map<String, String> form, int row) {
		return List.of("description", "startsOn", "endsOn")
			.stream()
			.allMatch(f -> form.getOrDefault("m." + row + "." + f, "").isBlank());
	}

}
