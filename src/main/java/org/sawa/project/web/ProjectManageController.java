package org.sawa.project.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.imports.ImportReport;
import org.sawa.imports.TranslatedProblem;
import org.sawa.project.IatiFiles;
import org.sawa.project.PbWinners;
import org.sawa.project.ProjectCsv;
import org.sawa.web.Uploads;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;
import org.sawa.project.Project;
import org.sawa.project.ProjectFiles;
import org.sawa.project.ProjectRefused;
import org.sawa.project.Projects;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.FormPage;
import org.sawa.web.FormValues;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Staff's page of the projects they keep: the list by collectivity, the IATI export of
 * each (exact) and the import of a donor's or Sawa's IATI file; and a project's photos
 * and documents.
 */
@Controller
class ProjectManageController {

	static final String PAGE = "/projects/manage";

	static final String FILES = ProjectController.PAGE + "/files";

	private final Projects projects;

	private final IatiFiles iati;

	private final ProjectFiles files;

	private final ProjectStaffController staff;

	private final Territories territories;

	private final MessageSource messages;

	private final PbWinners winners;

	private final ProjectCsv csv;

	ProjectManageController(Projects projects, IatiFiles iati, ProjectFiles files, ProjectStaffController staff,
			Territories territories, MessageSource messages, PbWinners winners, ProjectCsv csv) {
		this.winners = winners;
		this.csv = csv;
		this.projects = projects;
		this.iati = iati;
		this.files = files;
		this.staff = staff;
		this.territories = territories;
		this.messages = messages;
	}

	/** A collectivity and the projects it keeps. */
	record Kept(Territory collectivity, List<Project> projects) {
	}

	@GetMapping(PAGE)
	String page(@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		if (FormValues.typed(model).isEmpty()) {
			model.addAttribute("form", new LinkedHashMap<>());
		}
		List<Territory> mine = projects.collectivities(user.id());
		List<Kept> kept = mine.stream()
			.map(t -> new Kept(t, projects.in(t).stream().filter(p -> p.territoryId() == t.id()).toList()))
			.filter(k -> !k.projects().isEmpty() || k.collectivity().level() != org.sawa.territory.Level.COMMUNE)
			.toList();
		model.addAttribute("kept", kept);
		model.addAttribute("places", mine);
		model.addAttribute("offers", winners.offers(user.id()));
		if (!model.containsAttribute("report")) {
			model.addAttribute("report", null);
		}
		if (!model.containsAttribute("csvReport")) {
			model.addAttribute("csvReport", null);
		}
		return "project/manage";
	}

	@PostMapping(PAGE + "/iati")
	@FormPage(PAGE)
	String importIati(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form,
			@RequestParam(required = false) MultipartFile file, Locale locale, Model model) throws IOException {
		Territory collectivity = territories.byCode(form.getOrDefault("territory", ""))
			.orElseThrow(() -> new ProjectRefused("territory", "project.error.notYours"));
		if (file == null || file.isEmpty()) {
			throw new ProjectRefused("file", "project.iati.size", IatiFiles.MOST_BYTES / (1024 * 1024));
		}
		ImportReport report = iati.importFile(collectivity, file.getBytes(), file.getOriginalFilename(), user.id());
		model.addAttribute("report", report);
		model.addAttribute("problems", TranslatedProblem.of(report, messages, locale));
		model.addAttribute("form", new LinkedHashMap<>(form));
		model.addAttribute("errors", Map.of());
		return page(user, locale, model);
	}

	@PostMapping(PAGE + "/csv")
	@FormPage(value = PAGE, scope = "csv")
	String importCsv(@AuthenticationPrincipal SawaUser user, @RequestParam(required = false) MultipartFile file,
			Locale locale, Model model) throws IOException {
		ImportReport report = csv.importFile(file == null || file.isEmpty() ? null : file.getBytes(), user.id());
		model.addAttribute("csvReport", report);
		model.addAttribute("csvProblems", TranslatedProblem.of(report, messages, locale));
		model.addAttribute("errors", Map.of());
		return page(user, locale, model);
	}

	@GetMapping("/projects/template.csv")
	ResponseEntity<byte[]> template() {
		return Uploads.attachment("projects-template.csv", "text/csv;charset=UTF-8", ProjectCsv.template());
	}

	@GetMapping(PAGE + "/{territory}.csv")
	ResponseEntity<byte[]> exportCsv(@PathVariable String territory, @AuthenticationPrincipal SawaUser user) {
		Territory place = territories.byCode(territory).orElseThrow(ProjectController::notFound);
		if (!projects.manages(user.id(), place.id())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return Uploads.attachment("projects-" + place.code() + ".csv", "text/csv;charset=UTF-8", csv.export(place));
	}

	@PostMapping(PAGE + "/pb/{code}")
	@FormPage(value = PAGE, scope = "pb")
	String fromWinners(@PathVariable String code, @AuthenticationPrincipal SawaUser user) {
		int created = winners.create(code, user.id());
		return "redirect:" + PAGE + "?fromWinners=" + created;
	}

	@GetMapping(FILES)
	String filesPage(@PathVariable String identifier, @AuthenticationPrincipal SawaUser user, Model model) {
		Project project = staff.managed(identifier, user);
		if (FormValues.typed(model).isEmpty()) {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("kind", "photo");
			form.put("category", "A09");
			model.addAttribute("form", form);
		}
		model.addAttribute("project", project);
		model.addAttribute("files", files.of(project.id()));
		return "project/files";
	}

	@PostMapping(FILES)
	@FormPage(FILES)
	String addFile(@PathVariable String identifier, @RequestParam Map<String, String> form,
			@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal SawaUser user)
			throws IOException {
		Project project = staff.managed(identifier, user);
		files.add(project, form.get("kind"), form.get("title"), form.get("category"),
				file == null ? null : file.getOriginalFilename(),
				file == null || file.isEmpty() ? null : file.getBytes(), user.id());
		return "redirect:/projects/" + identifier + "/files?added";
	}

	@PostMapping(FILES + "/{position}/remove")
	String removeFile(@PathVariable String identifier, @PathVariable int position,
			@AuthenticationPrincipal SawaUser user) {
		files.remove(staff.managed(identifier, user), position, user.id());
		return "redirect:/projects/" + identifier + "/files?removed";
	}

}
