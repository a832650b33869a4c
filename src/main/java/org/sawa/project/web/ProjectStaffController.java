package org.sawa.project.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.project.Project;
import org.sawa.project.ProjectData;
import org.sawa.project.ProjectWriting;
import org.sawa.project.Projects;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff create a project and keep it up to date: what and where (with its funders and
 * budget), progress (status, dates, milestones, money that moved, results), and jobs and
 * beneficiaries. Every change after the first is a correction with its reason.
 */
@Controller
class ProjectStaffController {

	static final String NEW = "/projects/new";

	static final String EDIT = ProjectController.PAGE + "/edit";

	static final String PROGRESS = ProjectController.PAGE + "/progress";

	static final String JOBS = ProjectController.PAGE + "/jobs";

	private final ProjectController pages;

	private final Projects projects;

	private final ProjectWriting writing;

	private final Territories territories;

	private final java.time.Clock clock;

	ProjectStaffController(ProjectController pages, Projects projects, ProjectWriting writing, Territories territories,
			java.time.Clock clock) {
		this.clock = clock;
		this.pages = pages;
		this.projects = projects;
		this.writing = writing;
		this.territories = territories;
	}

	@GetMapping(NEW)
	String newForm(@RequestParam(required = false) String territory, @AuthenticationPrincipal SawaUser user,
			Locale locale, Model model) {
		List<Territory> mine = projects.collectivities(user.id());
		if (mine.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		Map<String, String> form = new LinkedHashMap<>(FormValues.typed(model).orElse(Map.of()));
		form.putIfAbsent("territory", territory != null ? territory : mine.get(0).code());
		form.putIfAbsent("language", locale.getLanguage());
		form.putIfAbsent("status", "1");
		form.putIfAbsent("programme", "pdr");
		form.putIfAbsent("code", java.time.Year.now(clock).toString() + "-");
		Territory chosen = territories.byCode(form.get("territory")).orElse(mine.get(0));
		common(model, form, chosen, locale);
		model.addAttribute("collectivities", mine);
		model.addAttribute("creating", true);
		return "project/form";
	}

	@PostMapping(NEW)
	@FormPage(NEW)
	String create(@RequestParam Map<String, String> form, @AuthenticationPrincipal SawaUser user) {
		Territory collectivity = territories.byCode(form.getOrDefault("territory", ""))
			.orElseThrow(() -> new org.sawa.project.ProjectRefused("territory", "project.error.notYours"));
		ProjectForm rows = new ProjectForm(form);
		ProjectData data = ProjectEdits.created(form, collectivity.id(), projects.reporting(collectivity), rows);
		try {
			Project project = writing.create(data, user.id());
			return "redirect:/projects/" + project.identifier() + "?saved";
		}
		catch (Refusals refusals) {
			throw rows.located(refusals);
		}
	}

	@GetMapping({ EDIT, PROGRESS, JOBS })
	String editForm(@PathVariable String identifier, @AuthenticationPrincipal SawaUser user, Locale locale, Model model,
			jakarta.servlet.http.HttpServletRequest request) {
		Project project = managed(identifier, user);
		Map<String, String> form = new LinkedHashMap<>(
				FormValues.typed(model).orElseGet(() -> ProjectForm.of(project.data())));
		common(model, form, territories.byId(project.territoryId()).orElseThrow(), locale);
		model.addAttribute("project", project);
		model.addAttribute("creating", false);
		String path = request.getRequestURI();
		return path.endsWith("/progress") ? "project/progress"
				: path.endsWith("/jobs") ? "project/jobs" : "project/form";
	}

	@PostMapping(EDIT)
	@FormPage(EDIT)
	String edit(@PathVariable String identifier, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal SawaUser user) {
		return save(identifier, form, ProjectEdits.Part.MAIN, user);
	}

	@PostMapping(PROGRESS)
	@FormPage(PROGRESS)
	String progress(@PathVariable String identifier, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal SawaUser user) {
		return save(identifier, form, ProjectEdits.Part.PROGRESS, user);
	}

	@PostMapping(JOBS)
	@FormPage(JOBS)
	String jobs(@PathVariable String identifier, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal SawaUser user) {
		return save(identifier, form, ProjectEdits.Part.JOBS, user);
	}

	private String save(String identifier, Map<String, String> form, ProjectEdits.Part part, SawaUser user) {
		Project project = managed(identifier, user);
		ProjectForm rows = new ProjectForm(form);
		ProjectData changed = ProjectEdits.apply(project.data(), part, rows);
		try {
			writing.update(identifier, changed, form.get("reason"), user.id());
		}
		catch (Refusals refusals) {
			throw rows.located(refusals);
		}
		return "redirect:/projects/" + identifier + "?saved";
	}

	Project managed(String identifier, SawaUser user) {
		Project project = pages.found(identifier);
		if (!projects.manages(user.id(), project.territoryId())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return project;
	}

	private void common(Model model, Map<String, String> form, Territory collectivity, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("rowCounts", ProjectForm.rowCounts(form));
		model.addAttribute("collectivity", collectivity);
		List<Territory> places = new java.util.ArrayList<>();
		places.add(collectivity);
		for (Level level : List.of(Level.PROVINCE, Level.COMMUNE)) {
			if (level.ordinal() > collectivity.level().ordinal()) {
				places.addAll(Territories.byName(territories.within(collectivity.id(), level), locale));
			}
		}
		model.addAttribute("places", places);
		model.addAttribute("sectors", projects.sectors());
		model.addAttribute("prefix", projects.reporting(collectivity).ref() + "-");
	}

}
