package org.sawa.council.web;

import static org.sawa.web.FormValues.date;
import static org.sawa.web.FormValues.id;
import static org.sawa.web.FormValues.integer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.council.ConsultativeBodies;
import org.sawa.council.Council;
import org.sawa.council.CouncilRefused;
import org.sawa.council.CouncilSessions;
import org.sawa.council.Councils;
import org.sawa.council.Mandate;
import org.sawa.council.Member;
import org.sawa.council.Memberships;
import org.sawa.council.internal.CouncilAccess;
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
 * Staff keep a council's records: establish it, open a mandate, seat members, give and
 * end posts, add committees and enter a whole session at once (memos are in
 * {@link MemoController}).
 */
@Controller
class CouncilStaffController {

	private final Clock clock;

	/**
	 * Blank intervention rows offered by the session form; "more rows" adds as many
	 * again.
	 */
	static final int ROWS = 8;

	private final Councils councils;

	private final Memberships memberships;

	private final CouncilSessions sessions;

	private final Territories territories;

	private final CouncilAccess access;

	private final CouncilController pages;

	private final ConsultativeBodies bodies;

	CouncilStaffController(Councils councils, Memberships memberships, CouncilSessions sessions,
			Territories territories, CouncilAccess access, CouncilController pages, ConsultativeBodies bodies,
			Clock clock) {
		this.bodies = bodies;
		this.memberships = memberships;
		this.clock = clock;
		this.councils = councils;
		this.sessions = sessions;
		this.territories = territories;
		this.access = access;
		this.pages = pages;
	}

	// ------------------------------------------------------------------ council,
	// members, posts

	@GetMapping("/councils/{code}/manage")
	String manage(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam(required = false) String done, Locale locale, Model model) {
		return manage(code, user, done, Map.of(), Map.of(), locale, model);
	}

