package org.sawa.commitment.web;

import static org.sawa.web.FormValues.date;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.sawa.account.Accounts;
import org.sawa.audit.Corrections;
import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.sawa.account.SawaUser;
import org.sawa.commitment.ActionPlan;
import org.sawa.commitment.ActionPlans;
import org.sawa.commitment.CommitmentCorrections;
import org.sawa.commitment.ResultsScales;
import org.sawa.commitment.Commitment;
import org.sawa.commitment.Milestone;
import org.sawa.commitment.Milestones;
import org.sawa.commitment.PlanTexts;
import org.sawa.commitment.Timeline;
import org.sawa.commitment.internal.PlanTransfer;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.FormPage;
import org.springframework.context.MessageSource;
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
 * The public tracker of action plans (filters by territory, milestone status and policy
 * area), each commitment's page with its milestones on a timeline and in a table, their
 * progress notes and evidence, and citizens' comments; staff of the plan's territory move
 * milestones and programme officers record the OGP assessment.
 */
@Controller
class CommitmentController {

	private final Clock clock;

	private final ActionPlans plans;

	private final Milestones milestones;

	private final Territories territories;

	private final Accounts accounts;

	private final Permissions permissions;

	private final MessageSource messages;

	private final PlanTransfer transfer;

	private final ResultsScales scales;

	private final Corrections versions;

	private final PlanTexts texts;

	CommitmentController(ActionPlans plans, Milestones milestones, Territories territories, Accounts accounts,
			Permissions permissions, MessageSource messages, PlanTransfer transfer, ResultsScales scales,
			Corrections versions, PlanTexts texts, Clock clock) {
		this.versions = versions;
		this.texts = texts;
		this.scales = scales;
		this.milestones = milestones;
		this.clock = clock;
		this.transfer = transfer;
		this.plans = plans;
		this.territories = territories;
		this.accounts = accounts;
		this.permissions = permissions;
		this.messages = messages;
	}

	@GetMapping("/commitments")
	String tracker(@RequestParam(required = false) String territory, @RequestParam(required = false) String status,
			@RequestParam(required = false) String area, @AuthenticationPrincipal SawaUser user, Locale locale,
			Model model) {
		LocalDate today = LocalDate.now(clock);
		java.util.Set<Long> manageable = new java.util.HashSet<>();
		// the user's grants are read once for the whole list
		java.util.function.Predicate<Territory> staffOf = user == null ? t -> false
				: permissions.scopeOfAny(user.id(), Role.STAFF, Role.PROGRAMME_OFFICER);
		Map<ActionPlan, List<Commitment>> shown = new LinkedHashMap<>();
		TreeSet<String> areas = new TreeSet<>();
		Map<String, Territory> places = new LinkedHashMap<>();
		for (ActionPlan plan : plans.plans()) {
			Territory place = territories.byId(plan.territoryId()).orElseThrow();
			places.put(place.code(), place);
			List<Commitment> commitments = plans.commitments(plan.id());
			commitments.forEach(c -> {
				if (!c.policyArea().isBlank()) {
					areas.add(c.policyArea());
				}
			});
			if (territory != null && !territory.isBlank() && !territory.equals(place.code())) {
				continue;
			}
			List<Commitment> kept = commitments.stream()
				.filter(c -> status == null || status.isBlank()
						|| c.milestones().stream().anyMatch(m -> m.status().is(status)))
				.filter(c -> area == null || area.isBlank() || c.policyArea().equals(area))
				.toList();
			shown.put(plan, kept);
			if (staffOf.test(place)) {
				manageable.add(plan.id());
			}
		}
		model.addAttribute("manageable", manageable);
		Map<Long, String> planSubjects = new LinkedHashMap<>();
		shown.keySet().forEach(p -> planSubjects.put(p.id(), CommitmentCorrections.subject(p)));
		model.addAttribute("planCorrected", versions.lastCorrected(planSubjects));
		model.addAttribute("shown", shown);
		Map<String, String> titles = new HashMap<>();
		model.addAttribute("texts", texts.titles(shown, locale.getLanguage(), titles));
		model.addAttribute("titles", titles);
		model.addAttribute("places", places);
		model.addAttribute("areas", areas);
		model.addAttribute("statuses", ActionPlans.MILESTONE_STATUSES);
		model.addAttribute("territory", territory == null ? "" : territory);
		model.addAttribute("status", status == null ? "" : status);
		model.addAttribute("area", area == null ? "" : area);
		model.addAttribute("today", today);
		return "commitment/tracker";
	}

