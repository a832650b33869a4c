package org.sawa.council.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.Accounts;
import org.sawa.account.SawaUser;
import org.sawa.audit.Corrections;
import org.sawa.council.Committee;
import org.sawa.council.ConsultativeBodies;
import org.sawa.council.Council;
import org.sawa.council.CouncilSessions;
import org.sawa.council.Councils;
import org.sawa.council.Intervention;
import org.sawa.council.Mandate;
import org.sawa.council.Member;
import org.sawa.council.MemberCorrections;
import org.sawa.council.Memberships;
import org.sawa.council.Memo;
import org.sawa.council.MemoTexts;
import org.sawa.council.Memos;
import org.sawa.council.QuotaRules;
import org.sawa.council.Representation;
import org.sawa.council.RepresentationAnalysis;
import org.sawa.council.Session;
import org.sawa.council.SessionCorrections;
import org.sawa.council.internal.CouncilAccess;
import org.sawa.council.internal.CouncilNames;
import org.sawa.council.internal.PopoloExport;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.context.MessageSource;
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
 * What everyone sees of the councils: the councils of a territory with women's
 * representation against the quotas, each council's members, posts, committees, sessions
 * and memos, each session with its agenda and interventions, each memo's path, and the
 * Popolo export.
 */
@Controller
class CouncilController {

	private final Clock clock;

	private final Councils councils;

	private final Memberships memberships;

	private final CouncilSessions sessions;

	private final Memos memos;

	private final RepresentationAnalysis analysis;

	private final PopoloExport popolo;

	private final Territories territories;

	private final Accounts accounts;

	private final CouncilAccess access;

	private final MessageSource messages;

	private final ConsultativeBodies bodies;

	private final Corrections corrections;

	private final QuotaRules quotaRules;

	private final MemoTexts memoTexts;

	CouncilController(Councils councils, Memberships memberships, CouncilSessions sessions, Memos memos,
			RepresentationAnalysis analysis, PopoloExport popolo, Territories territories, Accounts accounts,
			CouncilAccess access, MessageSource messages, ConsultativeBodies bodies, Corrections corrections,
			QuotaRules quotaRules, MemoTexts memoTexts, Clock clock) {
		this.quotaRules = quotaRules;
		this.memoTexts = memoTexts;
		this.bodies = bodies;
		this.corrections = corrections;
		this.memberships = memberships;
		this.clock = clock;
		this.councils = councils;
		this.sessions = sessions;
		this.memos = memos;
		this.analysis = analysis;
		this.popolo = popolo;
		this.territories = territories;
		this.accounts = accounts;
		this.access = access;
		this.messages = messages;
	}

	/**
	 * The councils of a territory (the country by default) and their representation
	 * figures.
	 */
	@GetMapping("/councils")
	String index(@RequestParam(required = false) String territory, Locale locale, Model model) {
		Territory scope = territory == null || territory.isBlank() ? territories.country().orElseThrow()
				: territories.byCode(territory).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		LocalDate today = LocalDate.now(clock);
		Representation representation = analysis.of(scope, today);
		List<Territory> choices = new ArrayList<>(territories.atLevel(Level.COUNTRY));
		for (Territory region : territories.atLevel(Level.REGION)) {
			choices.add(region);
			choices.addAll(territories.children(region.id()));
		}
		model.addAttribute("scope", scope);
		model.addAttribute("choices", choices);
		model.addAttribute("rep", representation);
		model.addAttribute("names",
				names(representation.councils().stream().map(Representation.CouncilLine::council).toList(), locale));
		model.addAttribute("quotas", quotaRules.quotas());
		model.addAttribute("reservedSeats", quotaRules.reservedSeats());
		MemoLists.put(model, memoTexts,
				memos.toCouncils(representation.councils().stream().map(l -> l.council().id()).toList())
					.stream()
					.limit(20)
					.toList(),
				locale);
		model.addAttribute("councilNames", names(councils.within(scope), locale));
		return "council/index";
	}

