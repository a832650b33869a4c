package org.sawa.inforequest.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sawa.account.SawaUser;
import org.sawa.inforequest.InfoArchive;
import org.sawa.inforequest.InfoBodies;
import org.sawa.inforequest.InfoBody;
import org.sawa.inforequest.InfoRegister;
import org.sawa.inforequest.InfoRequest;
import org.sawa.inforequest.InfoRequests;
import org.sawa.inforequest.InfoStatistics;
import org.sawa.storage.StoredFile;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.FormPage;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * What everyone sees of access to information: the archive of published answers (searched
 * in Arabic and French, filtered by body, status and year), each published request (never
 * its requester), the league table of bodies, and each body's figures and publication
 * register, which its officers keep up to date.
 */
@Controller
class InfoPublicController {

	private final InfoRequests requests;

	private final InfoArchive archive;

	private final InfoBodies bodies;

	private final InfoStatistics statistics;

	private final InfoRegister register;

	private final org.sawa.audit.Corrections corrections;

	private final Territories territories;

	InfoPublicController(InfoRequests requests, InfoArchive archive, InfoBodies bodies, InfoStatistics statistics,
			InfoRegister register, org.sawa.audit.Corrections corrections, Territories territories) {
		this.territories = territories;
		this.corrections = corrections;
		this.archive = archive;
		this.requests = requests;
		this.bodies = bodies;
		this.statistics = statistics;
		this.register = register;
	}

	@GetMapping("/information/archive")
	String archive(@RequestParam(required = false) String q, @RequestParam(required = false) String body,
			@RequestParam(required = false) String place, @RequestParam(required = false) String status,
			@RequestParam(required = false) String year, @RequestParam(defaultValue = "1") String page, Model model) {
		Optional<InfoBody> chosenBody = body == null || body.isBlank() ? Optional.empty() : bodies.byCode(body);
		Optional<Territory> chosenPlace = place(place);
		// the bodies asked about: the one chosen (none if unknown), those within the
		// place
		// chosen, or every body
		List<Long> answering = null;
		if (body != null && !body.isBlank()) {
			answering = chosenBody.map(b -> List.of(b.id())).orElse(List.of());
		}
		else if (chosenPlace.isPresent()) {
			answering = bodies.within(territories.subtree(chosenPlace.get().id()));
		}
		String state = status != null && InfoRequest.STATUSES.contains(status) ? status : null;
		Integer chosenYear = year != null && year.matches("\\d{4}") ? Integer.valueOf(year) : null;
		InfoArchive.Found found = archive.archive(new InfoArchive.Asked(q, answering, state, chosenYear),
				pageNumber(page));
		model.addAttribute("found", found);
		model.addAttribute("bodiesById",
				bodies.byIds(found.answers().stream().map(InfoArchive.Published::bodyId).toList()));
		model.addAttribute("chosenBody", chosenBody.orElse(null));
		places(chosenPlace, model);
		model.addAttribute("statuses", InfoRequest.STATUSES);
		// what was asked, for the form and the pages' links (none: left out of the links)
		model.addAttribute("q", q == null || q.isBlank() ? null : q);
		model.addAttribute("body", chosenBody.map(InfoBody::code).orElse(null));
		model.addAttribute("status", state);
		model.addAttribute("year", chosenYear);
		model.addAttribute("ranked", InfoArchive.RANKED);
		return "inforequest/archive";
	}

	@GetMapping("/information/archive/{reference}")
	String published(@PathVariable String reference, Model model) {
		InfoArchive.Published published = archive.publishedByReference(reference)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("published", published);
		model.addAttribute("body", bodies.byId(published.bodyId()).orElseThrow());
		model.addAttribute("files", archive.publishedFiles(reference));
		return "inforequest/published";
	}

	@GetMapping("/information/archive/{reference}/files/{fileId}")
	ResponseEntity<byte[]> publishedFile(@PathVariable String reference, @PathVariable long fileId) {
		StoredFile file = archive.publishedFiles(reference)
			.stream()
			.filter(f -> f.id() == fileId)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		byte[] content = requests.content(fileId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

	@GetMapping("/information/bodies")
	String league(@RequestParam(required = false) String place, @RequestParam(defaultValue = "1") String page,
			Model model) {
		Optional<Territory> chosenPlace = place(place);
		List<Long> within = chosenPlace.map(p -> bodies.within(territories.subtree(p.id()))).orElse(null);
		InfoStatistics.League league = statistics.leagueTable(within, pageNumber(page));
		model.addAttribute("league", league);
		model.addAttribute("bodiesById",
				bodies.byIds(league.rows().stream().map(InfoStatistics.BodyFigures::bodyId).toList()));
		model.addAttribute("grounds", statistics.refusalsByGround(within));
		places(chosenPlace, model);
		return "inforequest/bodies";
	}

	/** The region or province a page is narrowed to, if the code names one. */
	private Optional<Territory> place(String code) {
		return code == null || code.isBlank() ? Optional.empty() : territories.byCode(code);
	}

	/** The page of a list asked for; the first when the number is not one. */
	private static int pageNumber(String page) {
		return page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1;
	}

	/** The regions and provinces to narrow a page to, and the one chosen. */
	private void places(Optional<Territory> chosen, Model model) {
		model.addAttribute("regions",
				Territories.byName(territories.atLevel(Level.REGION), LocaleContextHolder.getLocale()));
		model.addAttribute("provinces", territories.atLevel(Level.PROVINCE));
		model.addAttribute("place", chosen.map(Territory::code).orElse(null));
	}

	@GetMapping("/information/bodies/{code}")
	String body(@PathVariable String code, @AuthenticationPrincipal SawaUser user, Model model) {
		InfoBody body = bodies.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return bodyPage(body, user, Map.of(), Map.of(), model);
	}

	private String bodyPage(InfoBody body, SawaUser user, Map<String, String> form, Map<String, String> errors,
			Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
			model.addAttribute("errors", errors);
		}
		List<InfoRegister.Line> lines = register.of(body.id());
		model.addAttribute("body", body);
		model.addAttribute("figures", statistics.of(body.id()));
		model.addAttribute("grounds", statistics.refusalsByGround(List.of(body.id())));
		model.addAttribute("lines", lines);
		model.addAttribute("compliance", InfoRegister.compliance(lines));
		model.addAttribute("statuses", InfoRegister.STATUSES);
		model.addAttribute("officer", user != null && bodies.mayAnswerFor(user.id(), body));
		model.addAttribute("corrections", corrections.of(org.sawa.inforequest.BodyCorrections.subject(body)));
		return "inforequest/body";
	}

	@PostMapping("/information/bodies/{code}/register")
	@FormPage("/information/bodies/{code}")
	String updateRegister(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		InfoBody body = bodies.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<InfoRegister.Change> changes = new ArrayList<>();
		register.of(body.id())
			.forEach(l -> changes
				.add(new InfoRegister.Change(l.category(), form.getOrDefault("status-" + l.category(), l.status()),
						form.getOrDefault("link-" + l.category(), l.link()))));
		register.update(body.id(), user.id(), changes);
		return "redirect:/information/bodies/" + code + "?saved";
	}

}
