package org.sawa.council.web;

import static org.sawa.web.FormValues.date;
import static org.sawa.web.FormValues.id;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.audit.Corrections;
import org.sawa.council.Committee;
import org.sawa.council.Council;
import org.sawa.council.CouncilRefused;
import org.sawa.council.CouncilSessions;
import org.sawa.council.Councils;
import org.sawa.council.Intervention;
import org.sawa.council.Mandate;
import org.sawa.council.Member;
import org.sawa.council.MemberCorrections;
import org.sawa.council.Memberships;
import org.sawa.council.Session;
import org.sawa.council.SessionCorrections;
import org.sawa.council.internal.CouncilAccess;
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
 * Staff of a council correct a recorded session or a member from the browser: the form
 * shows the record as it stands, every field may change, a reason is required, and the
 * public pages then say when and what was corrected.
 */
@Controller
class CorrectionController {

	private static final String SESSION_FORM = "/councils/{code}/sessions/{id}/correct";

	/**
	 * Blank rows the session correction offers for interventions left out when recorded.
	 */
	static final int ADDED_ROWS = 2;

	private final Councils councils;

	private final CouncilSessions sessions;

	private final SessionCorrections corrections;

	private final Memberships memberships;

	private final CouncilAccess access;

	private final CouncilController pages;

	private final MemberCorrections members;

	private final Corrections memberVersions;

	CorrectionController(Councils councils, CouncilSessions sessions, SessionCorrections corrections,
			Memberships memberships, CouncilAccess access, CouncilController pages, MemberCorrections members,
			Corrections memberVersions) {
		this.members = members;
		this.memberVersions = memberVersions;
		this.councils = councils;
		this.sessions = sessions;
		this.corrections = corrections;
		this.memberships = memberships;
		this.access = access;
		this.pages = pages;
	}

	@GetMapping(SESSION_FORM)
	String sessionForm(@PathVariable String code, @PathVariable long id, @AuthenticationPrincipal SawaUser user,
			Locale locale, Model model) {
		Council council = managed(code, user);
		Session session = sessionOf(council, id);
		Map<Long, String> attendance = sessions.attendance(id);
		Map<Long, Member> members = new LinkedHashMap<>();
		memberships.members(session.mandateId())
			.stream()
			.filter(m -> attendance.containsKey(m.membershipId()))
			.forEach(m -> members.put(m.membershipId(), m));
		List<Intervention> spoken = spoken(session);
		Map<Long, Integer> positions = new LinkedHashMap<>();
		session.agenda().forEach(i -> positions.put(i.id(), i.position()));
		Map<String, String> recorded = new LinkedHashMap<>();
		for (int row = 0; row < spoken.size(); row++) {
			Intervention intervention = spoken.get(row);
			String prefix = "iv." + row + ".";
			recorded.put(prefix + "id", String.valueOf(intervention.id()));
			recorded.put(prefix + "member", String.valueOf(intervention.membershipId()));
			recorded.put(prefix + "kind", intervention.kind());
			recorded.put(prefix + "item", intervention.agendaItemId() == null ? ""
					: String.valueOf(positions.get(intervention.agendaItemId())));
			recorded.put(prefix + "summary", intervention.summary());
		}
		recorded.put("kind", session.kind());
		recorded.put("heldOn", session.heldOn().toString());
		recorded.put("mode", session.mode());
		recorded.put("place", session.place() == null ? "" : session.place());
		session.agenda().forEach(i -> recorded.put("agenda." + i.position(), i.title()));
		attendance.forEach((m, status) -> recorded.put("attendance." + m, status));
		model.addAttribute("sitting", session);
		model.addAttribute("members", members.values());
		model.addAttribute("kinds", CouncilSessions.KINDS);
		model.addAttribute("modes", CouncilSessions.MODES);
		model.addAttribute("attendanceStates", CouncilSessions.ATTENDANCE);
		model.addAttribute("interventionKinds", CouncilSessions.INTERVENTION_KINDS);
		model.addAttribute("recordedRows", spoken.size());
		model.addAttribute("rows", spoken.size() + ADDED_ROWS);
		return correctionPage(council, recorded, SessionCorrections.subject(id), locale, model,
				"council/session-correct");
	}

	@PostMapping(SESSION_FORM)
	@FormPage(SESSION_FORM)
	String correctSession(@PathVariable String code, @PathVariable long id, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Council council = managed(code, user);
		Session session = sessionOf(council, id);
		List<String> agenda = new ArrayList<>();
		session.agenda().forEach(i -> agenda.add(form.getOrDefault("agenda." + i.position(), "")));
		List<SessionCorrections.Fix> fixes = new ArrayList<>();
		int rows = spoken(session).size() + ADDED_ROWS;
		for (int row = 0; row < rows; row++) {
			String prefix = "iv." + row + ".";
			fixes.add(new SessionCorrections.Fix(id(form.get(prefix + "id")),
					CouncilStaffController.interventionRow(form, row), form.containsKey(prefix + "remove")));
		}
		corrections.correct(id,
				new SessionCorrections.Correction(form.get("kind"), date(form.get("heldOn")), form.get("mode"),
						form.get("place"), agenda, CouncilStaffController.attendance(form), fixes, form.get("reason")),
				user.id());
		return "redirect:/councils/" + code + "/sessions/" + id + "?corrected";
	}

