package org.sawa.council.web;

import static org.sawa.web.FormValues.date;
import static org.sawa.web.FormValues.id;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.Accounts;
import org.sawa.account.Organisation;
import org.sawa.account.SawaUser;
import org.sawa.council.ConsultativeBodies;
import org.sawa.council.Council;
import org.sawa.council.CouncilRefused;
import org.sawa.council.Councils;
import org.sawa.council.Memo;
import org.sawa.council.MemoTexts;
import org.sawa.council.Memos;
import org.sawa.db.TextVersions;
import org.sawa.web.VersionsPage;
import org.springframework.context.MessageSource;
import org.sawa.council.internal.CouncilAccess;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.FormPage;
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
 * Advisory memos to a council: filed by the associations a person represents (or by the
 * council's staff for any association of the territory, or for one of its consultative
 * bodies, which also send opinions), then received, referred to a committee and examined
 * by the council's staff; each memo's page, and its texts in other languages written by
 * its author or the staff.
 */
@Controller
class MemoController {

	private final Councils councils;

	private final Memos memos;

	private final Territories territories;

	private final Accounts accounts;

	private final CouncilAccess access;

	private final CouncilController pages;

	private final ConsultativeBodies bodies;

	private final MemoTexts texts;

	private final MessageSource messages;

	MemoController(Councils councils, Memos memos, Territories territories, Accounts accounts, CouncilAccess access,
			CouncilController pages, ConsultativeBodies bodies, MemoTexts texts, MessageSource messages) {
		this.bodies = bodies;
		this.texts = texts;
		this.messages = messages;
		this.councils = councils;
		this.memos = memos;
		this.territories = territories;
		this.accounts = accounts;
		this.access = access;
		this.pages = pages;
	}