	@GetMapping("/councils/{code}")
	String council(@PathVariable String code, @RequestParam(required = false) String mandate,
			@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Council council = found(code);
		LocalDate today = LocalDate.now(clock);
		List<Mandate> mandates = councils.mandates(council.id());
		Mandate shown = mandates.stream()
			.filter(m -> m.label().equals(mandate))
			.findFirst()
			.or(() -> councils.mandateAt(council.id(), today))
			.orElse(null);
		model.addAttribute("council", council);
		model.addAttribute("name", name(council, locale));
		model.addAttribute("territory", territories.byId(council.territoryId()).orElseThrow());
		model.addAttribute("mandates", mandates);
		model.addAttribute("mandate", shown);
		model.addAttribute("committees", committeesById(council));
		model.addAttribute("bodies", bodies.ofCouncil(council.id()));
		model.addAttribute("canManage", user != null && access.mayManage(user.id(), council));
		if (shown != null) {
			LocalDate on = shown.covers(today) ? today : shown.endsOn();
			List<Member> members = memberships.members(shown.id());
			Map<Long, Long> spoken = new LinkedHashMap<>();
			for (Intervention intervention : sessions.interventions(shown.id())) {
				spoken.merge(intervention.membershipId(), 1L, Long::sum);
			}
			model.addAttribute("on", on);
			model.addAttribute("members", members.stream().filter(m -> m.activeOn(on)).toList());
			model.addAttribute("former", members.stream().filter(m -> !m.activeOn(on)).toList());
			model.addAttribute("spoken", spoken);
			List<Session> sittings = sessions.sessions(shown.id());
			model.addAttribute("sessions", sittings);
			model.addAttribute("rep", analysis.of(List.of(council), on));
			Map<Long, String> sessionSubjects = new LinkedHashMap<>();
			sittings.forEach(s -> sessionSubjects.put(s.id(), SessionCorrections.subject(s.id())));
			model.addAttribute("corrected", corrections.lastCorrected(sessionSubjects));
			Map<Long, String> memberSubjects = new LinkedHashMap<>();
			members.forEach(m -> memberSubjects.put(m.membershipId(), MemberCorrections.subject(m.membershipId())));
			model.addAttribute("membersCorrected", corrections.lastCorrected(memberSubjects));
		}
		MemoLists.put(model, memoTexts, memos.toCouncils(List.of(council.id())), locale);
		model.addAttribute("councilNames", Map.of(council.id(), name(council, locale)));
		model.addAttribute("signedIn", user != null);
		return "council/show";
	}

	@GetMapping("/councils/{code}/sessions/{id}")
	String session(@PathVariable String code, @PathVariable long id, @AuthenticationPrincipal SawaUser user,
			Locale locale, Model model) {
		Council council = found(code);
		Session session = sessions.session(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Mandate mandate = councils.mandate(session.mandateId()).orElseThrow();
		if (mandate.councilId() != council.id()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Map<Long, Member> members = new LinkedHashMap<>();
		memberships.members(mandate.id()).forEach(m -> members.put(m.membershipId(), m));
		Map<Long, String> attendance = sessions.attendance(id);
		long[] present = new long[2];
		long[] away = new long[2];
		attendance.forEach((membership, status) -> {
			long[] counts = List.of("present", "remote").contains(status) ? present : away;
			counts[members.get(membership).isWoman() ? 0 : 1]++;
		});
		model.addAttribute("council", council);
		model.addAttribute("name", name(council, locale));
		model.addAttribute("sitting", session);
		Map<Long, Integer> positions = new LinkedHashMap<>();
		session.agenda().forEach(i -> positions.put(i.id(), i.position()));
		model.addAttribute("positions", positions);
		model.addAttribute("members", members);
		model.addAttribute("attendance", attendance);
		model.addAttribute("present", present);
		model.addAttribute("away", away);
		model.addAttribute("interventions",
				sessions.interventions(mandate.id()).stream().filter(i -> i.sessionId() == id).toList());
		model.addAttribute("corrections", corrections.of(SessionCorrections.subject(id)));
		model.addAttribute("canManage", user != null && access.mayManage(user.id(), council));
		return "council/session";
	}

	@GetMapping("/councils/{code}/popolo.json")
	ResponseEntity<Map<String, Object>> popolo(@PathVariable String code, Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header("Content-Disposition", "inline; filename=\"council-" + code + "-popolo.json\"")
			.body(popolo.of(found(code), locale));
	}

	private Council found(String code) {
		return councils.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	Map<Long, Committee> committeesById(Council council) {
		Map<Long, Committee> byId = new LinkedHashMap<>();
		councils.committees(council.id()).forEach(c -> byId.put(c.id(), c));
		return byId;
	}

	String name(Council council, Locale locale) {
		return CouncilNames.of(council, territories.byId(council.territoryId()).orElseThrow(), messages, locale);
	}

	private Map<Long, String> names(List<Council> list, Locale locale) {
		Map<Long, String> names = new LinkedHashMap<>();
		list.forEach(c -> names.put(c.id(), name(c, locale)));
		return names;
	}

}
