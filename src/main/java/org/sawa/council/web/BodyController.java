package org.sawa.council.web;

import static org.sawa.web.FormValues.date;
import static org.sawa.web.FormValues.id;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.Accounts;
import org.sawa.account.Organisation;
import org.sawa.account.SawaUser;
import org.sawa.audit.Corrections;
import org.sawa.council.BodyMemberCorrections;
import org.sawa.council.ConsultativeBodies;
import org.sawa.council.ConsultativeBody;
import org.sawa.council.Council;
import org.sawa.council.CouncilRefused;
import org.sawa.council.Councils;
import org.sawa.council.MemoTexts;
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
 * A council's consultative bodies: the public page of each (members, meetings, the
 * opinions and memos it sent and where they stand) and, for the council's staff on the
 * same page, adding a member, a member leaving and recording a meeting; setting a body up
 * is on the council's manage page.
 */
@Controller
class BodyController {

	private static final String BODY_PAGE = "/councils/{code}/bodies/{kind}";

	private final Councils councils;

	private final ConsultativeBodies bodies;

	private final Memos memos;

	private final Accounts accounts;

	private final Territories territories;

	private final CouncilAccess access;

	private final CouncilController pages;

	private final Clock clock;

	private final BodyMemberCorrections memberCorrections;

	private final Corrections versions;

	private final MemoTexts memoTexts;