	private String manage(String code, SawaUser user, String done, Map<String, String> form, Map<String, String> errors,
			Locale locale, Model model) {
		Territory territory = managedTerritory(code, user);
		model.addAttribute("territory", territory);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
			model.addAttribute("errors", errors);
		}
		model.addAttribute("done", done);
		Council council = councils.byCode(code).orElse(null);
		model.addAttribute("council", council);
		if (council != null) {
			LocalDate today = LocalDate.now(clock);
			Mandate mandate = councils.mandateAt(council.id(), today).orElse(null);
			model.addAttribute("name", pages.name(council, locale));
			model.addAttribute("mandate", mandate);
			model.addAttribute("committees", councils.committees(council.id()));
			List<String> taken = bodies.ofCouncil(council.id()).stream().map(b -> b.kind()).toList();
			model.addAttribute("bodyKinds",
					org.sawa.council.ConsultativeBody.kindsFor(council.level())
						.stream()
						.filter(k -> !taken.contains(k))
						.toList());
			List<Member> members = mandate == null ? List.of() : memberships.members(mandate.id());
			model.addAttribute("members", members);
			model.addAttribute("seated", members.stream().filter(m -> m.activeOn(today)).toList());
			model.addAttribute("today", today);
		}
		model.addAttribute("seatTypes", Memberships.SEAT_TYPES);
		model.addAttribute("posts", Memberships.POSTS);
		return "council/manage";
	}

	// Each form of the manage page: a refusal shows the page again with the reasons in
	// the form
	// they came from (@FormPage's scope, read by the page's scoped fields).

	private static final String MANAGE_PAGE = "/councils/{code}/manage";

	/**
	 * The council of a territory the person manages (staff or programme officer of it).
	 */
	private Council manageable(String code, SawaUser user) {
		managedTerritory(code, user);
		return councils.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The territory of a code, for its staff and programme officers only. */
	private Territory managedTerritory(String code, SawaUser user) {
		Territory territory = territories.byCode(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!access.mayManageTerritory(user.id(), territory.id())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return territory;
	}

	private static String managed(String code, String done) {
		return "redirect:/councils/" + code + "/manage?done=" + done;
	}

	@PostMapping("/councils/{code}/manage/establish")
	@FormPage(value = MANAGE_PAGE, scope = "establish")
	String establish(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		managedTerritory(code, user);
		Integer seats = integer(form.get("seats"));
		councils.establish(code, seats == null ? -1 : seats, form.getOrDefault("label", "").trim(),
				date(form.get("startsOn")), date(form.get("endsOn")), user.id());
		return managed(code, "established");
	}

	@PostMapping("/councils/{code}/manage/mandates")
	@FormPage(value = MANAGE_PAGE, scope = "mandates")
	String openMandate(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Council council = manageable(code, user);
		councils.openMandate(council.id(), form.getOrDefault("label", "").trim(), date(form.get("startsOn")),
				date(form.get("endsOn")), user.id());
		return managed(code, "mandates");
	}

	@PostMapping("/councils/{code}/manage/members")
	@FormPage(value = MANAGE_PAGE, scope = "members")
	String elect(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Council council = manageable(code, user);
		Mandate mandate = current(council);
		memberships.elect(mandate.id(),
				new Memberships.NewMember(form.get("fullName"), form.get("sex"), integer(form.get("birthYear")),
						form.get("seatType"), form.get("listLabel"), date(form.get("startsOn"))),
				user.id());
		return managed(code, "members");
	}

	@PostMapping("/councils/{code}/manage/posts")
	@FormPage(value = MANAGE_PAGE, scope = "posts")
	String assignPost(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Council council = manageable(code, user);
		memberships.assignPost(ownMember(council, id(form.get("member"))), form.get("post"), id(form.get("committee")),
				integer(form.get("rank")), date(form.get("startsOn")), user.id());
		return managed(code, "posts");
	}

	@PostMapping("/councils/{code}/manage/end-post")
	@FormPage(value = MANAGE_PAGE, scope = "end-post")
	String endPost(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Council council = manageable(code, user);
		long holding = id(form.get("holding")) == null ? -1 : id(form.get("holding"));
		ownPost(council, holding);
		memberships.endPost(holding, date(form.get("endsOn")), user.id());
		return managed(code, "end-post");
	}

	@PostMapping("/councils/{code}/manage/leave")
	@FormPage(value = MANAGE_PAGE, scope = "leave")
	String leave(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Council council = manageable(code, user);
		memberships.leave(ownMember(council, id(form.get("member"))), date(form.get("endsOn")), user.id());
		return managed(code, "leave");
	}

	@PostMapping("/councils/{code}/manage/committees")
	@FormPage(value = MANAGE_PAGE, scope = "committees")
	String addCommittee(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Council council = manageable(code, user);
		Map<String, String> names = new LinkedHashMap<>();
		for (String language : List.of("ar", "fr", "en", "zgh")) {
			names.put(language, form.getOrDefault("name_" + language, ""));
		}
		councils.addCommittee(council.id(), form.get("kind"), names, user.id());
		return managed(code, "committees");
	}

	private Mandate current(Council council) {
		return councils.mandateAt(council.id(), LocalDate.now(clock))
			.orElseThrow(() -> new CouncilRefused("", "council.error.noMandate"));
	}

	/** A membership of this council, or a refusal at the member field. */
	private long ownMember(Council council, Long membershipId) {
		Member member = membershipId == null ? null : memberships.member(membershipId).orElse(null);
		if (member == null || councils.mandate(member.mandateId()).orElseThrow().councilId() != council.id()) {
			throw new CouncilRefused("member", "council.error.noMember");
		}
		return membershipId;
	}

	private void ownPost(Council council, long holdingId) {
		boolean ours = councils.mandates(council.id())
			.stream()
			.flatMap(m -> memberships.members(m.id()).stream())
			.flatMap(m -> m.posts().stream())
			.anyMatch(p -> p.id() == holdingId);
		if (!ours) {
			throw new CouncilRefused("", "council.error.noPost");
		}
	}

	// ------------------------------------------------------------------ a session, in
	// bulk

	@GetMapping("/councils/{code}/sessions/new")
	String newSession(@PathVariable String code, @RequestParam(defaultValue = "" + ROWS) int rows,
			@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Council council = managed(code, user);
		// refused: the session as it was typed, every reason at its field
		Map<String, String> form = FormValues.typed(model).orElse(Map.of());
		Mandate mandate = current(council);
		LocalDate day = date(form.get("heldOn"));
		LocalDate on = day != null && mandate.covers(day) ? day : LocalDate.now(clock);
		model.addAttribute("council", council);
		model.addAttribute("name", pages.name(council, locale));
		model.addAttribute("mandate", mandate);
		model.addAttribute("members", memberships.members(mandate.id()).stream().filter(m -> m.activeOn(on)).toList());
		model.addAttribute("rows", Math.max(ROWS, Math.min(rows, 80)));
		model.addAttribute("kinds", CouncilSessions.KINDS);
		model.addAttribute("modes", CouncilSessions.MODES);
		model.addAttribute("attendanceStates", CouncilSessions.ATTENDANCE);
		model.addAttribute("interventionKinds", CouncilSessions.INTERVENTION_KINDS);
		return "council/session-new";
	}

	/**
	 * "More rows" without JavaScript: the same form, with what was typed and ten more
	 * intervention rows; nothing is recorded.
	 */
	@PostMapping(value = "/councils/{code}/sessions/new", params = "more")
	String moreRows(@PathVariable String code, @RequestParam(defaultValue = "" + ROWS) int rows,
			@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form, Locale locale,
			Model model) {
		model.addAttribute("form", new LinkedHashMap<>(form));
		model.addAttribute("errors", Map.of());
		return newSession(code, Math.min(rows + ROWS, 80), user, locale, model);
	}

	@PostMapping("/councils/{code}/sessions/new")
	@FormPage("/councils/{code}/sessions/new")
	String recordSession(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Council council = managed(code, user);
		int rows = Math.max(ROWS, Math.min(integer(form.get("rows")) == null ? ROWS : integer(form.get("rows")), 80));
		Mandate mandate = current(council);
		Map<Long, String> attendance = attendance(form);
		List<CouncilSessions.InterventionRow> interventions = new ArrayList<>();
		for (int row = 0; row < rows; row++) {
			interventions.add(interventionRow(form, row));
		}
		List<String> agenda = List.of(form.getOrDefault("agenda", "").split("\\R"));
		long session = sessions.record(new CouncilSessions.Entry(mandate.id(), form.get("kind"),
				date(form.get("heldOn")), form.get("mode"), form.get("place"), agenda, attendance, interventions),
				user.id());
		return "redirect:/councils/" + code + "/sessions/" + session + "?recorded";
	}

	/**
	 * Each member's attendance as the form gives it ({@code attendance.<membership>}).
	 */
	static Map<Long, String> attendance(Map<String, String> form) {
		Map<Long, String> attendance = new LinkedHashMap<>();
		form.forEach((field, value) -> {
			if (field.startsWith("attendance.") && id(field.substring("attendance.".length())) != null) {
				attendance.put(id(field.substring("attendance.".length())), value);
			}
		});
		return attendance;
	}

	/** Row {@code row} of an interventions grid ({@code iv.<row>.member} and so on). */
	static CouncilSessions.InterventionRow interventionRow(Map<String, String> form, int row) {
		String prefix = "iv." + row + ".";
		return new CouncilSessions.InterventionRow(row, id(form.get(prefix + "member")),
				integer(form.get(prefix + "item")), form.get(prefix + "kind"), form.get(prefix + "summary"));
	}

	private Council managed(String code, SawaUser user) {
		Council council = councils.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!access.mayManage(user.id(), council)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return council;
	}

	private Council found(String code) {
		return councils.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