	private static final String MEMBER_FORM = "/councils/{code}/members/{id}/correct";

	@GetMapping(MEMBER_FORM)
	String memberForm(@PathVariable String code, @PathVariable long id, @AuthenticationPrincipal SawaUser user,
			Locale locale, Model model) {
		Council council = managed(code, user);
		Member member = memberOf(council, id);
		Map<String, String> recorded = new LinkedHashMap<>();
		recorded.put("fullName", member.fullName());
		recorded.put("sex", member.sex());
		recorded.put("birthYear", member.birthYear() == null ? "" : member.birthYear().toString());
		recorded.put("seatType", member.seatType());
		recorded.put("listLabel", member.listLabel() == null ? "" : member.listLabel());
		model.addAttribute("member", member);
		model.addAttribute("seatTypes", Memberships.SEAT_TYPES);
		return correctionPage(council, recorded, MemberCorrections.subject(id), locale, model,
				"council/member-correct");
	}

	@PostMapping(MEMBER_FORM)
	@FormPage(MEMBER_FORM)
	String correctMember(@PathVariable String code, @PathVariable long id, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Council council = managed(code, user);
		memberOf(council, id);
		String year = form.getOrDefault("birthYear", "").trim();
		Integer birthYear = FormValues.integer(year);
		if (!year.isEmpty() && birthYear == null) {
			throw new CouncilRefused("birthYear", "council.error.birthYear");
		}
		members.correct(id, new Memberships.NewMember(form.get("fullName"), form.get("sex"), birthYear,
				form.get("seatType"), form.get("listLabel"), null), form.get("reason"), user.id());
		return "redirect:/councils/" + code + "/manage?done=corrected";
	}

	private static final String COMMITTEE_FORM = "/councils/{code}/committees/{id}/correct";

	@GetMapping(COMMITTEE_FORM)
	String committeeForm(@PathVariable String code, @PathVariable long id, @AuthenticationPrincipal SawaUser user,
			Locale locale, Model model) {
		Council council = managed(code, user);
		Committee committee = committeeOf(council, id);
		Map<String, String> recorded = new LinkedHashMap<>();
		committee.names().forEach((language, value) -> recorded.put("name_" + language, value));
		model.addAttribute("committee", committee);
		return correctionPage(council, recorded, Councils.committeeSubject(id), locale, model,
				"council/committee-correct");
	}

	@PostMapping(COMMITTEE_FORM)
	@FormPage(COMMITTEE_FORM)
	String correctCommittee(@PathVariable String code, @PathVariable long id, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Council council = managed(code, user);
		committeeOf(council, id);
		Map<String, String> names = new LinkedHashMap<>();
		for (String language : List.of("ar", "fr", "en", "zgh")) {
			names.put(language, form.getOrDefault("name_" + language, ""));
		}
		councils.correctCommittee(id, names, form.get("reason"), user.id());
		return "redirect:/councils/" + code + "/manage?done=corrected";
	}

	private Committee committeeOf(Council council, long id) {
		return councils.committees(council.id())
			.stream()
			.filter(c -> c.id() == id)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * A correction form: the record as it stands (or, refused, as typed), the council and
	 * the record's earlier versions.
	 */
	private String correctionPage(Council council, Map<String, String> recorded, String subject, Locale locale,
			Model model, String view) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", recorded);
			model.addAttribute("errors", Map.of());
		}
		model.addAttribute("council", council);
		model.addAttribute("name", pages.name(council, locale));
		model.addAttribute("versions", memberVersions.of(subject));
		return view;
	}

	private Member memberOf(Council council, long membershipId) {
		Member member = memberships.member(membershipId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (councils.mandate(member.mandateId()).orElseThrow().councilId() != council.id()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return member;
	}

	private List<Intervention> spoken(Session session) {
		return sessions.interventions(session.mandateId()).stream().filter(i -> i.sessionId() == session.id()).toList();
	}

	private Session sessionOf(Council council, long id) {
		Session session = sessions.session(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Mandate mandate = councils.mandate(session.mandateId()).orElseThrow();
		if (mandate.councilId() != council.id()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return session;
	}

	private Council managed(String code, SawaUser user) {
		Council council = councils.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!access.mayManage(user.id(), council)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return council;
	}

}
