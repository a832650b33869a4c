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
import org.sawa.council.Memos;
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
 * by the council's staff. Public pages are in {@link CouncilController}.
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

	MemoController(Councils councils, Memos memos, Territories territories, Accounts accounts, CouncilAccess access,
			CouncilController pages, ConsultativeBodies bodies) {
		this.bodies = bodies;
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
			model.addAttribute("form", Map.of());
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
				form.get("summary"), submitted, user.id());
		return "redirect:/councils/memos/" + reference + "?filed";
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
