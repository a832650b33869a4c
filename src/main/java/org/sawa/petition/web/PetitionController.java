package org.sawa.petition.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.Accounts;
import org.sawa.account.SawaUser;
import org.sawa.petition.Petition;
import org.sawa.petition.PetitionTexts;
import org.sawa.petition.PetitionOpening;
import org.sawa.petition.PetitionRefused;
import org.sawa.petition.PetitionSteps;
import org.sawa.petition.Petitions;
import org.sawa.petition.Signatures;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.FormPage;
import org.sawa.web.HtmxRequests;
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
 * Petitions in public: the list, each petition's page (text, timeline, progress, who
 * signed by sex and age with small counts hidden), drafting, signing and withdrawing,
 * opening the collection by its agent, and the step documents. The staff's steps are in
 * {@link PetitionStaffController}, the paper sheets in {@link PetitionSheetController}.
 */
@Controller
class PetitionController {

	private final Petitions petitions;

	private final Signatures signatures;

	private final PetitionSteps steps;

	private final PetitionPages pages;

	private final Territories territories;

	private final Accounts accounts;

	private final PetitionOpening opening;

	private final PetitionTexts texts;

	PetitionController(Petitions petitions, Signatures signatures, PetitionSteps steps, PetitionPages pages,
			Territories territories, Accounts accounts, PetitionOpening opening, PetitionTexts texts) {
		this.opening = opening;
		this.texts = texts;
		this.petitions = petitions;
		this.signatures = signatures;
		this.steps = steps;
		this.pages = pages;
		this.territories = territories;
		this.accounts = accounts;
	}

	@GetMapping("/petitions")
	String list(@RequestParam(required = false) String territory, @RequestParam(required = false) String page,
			Locale locale, Model model) {
		Territory within = territory == null || territory.isBlank() ? null : territories.byCode(territory).orElse(null);
		Petitions.Published published = petitions.published(within, pageNumber(page));
		List<Petition> shown = published.petitions();
		model.addAttribute("published", published);
		Map<Long, Signatures.Progress> progress = signatures.progress(shown);
		Map<Long, String> names = new LinkedHashMap<>();
		shown.forEach(p -> names.computeIfAbsent(p.territoryId(),
				id -> territories.byId(id).map(Territory::name).orElse("")));
		model.addAttribute("petitions", shown);
		Map<String, String> titles = new LinkedHashMap<>();
		model.addAttribute("texts", texts.titles(shown, locale.getLanguage(), titles));
		model.addAttribute("titles", titles);
		model.addAttribute("progress", progress);
		model.addAttribute("names", names);
		model.addAttribute("within", within);
		model.addAttribute("regions", territories.atLevel(Level.REGION));
		return "petition/list";
	}

	/** A page number from the address; anything else is the first page. */
	private static int pageNumber(String page) {
		try {
			return page == null ? 1 : Integer.parseInt(page.strip());
		}
		catch (NumberFormatException notANumber) {
			return 1;
		}
	}

	@GetMapping("/petitions/new")
	String create(@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of("language", locale.getLanguage(), "petitioner", "citizens"));
			model.addAttribute("errors", Map.of());
		}
		model.addAttribute("associations", accounts.associationsRepresentedBy(user.id()));
		List<Territory> councils = new ArrayList<>();
		for (Territory region : territories.atLevel(Level.REGION)) {
			councils.add(region);
			for (Territory province : territories.children(region.id())) {
				councils.add(province);
				councils.addAll(territories.children(province.id()));
			}
		}
		model.addAttribute("councils", councils);
		return "petition/new";
	}

	@PostMapping("/petitions/new")
	@FormPage("/petitions/new")
	String draft(@AuthenticationPrincipal SawaUser user, @Valid DraftForm form) {
		Territory territory = territories.byCode(form.territory())
			.filter(t -> t.level() != Level.COUNTRY)
			.orElseThrow(() -> new PetitionRefused("territory", "validation.option"));
		String reference = petitions.draft(form.draft(territory.id()), user.id());
		return "redirect:/petitions/" + reference;
	}

	@GetMapping("/petitions/{reference}")
	String show(@PathVariable String reference, @AuthenticationPrincipal SawaUser user, HttpServletRequest request,
			Locale locale, Model model) {
		Petition petition = pages.visible(reference, user);
		if ("petition-progress".equals(HtmxRequests.target(request))) {
			// the progress block polls every 15 seconds: it needs the counts, nothing
			// else of the page
			pages.fillProgress(petition, model);
			return "petition/show :: progress";
		}
		pages.fill(petition, user, model);
		// the reader's version of the texts, unless she asked for the original (what
		// people sign)
		PetitionTexts.Localized localized = texts.in(petition,
				request.getParameter("original") != null ? petition.language() : locale.getLanguage());
		model.addAttribute("petition", localized.petition());
		model.addAttribute("texts", localized.shown());
		model.addAttribute("translated", localized.translated());
		boolean writer = user != null
				&& (user.id() == petition.agentId() || petitions.staff(user.id(), petition.territoryId()));
		model.addAttribute("missingLanguage", writer ? texts.missing(petition) : null);
		// a refused action's form, for htmx, is the block it targets
		return HtmxRequests.view(request, "petition/show");
	}

	@PostMapping("/petitions/{reference}/sign")
	@FormPage("/petitions/{reference}")
	String sign(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form, HttpServletRequest request, Model model) {
		Petition petition = pages.visible(reference, user);
		signatures.sign(petition.id(), user.id(), form.getOrDefault("nationalId", ""), form.getOrDefault("basis", ""),
				communeOf(form), form.containsKey("confirm"));
		return pages.done(petition, user, request, model, "signed");
	}

	/**
	 * The commune of activity a signer chose (by code), -1 when unknown, null when none.
	 */
	private Long communeOf(Map<String, String> form) {
		String commune = form.getOrDefault("activityCommune", "");
		return commune.isEmpty() ? null : territories.byCode(commune).map(Territory::id).orElse(-1L);
	}

	@PostMapping("/petitions/{reference}/withdraw")
	@FormPage("/petitions/{reference}")
	String withdraw(@PathVariable String reference, @AuthenticationPrincipal SawaUser user, HttpServletRequest request,
			@RequestParam Map<String, String> form, Model model) {
		Petition petition = pages.visible(reference, user);
		org.sawa.web.Confirmation.required(form, "withdrawConfirm");
		signatures.withdraw(petition.id(), user.id());
		return pages.done(petition, user, request, model, "withdrawn");
	}

	@PostMapping("/petitions/{reference}/open")
	@FormPage("/petitions/{reference}")
	String open(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form, HttpServletRequest request, Model model) {
		Petition petition = pages.visible(reference, user);
		opening.open(petition.id(), user.id(), new PetitionOpening.AgentSignature(form.getOrDefault("nationalId", ""),
				form.getOrDefault("basis", ""), communeOf(form), form.containsKey("confirm")));
		return pages.done(petition, user, request, model, "opened");
	}

	@GetMapping("/petitions/{reference}/documents/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable String reference, @PathVariable long documentId,
			@AuthenticationPrincipal SawaUser user) {
		Petition petition = pages.visible(reference, user);
		PetitionSteps.Document document = steps.document(petition.id(), documentId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(document.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(document.content());
	}

}