	@GetMapping("/commitments/{code}")
	String commitment(@PathVariable String code, @AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		return page(code, user, Map.of(), Map.of(), locale, model);
	}

	private String page(String code, SawaUser user, Map<String, String> form, Map<String, String> errors, Locale locale,
			Model model) {
		Commitment commitment = plans.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ActionPlan plan = plans.plan(commitment.planId()).orElseThrow();
		LocalDate today = LocalDate.now(clock);
		Map<Long, List<Milestones.Update>> updates = new LinkedHashMap<>();
		commitment.milestones().forEach(m -> updates.put(m.id(), milestones.updates(m.id())));
		Map<String, String> institutions = new LinkedHashMap<>();
		plans.institutions(commitment.id())
			.forEach((organisation, role) -> institutions
				.put(accounts.organisation(organisation).map(o -> o.name()).orElse("?"), role));
		Map<Long, String> authors = new LinkedHashMap<>();
		List<ActionPlans.Comment> comments = plans.comments(commitment.id());
		comments.forEach(
				c -> authors.put(c.personId(), accounts.contact(c.personId()).map(a -> a.displayName()).orElse("—")));
		PlanTexts.Localized localized = texts.in(commitment, plan, locale.getLanguage());
		model.addAttribute("commitment", localized.commitment());
		model.addAttribute("plan", localized.plan());
		model.addAttribute("texts", localized.shown());
		model.addAttribute("territory", territories.byId(plan.territoryId()).orElseThrow());
		model.addAttribute("updates", updates);
		model.addAttribute("institutions", institutions);
		model.addAttribute("comments", comments);
		model.addAttribute("authors", authors);
		model.addAttribute("today", today);
		model.addAttribute("timeline", Timeline.of(plan, commitment.milestones(), LocalDate.now(clock)));
		boolean staff = user != null && mayMove(user.id(), plan);
		model.addAttribute("staff", staff);
		model.addAttribute("corrections", versions.of(CommitmentCorrections.subject(commitment)));
		// who answers for each milestone: staff see it (and are reminded of it), the
		// public does not
		Map<Long, String> owners = new LinkedHashMap<>();
		if (staff) {
			commitment.milestones()
				.stream()
				.filter(m -> m.ownerId() != null)
				.forEach(m -> accounts.contact(m.ownerId()).ifPresent(c -> owners.put(m.id(), c.email())));
		}
		model.addAttribute("owners", owners);
		model.addAttribute("signedIn", user != null);
		model.addAttribute("statuses", ActionPlans.MILESTONE_STATUSES);
		model.addAttribute("completions", ActionPlans.COMPLETION);
		model.addAttribute("scale", scales.forPlan(plan));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
			model.addAttribute("errors", errors);
		}
		return "commitment/show";
	}

	private boolean mayMove(long personId, ActionPlan plan) {
		return permissions.hasAny(personId, plan.territoryId(), Role.STAFF, Role.PROGRAMME_OFFICER);
	}

	/**
	 * A document given as evidence: public like the note it came with, always downloaded.
	 */
	@org.springframework.web.bind.annotation.GetMapping("/commitments/evidence/{fileId}")
	org.springframework.http.ResponseEntity<byte[]> evidence(@PathVariable long fileId) {
		org.sawa.storage.StoredFile file = milestones.evidenceFile(fileId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		byte[] content = milestones.evidenceContent(fileId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return org.sawa.web.Uploads.attachment(file.fileName(), file.contentType(), content);
	}

	/**
	 * A milestone the user may update: staff or programme officer of its plan's
	 * territory.
	 */
	private Milestone staffMilestone(String code, int position, SawaUser user) {
		Commitment commitment = plans.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!mayMove(user.id(), plans.plan(commitment.planId()).orElseThrow())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return commitment.milestones()
			.stream()
			.filter(m -> m.position() == position)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@PostMapping("/commitments/{code}/milestones/{position}")
	@FormPage(value = "/commitments/{code}", scope = "m{position}")
	String move(@PathVariable String code, @PathVariable int position, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form, @RequestParam(name = "documents",
					required = false) List<org.springframework.web.multipart.MultipartFile> documents) {
		Milestone milestone = staffMilestone(code, position, user);
		List<Milestones.Evidence> evidence = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			String label = form.getOrDefault("evidence." + i + ".label", "").trim();
			String url = form.getOrDefault("evidence." + i + ".url", "").trim();
			if (!label.isEmpty() || !url.isEmpty()) {
				evidence.add(new Milestones.Evidence(label, url));
			}
		}
		milestones.move(milestone.id(), form.get("status"), date(form.get("onDay")), form.get("note"), evidence,
				org.sawa.web.Uploads.read(documents)
					.stream()
					.map(f -> new Milestones.Document(f.fileName(), f.content()))
					.toList(),
				user.id());
		return "redirect:/commitments/" + code + "?moved=" + position + "#milestone-" + position;
	}

	@PostMapping("/commitments/{code}/milestones/{position}/owner")
	@FormPage(value = "/commitments/{code}", scope = "m{position}")
	String owner(@PathVariable String code, @PathVariable int position, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Milestone milestone = staffMilestone(code, position, user);
		milestones.assignOwner(milestone.id(), form.get("owner"), user.id());
		return "redirect:/commitments/" + code + "?owner=" + position + "#milestone-" + position;
	}

	@PostMapping("/commitments/{code}/assess")
	@FormPage(value = "/commitments/{code}", scope = "assess")
	String assess(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Commitment commitment = plans.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!mayMove(user.id(), plans.plan(commitment.planId()).orElseThrow())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		plans.assess(commitment.id(), form.get("completion"), form.get("openedGovernment"),
				date(form.get("assessedOn")), user.id());
		return "redirect:/commitments/" + code + "?assessed";
	}

	@PostMapping("/commitments/{code}/comments")
	@FormPage(value = "/commitments/{code}", scope = "comment")
	String comment(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Commitment commitment = plans.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		plans.comment(commitment.id(), user.id(), form.get("body"));
		return "redirect:/commitments/" + code + "?commented#comments";
	}

	// ------------------------------------------------------------------ export and
	// import

	@GetMapping("/commitments/plans/{code}.csv")
	org.springframework.http.ResponseEntity<String> csv(@PathVariable String code) {
		ActionPlan plan = plans.planByCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return org.springframework.http.ResponseEntity.ok()
			.contentType(new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"plan-" + plan.code() + ".csv\"")
			.body(transfer.csv(plan));
	}

	@GetMapping("/commitments/plans/{code}.json")
	org.springframework.http.ResponseEntity<Map<String, Object>> json(@PathVariable String code) {
		ActionPlan plan = plans.planByCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.header("Content-Disposition", "attachment; filename=\"plan-" + plan.code() + ".json\"")
			.body(transfer.json(plan));
	}

	@GetMapping("/commitments/import")
	String importForm(Model model) {
		model.addAttribute("report", null);
		return "commitment/import";
	}

	@PostMapping("/commitments/import")
	String importPlan(@AuthenticationPrincipal SawaUser user,
			@RequestParam(required = false) org.springframework.web.multipart.MultipartFile file, Locale locale,
			Model model) throws java.io.IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "import.error.noFile");
			model.addAttribute("report", null);
			return "commitment/import";
		}
		org.sawa.imports.ImportReport report;
		try (java.io.InputStream input = file.getInputStream()) {
			String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
			report = name.endsWith(".json") ? transfer.importJson(input, user.id())
					: transfer.importCsv(input, user.id());
		}
		model.addAttribute("report", report);
		model.addAttribute("problems", org.sawa.imports.TranslatedProblem.of(report, messages, locale));
		return "commitment/import";
	}

}