	@GetMapping("/councils/{code}/memos/new")
	String newMemo(@PathVariable String code, @AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Council council = found(code);
		List<Organisation> authors = authors(council, user);
		boolean staff = access.mayManage(user.id(), council);
		if (authors.isEmpty() && !staff) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		model.addAttribute("council", council);
		model.addAttribute("name", pages.name(council, locale));
		model.addAttribute("authors", authors);
		model.addAttribute("staff", staff);
		model.addAttribute("bodies", staff ? bodies.ofCouncil(council.id()) : List.of());
		model.addAttribute("genres", Memos.GENRES);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of("language", locale.getLanguage()));
			model.addAttribute("errors", Map.of());
		}
		return "council/memo-new";
	}

	/**
	 * Associations the person may file for: those they represent, or for staff every
	 * association of the territory.
	 */
	private List<Organisation> authors(Council council, SawaUser user) {
		if (access.mayManage(user.id(), council)) {
			Territory territory = territories.byId(council.territoryId()).orElseThrow();
			return accounts.organisations("association")
				.stream()
				.filter(o -> territories.byId(o.territoryId()).map(territory::contains).orElse(false)
						|| territories.byId(o.territoryId()).map(t -> t.contains(territory)).orElse(false))
				.toList();
		}
		return accounts.associationsRepresentedBy(user.id());
	}

	@PostMapping("/councils/{code}/memos/new")
	@FormPage("/councils/{code}/memos/new")
	String fileMemo(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Council council = found(code);
		boolean staff = access.mayManage(user.id(), council);
		String chosen = form.getOrDefault("author", "");
		Memos.Author author;
		if (chosen.startsWith("body:")) {
			Long body = id(chosen.substring(5));
			if (!staff || body == null) {
				throw new CouncilRefused("author", "validation.option");
			}
			author = Memos.Author.body(body);
		}
		else {
			Long organisation = id(chosen);
			if (organisation == null || authors(council, user).stream().noneMatch(o -> o.id() == organisation)) {
				throw new CouncilRefused("author", "validation.option");
			}
			author = Memos.Author.association(organisation);
		}
		LocalDate submitted = staff ? date(form.get("submittedOn")) : null;
		if (staff && form.get("submittedOn") != null && !form.get("submittedOn").isBlank() && submitted == null) {
			throw new CouncilRefused("submittedOn", "validation.date");
		}
		String reference = memos.submit(council.id(), author, form.getOrDefault("genre", "memo"), form.get("title"),
				form.get("summary"), form.get("language"), submitted, user.id());
		return "redirect:/councils/memos/" + reference + "?filed";
	}

	@GetMapping("/councils/memos/{reference}")
	String memo(@PathVariable String reference, @AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Memo original = memos.byReference(reference)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		MemoTexts.Localized localized = texts.in(original, locale.getLanguage());
		Memo memo = localized.memo();
		Council council = councils.byId(memo.councilId()).orElseThrow();
		model.addAttribute("memo", memo);
		model.addAttribute("texts", localized.shown());
		boolean writer = user != null && mayTranslate(user.id(), original);
		model.addAttribute("mayTranslate", writer);
		model.addAttribute("missingLanguage", writer ? texts.missing(original) : null);
		model.addAttribute("council", council);
		model.addAttribute("name", pages.name(council, locale));
		model.addAttribute("author", memo.organisationId() == null ? null
				: accounts.organisation(memo.organisationId()).map(o -> o.name()).orElse(null));
		model.addAttribute("body", memo.bodyId() == null ? null : bodies.byId(memo.bodyId()).orElse(null));
		model.addAttribute("committees", pages.committeesById(council));
		model.addAttribute("canManage", user != null && access.mayManage(user.id(), council));
		model.addAttribute("outcomes", Memos.OUTCOMES);
		model.addAttribute("changes", Memos.CHANGES);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
			model.addAttribute("errors", Map.of());
		}
		return "council/memo";
	}

	/**
	 * Who may write a memo in other languages: the council's staff, and the
	 * representatives of the association that wrote it.
	 */
	private boolean mayTranslate(long personId, Memo memo) {
		return access.mayManage(personId, councils.byId(memo.councilId()).orElseThrow())
				|| (memo.organisationId() != null && accounts.associationsRepresentedBy(personId)
					.stream()
					.anyMatch(o -> o.id() == memo.organisationId()));
	}

	private static final String TEXTS = "/councils/memos/{reference}/texts";

	private Memo translatable(String reference, String language, SawaUser user) {
		Memo memo = memos.byReference(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!mayTranslate(user.id(), memo)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (!TextVersions.translatable(language, memo.language())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return memo;
	}

	@GetMapping(TEXTS)
	String textsForm(@PathVariable String reference, @RequestParam("language") String language,
			@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Memo m = translatable(reference, language, user);
		List<VersionsPage.Field> fields = new java.util.ArrayList<>(List.of(
				new VersionsPage.Field("title", messages.getMessage("council.memo.title", null, locale), m.title()),
				new VersionsPage.Field("summary", messages.getMessage("council.memo.summary", null, locale),
						m.summary())));
		if (m.changeText() != null) {
			fields.add(new VersionsPage.Field("changeText", messages.getMessage("council.memo.change", null, locale),
					m.changeText()));
		}
		String page = "/councils/memos/" + reference;
		return VersionsPage.fill(model,
				new VersionsPage.Record(reference, m.title(), page, m.language(), page + "/texts"), language, fields,
				texts.written(m, language));
	}

	@PostMapping(TEXTS)
	@FormPage(TEXTS)
	String writeTexts(@PathVariable String reference, @RequestParam("language") String language,
			@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		Memo m = translatable(reference, language, user);
		// only the fields' names are read from the form
		texts.write(m, language, form, user.id());
		return "redirect:/councils/memos/" + reference + "?translated";
	}

	// Each step of a memo; a refusal shows the memo's page again with the reason at its
	// field.

	private static final String MEMO_PAGE = "/councils/memos/{reference}";

	/** The memo, for the staff of its council. */
	private Memo managedMemo(String reference, SawaUser user) {
		Memo memo = memos.byReference(reference).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!access.mayManage(user.id(), councils.byId(memo.councilId()).orElseThrow())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return memo;
	}

	@PostMapping("/councils/memos/{reference}/receive")
	@FormPage(MEMO_PAGE)
	String receiveMemo(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		managedMemo(reference, user);
		memos.receive(reference, date(form.get("onDay")), form.get("note"), user.id());
		return "redirect:/councils/memos/" + reference + "?done=receive";
	}

	@PostMapping("/councils/memos/{reference}/refer")
	@FormPage(MEMO_PAGE)
	String referMemo(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		managedMemo(reference, user);
		memos.refer(reference, id(form.get("committee")), date(form.get("onDay")), form.get("note"), user.id());
		return "redirect:/councils/memos/" + reference + "?done=refer";
	}

	@PostMapping("/councils/memos/{reference}/examine")
	@FormPage(MEMO_PAGE)
	String examineMemo(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		managedMemo(reference, user);
		memos.examine(reference, form.get("outcome"), form.get("changeKind"), form.get("changeText"),
				date(form.get("onDay")), form.get("note"), user.id());
		return "redirect:/councils/memos/" + reference + "?done=examine";
	}

	private Council found(String code) {
		return councils.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