	BodyController(Councils councils, ConsultativeBodies bodies, Memos memos, Accounts accounts,
			Territories territories, CouncilAccess access, CouncilController pages,
			BodyMemberCorrections memberCorrections, Corrections versions, MemoTexts memoTexts, Clock clock) {
		this.memberCorrections = memberCorrections;
		this.memoTexts = memoTexts;
		this.versions = versions;
		this.councils = councils;
		this.bodies = bodies;
		this.memos = memos;
		this.accounts = accounts;
		this.territories = territories;
		this.access = access;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping(BODY_PAGE)
	String body(@PathVariable String code, @PathVariable String kind, @RequestParam(required = false) String done,
			@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Council council = councils.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ConsultativeBody body = bodies.byKind(council.id(), kind)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		LocalDate today = LocalDate.now(clock);
		List<ConsultativeBody.BodyMember> members = bodies.members(body.id());
		Map<Long, String> organisations = new LinkedHashMap<>();
		members.stream()
			.filter(m -> m.organisationId() != null)
			.forEach(m -> organisations.put(m.organisationId(),
					accounts.organisation(m.organisationId()).map(Organisation::name).orElse("?")));
		List<ConsultativeBody.BodyMember> current = members.stream().filter(m -> m.activeOn(today)).toList();
		long named = current.stream().filter(m -> m.sex() != null).count();
		long women = current.stream().filter(m -> "female".equals(m.sex())).count();
		boolean canManage = user != null && access.mayManage(user.id(), council);
		model.addAttribute("council", council);
		model.addAttribute("name", pages.name(council, locale));
		model.addAttribute("body", body);
		model.addAttribute("members", current);
		model.addAttribute("former", members.stream().filter(m -> !m.activeOn(today)).toList());
		model.addAttribute("membersById", byId(members));
		model.addAttribute("organisations", organisations);
		model.addAttribute("named", named);
		model.addAttribute("women", women);
		model.addAttribute("meetings", bodies.meetings(body.id()));
		MemoLists.put(model, memoTexts, memos.fromBody(body.id()), locale);
		model.addAttribute("councilNames", Map.of(council.id(), pages.name(council, locale)));
		model.addAttribute("canManage", canManage);
		Map<Long, String> subjects = new LinkedHashMap<>();
		members.forEach(m -> subjects.put(m.id(), BodyMemberCorrections.subject(m.id())));
		model.addAttribute("corrected", versions.lastCorrected(subjects));
		model.addAttribute("done", done);
		model.addAttribute("today", today);
		if (canManage) {
			Map<Long, String> choices = new LinkedHashMap<>();
			associations(council).forEach(o -> choices.put(o.id(), o.name()));
			model.addAttribute("associations", choices);
			model.addAttribute("memberKinds", ConsultativeBodies.MEMBER_KINDS);
			model.addAttribute("roles", ConsultativeBodies.ROLES);
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
			model.addAttribute("errors", Map.of());
		}
		return "council/body";
	}

	private static Map<Long, ConsultativeBody.BodyMember> byId(List<ConsultativeBody.BodyMember> members) {
		Map<Long, ConsultativeBody.BodyMember> byId = new LinkedHashMap<>();
		members.forEach(m -> byId.put(m.id(), m));
		return byId;
	}

	/**
	 * The associations that may sit in the council's bodies: those of its territory, of a
	 * territory within it or one it lies in, by name.
	 */
	private List<Organisation> associations(Council council) {
		Territory territory = territories.byId(council.territoryId()).orElseThrow();
		return accounts.organisations("association")
			.stream()
			.filter(o -> territories.byId(o.territoryId())
				.map(t -> territory.contains(t) || t.contains(territory))
				.orElse(false))
			.sorted(java.util.Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	@PostMapping("/councils/{code}/manage/bodies")
	@FormPage(value = "/councils/{code}/manage", scope = "bodies")
	String establish(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Council council = managed(code, user);
		Map<String, String> names = new LinkedHashMap<>();
		for (String language : List.of("ar", "fr", "en", "zgh")) {
			names.put(language, form.getOrDefault("name_" + language, ""));
		}
		String kind = form.getOrDefault("kind", "");
		bodies.establish(council.id(), kind, names, date(form.get("establishedOn")), user.id());
		return "redirect:/councils/" + code + "/bodies/" + kind + "?done=established";
	}

	@PostMapping("/councils/{code}/bodies/{kind}/members")
	@FormPage(value = BODY_PAGE, scope = "members")
	String addMember(@PathVariable String code, @PathVariable String kind, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		ConsultativeBody body = managedBody(code, kind, user);
		bodies.addMember(body.id(),
				new ConsultativeBodies.NewBodyMember(form.get("memberKind"), id(form.get("organisation")),
						form.get("personName"), form.get("sex"), form.get("role"), date(form.get("startsOn"))),
				user.id());
		return "redirect:/councils/" + code + "/bodies/" + kind + "?done=member";
	}

	@PostMapping("/councils/{code}/bodies/{kind}/leave")
	@FormPage(value = BODY_PAGE, scope = "leave")
	String leave(@PathVariable String code, @PathVariable String kind, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		ConsultativeBody body = managedBody(code, kind, user);
		Long member = id(form.get("member"));
		if (member == null || bodies.member(member).filter(m -> m.bodyId() == body.id()).isEmpty()) {
			throw new CouncilRefused("", "council.error.noBodyMember");
		}
		bodies.endMember(member, date(form.get("endsOn")), user.id());
		return "redirect:/councils/" + code + "/bodies/" + kind + "?done=left";
	}

	@PostMapping("/councils/{code}/bodies/{kind}/meetings")
	@FormPage(value = BODY_PAGE, scope = "meetings")
	String recordMeeting(@PathVariable String code, @PathVariable String kind, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		ConsultativeBody body = managedBody(code, kind, user);
		List<Long> present = new ArrayList<>();
		form.forEach((field, value) -> {
			if (field.startsWith("present.") && id(field.substring("present.".length())) != null) {
				present.add(id(field.substring("present.".length())));
			}
		});
		bodies.recordMeeting(body.id(), new ConsultativeBodies.NewMeeting(date(form.get("heldOn")), form.get("place"),
				form.get("subject"), form.get("minutes"), present), user.id());
		return "redirect:/councils/" + code + "/bodies/" + kind + "?done=meeting";
	}

	private static final String MEMBER_FORM = "/councils/{code}/bodies/{kind}/members/{id}/correct";

	@GetMapping(MEMBER_FORM)
	String memberForm(@PathVariable String code, @PathVariable String kind, @PathVariable long id,
			@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		ConsultativeBody body = managedBody(code, kind, user);
		ConsultativeBody.BodyMember member = memberOf(body, id);
		if (!model.containsAttribute("form")) {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("memberKind", member.memberKind());
			form.put("organisation", member.organisationId() == null ? "" : member.organisationId().toString());
			form.put("personName", member.personName() == null ? "" : member.personName());
			form.put("sex", member.sex() == null ? "" : member.sex());
			form.put("role", member.role());
			form.put("startsOn", member.startsOn().toString());
			model.addAttribute("form", form);
			model.addAttribute("errors", Map.of());
		}
		Council council = councils.byId(body.councilId()).orElseThrow();
		Map<Long, String> choices = new LinkedHashMap<>();
		associations(council).forEach(o -> choices.put(o.id(), o.name()));
		model.addAttribute("council", council);
		model.addAttribute("name", pages.name(council, locale));
		model.addAttribute("body", body);
		model.addAttribute("member", member);
		model.addAttribute("associations", choices);
		model.addAttribute("memberKinds", ConsultativeBodies.MEMBER_KINDS);
		model.addAttribute("roles", ConsultativeBodies.ROLES);
		model.addAttribute("versions", versions.of(BodyMemberCorrections.subject(id)));
		return "council/body-member-correct";
	}

	@PostMapping(MEMBER_FORM)
	@FormPage(MEMBER_FORM)
	String correctMember(@PathVariable String code, @PathVariable String kind, @PathVariable long id,
			@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		ConsultativeBody body = managedBody(code, kind, user);
		memberOf(body, id);
		memberCorrections.correct(id,
				new ConsultativeBodies.NewBodyMember(form.get("memberKind"), id(form.get("organisation")),
						form.get("personName"), form.get("sex"), form.get("role"), date(form.get("startsOn"))),
				form.get("reason"), user.id());
		return "redirect:/councils/" + code + "/bodies/" + kind + "?done=corrected";
	}

	private ConsultativeBody.BodyMember memberOf(ConsultativeBody body, long id) {
		return bodies.member(id)
			.filter(m -> m.bodyId() == body.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Council managed(String code, SawaUser user) {
		Council council = councils.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!access.mayManage(user.id(), council)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return council;
	}

	private ConsultativeBody managedBody(String code, String kind, SawaUser user) {
		Council council = managed(code, user);
		return bodies.byKind(council.id(), kind).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
