package org.sawa.project.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sawa.account.SawaUser;
import org.sawa.audit.Corrections;
import org.sawa.commitment.ActionPlans;
import org.sawa.feedback.Categories;
import org.sawa.feedback.Category;
import org.sawa.feedback.Reports;
import org.sawa.input.Shown;
import org.sawa.project.IatiFiles;
import org.sawa.project.Project;
import org.sawa.project.ProjectFigures;
import org.sawa.project.ProjectFiles;
import org.sawa.project.Projects;
import org.sawa.project.Registry;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.FormValues;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public registry of projects (filters, sort, totals that follow them), a project's
 * page, its photos and documents, and a territory's projects as IATI 2.03.
 */
@Controller
class ProjectController {

	static final String PAGE = "/projects/{identifier}";

	private final Projects projects;

	private final Registry registry;

	private final ProjectFigures figures;

	private final ProjectFiles files;

	private final Territories territories;

	private final ActionPlans plans;

	private final Reports reports;

	private final Categories categories;

	private final Corrections corrections;

	private final IatiFiles iati;

	ProjectController(Projects projects, Registry registry, ProjectFigures figures, ProjectFiles files,
			Territories territories, ActionPlans plans, Reports reports, Categories categories, Corrections corrections,
			IatiFiles iati) {
		this.projects = projects;
		this.registry = registry;
		this.figures = figures;
		this.files = files;
		this.territories = territories;
		this.plans = plans;
		this.reports = reports;
		this.categories = categories;
		this.corrections = corrections;
		this.iati = iati;
	}

	@GetMapping("/projects")
	String registry(@RequestParam(required = false) String territory, @RequestParam(required = false) String commune,
			@RequestParam(required = false) String sector, @RequestParam(required = false) String status,
			@RequestParam(required = false) String programme, @RequestParam(required = false) String funder,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") int page,
			@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Territory place = territory == null || territory.isBlank() ? null
				: territories.byCode(territory).orElseThrow(ProjectController::notFound);
		Territory inCommune = commune == null || commune.isBlank() ? null
				: territories.byCode(commune).filter(t -> t.level() == Level.COMMUNE).orElse(null);
		Integer state = FormValues.integer(status);
		Registry.Filter filter = new Registry.Filter(place, blank(sector), state, blank(programme), blank(funder),
				inCommune, blank(sort), page);
		Registry.View view = registry.view(filter, registry.exactFor(user == null ? null : user.id(), place));
		Shown shown = new Shown(locale.getLanguage());
		Map<Long, String> titles = new LinkedHashMap<>();
		view.projects()
			.forEach(p -> titles.put(p.id(), shown.text("title:" + p.id(), p.data().title(), p.data().language(),
					p.data().versions().getOrDefault("title", Map.of()))));
		model.addAttribute("view", view);
		model.addAttribute("titles", titles);
		model.addAttribute("shown", shown);
		model.addAttribute("filter", filter);
		model.addAttribute("places", places(locale));
		model.addAttribute("communes",
				place == null ? List.of() : Territories.byName(territories.within(place.id(), Level.COMMUNE), locale));
		model.addAttribute("sectors", projects.sectors());
		model.addAttribute("names", placeNames(view.projects(), locale));
		model.addAttribute("sorts", Registry.SORTS);
		model.addAttribute("manages", user != null && projects.managesAny(user.id()));
		return "project/registry";
	}

	private List<Territory> places(Locale locale) {
		List<Territory> places = new java.util.ArrayList<>();
		for (Territory region : Territories.byName(territories.atLevel(Level.REGION), locale)) {
			places.add(region);
			places.addAll(Territories.byName(territories.within(region.id(), Level.PROVINCE), locale));
		}
		return places;
	}

	/** The names of the places of the projects shown, by territory id. */
	private Map<Long, String> placeNames(List<Project> shown, Locale locale) {
		Map<Long, String> names = new LinkedHashMap<>();
		shown.forEach(p -> p.data()
			.locations()
			.forEach(id -> names.computeIfAbsent(id, k -> territories.byId(k).map(t -> t.name(locale)).orElse(""))));
		return names;
	}

	@GetMapping(PAGE)
	String page(@PathVariable String identifier, @AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Project project = found(identifier);
		boolean manages = user != null && projects.manages(user.id(), project.territoryId());
		Shown shown = new Shown(locale.getLanguage());
		var data = project.data();
		model.addAttribute("project", project);
		model.addAttribute("data", data);
		model.addAttribute("projectTitle",
				shown.text("title", data.title(), data.language(), data.versions().getOrDefault("title", Map.of())));
		model.addAttribute("projectDescription", shown.text("description", data.description(), data.language(),
				data.versions().getOrDefault("description", Map.of())));
		model.addAttribute("shown", shown);
		model.addAttribute("keeper", territories.byId(project.territoryId()).orElseThrow());
		model.addAttribute("places", data.locations().stream().map(id -> territories.byId(id).orElseThrow()).toList());
		model.addAttribute("sector", projects.sectors().getOrDefault(data.sector(), Map.of()));
		model.addAttribute("view", ProjectView.of(project, figures, manages));
		model.addAttribute("exact", manages);
		model.addAttribute("files", files.of(project.id()));
		model.addAttribute("commitments",
				data.commitments()
					.stream()
					.map(code -> plans.byCode(code).map(c -> Map.entry(code, c.title())).orElse(Map.entry(code, code)))
					.toList());
		model.addAttribute("feedback", reports.about(identifier, 10));
		model.addAttribute("reportLink", reportLink(project));
		model.addAttribute("corrections", corrections.of("project:" + project.id()));
		model.addAttribute("manages", manages);
		return "project/page";
	}

	/** The feedback form about this project, at its first commune. */
	private String reportLink(Project project) {
		Optional<Category> category = categories.active().stream().filter(c -> "project".equals(c.about())).findFirst();
		Optional<Territory> commune = project.data()
			.locations()
			.stream()
			.map(id -> territories.byId(id).orElse(null))
			.filter(t -> t != null && t.level() == Level.COMMUNE)
			.findFirst();
		StringBuilder link = new StringBuilder("/feedback/new?about=").append(project.identifier());
		category.ifPresent(c -> link.append("&category=").append(c.code()));
		commune.ifPresent(t -> link.append("&commune=").append(t.code()));
		if (category.isPresent() && commune.isPresent()) {
			link.append("&next=1");
		}
		return link.toString();
	}

	@GetMapping(PAGE + "/files/{position}")
	ResponseEntity<byte[]> file(@PathVariable String identifier, @PathVariable int position) {
		Project project = found(identifier);
		ProjectFiles.File file = files.of(project.id())
			.stream()
			.filter(f -> f.position() == position)
			.findFirst()
			.orElseThrow(ProjectController::notFound);
		byte[] content = files.content(file).orElseThrow(ProjectController::notFound);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'")
			.body(content);
	}

	/**
	 * A territory's projects as IATI 2.03: exact for its staff, counts of people
	 * protected for others.
	 */
	@GetMapping("/projects/iati/{territory}.xml")
	ResponseEntity<byte[]> iati(@PathVariable String territory, @AuthenticationPrincipal SawaUser user) {
		Territory place = territories.byCode(territory).orElseThrow(ProjectController::notFound);
		boolean exact = user != null && projects.manages(user.id(), place.id());
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("iati-" + place.code() + ".xml").build().toString())
			.cacheControl(CacheControl.noCache())
			.body(iati.export(place, exact));
	}

	Project found(String identifier) {
		return projects.byIdentifier(identifier).orElseThrow(ProjectController::notFound);
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
