package org.sawa.inforequest.web;

import static org.sawa.web.FormValues.date;

import java.util.List;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.inforequest.InfoArchive;
import org.sawa.inforequest.InfoBodies;
import org.sawa.inforequest.InfoBody;
import org.sawa.inforequest.InfoRequest;
import org.sawa.inforequest.InfoSteps;
import org.sawa.web.FormPage;
import org.sawa.web.Uploads;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The actions on a request, one handler each: the officer's (clarify, extend, answer,
 * refuse, not held, transfer, head's answer, close, publish) and the requester's
 * (clarified, withdraw, complaints). A refusal shows the request's page again with the
 * reason at its field ({@link FormPage}); each form sends its "action" so that the page
 * knows which one to show the reasons in.
 */
@Controller
class InfoStepController {

	private final InfoRequestPages pages;

	private final InfoSteps infoSteps;

	private final InfoArchive archive;

	private final InfoBodies bodies;

	InfoStepController(InfoRequestPages pages, InfoSteps infoSteps, InfoArchive archive, InfoBodies bodies) {
		this.pages = pages;
		this.infoSteps = infoSteps;
		this.archive = archive;
		this.bodies = bodies;
	}

	private static final String REQUEST_PAGE = "/information/requests/{reference}";

	private static String done(InfoRequest request, String done) {
		return "redirect:/information/requests/" + request.reference() + "?" + done;
	}

	@PostMapping("/information/requests/{reference}/clarify")
	@FormPage(REQUEST_PAGE)
	String clarify(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		InfoRequest request = pages.visible(reference, user);
		infoSteps.askClarification(request.id(), user.id(), date(form.get("on")), form.get("text"));
		return done(request, "clarification");
	}

	@PostMapping("/information/requests/{reference}/clarified")
	@FormPage(REQUEST_PAGE)
	String clarified(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		InfoRequest request = pages.visible(reference, user);
		infoSteps.clarified(request.id(), user.id(), date(form.get("on")), form.get("text"));
		return done(request, "clarified");
	}

	@PostMapping("/information/requests/{reference}/extend")
	@FormPage(REQUEST_PAGE)
	String extend(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		InfoRequest request = pages.visible(reference, user);
		infoSteps.extend(request.id(), user.id(), date(form.get("on")), form.get("text"));
		return done(request, "extended");
	}

	@PostMapping("/information/requests/{reference}/answer")
	@FormPage(REQUEST_PAGE)
	String answer(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form,
			@RequestParam(name = "files", required = false) List<MultipartFile> files) {
		InfoRequest request = pages.visible(reference, user);
		boolean full = !"part".equals(form.get("extent"));
		infoSteps.answer(request.id(), user.id(), date(form.get("on")), full, form.get("text"), uploads(files));
		return done(request, full ? "answered" : "answered_part");
	}

	@PostMapping("/information/requests/{reference}/refuse")
	@FormPage(REQUEST_PAGE)
	String refuse(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form,
			@RequestParam(name = "grounds", required = false) List<String> grounds) {
		InfoRequest request = pages.visible(reference, user);
		infoSteps.refuse(request.id(), user.id(), date(form.get("on")), grounds == null ? List.of() : grounds,
				form.get("text"));
		return done(request, "refused");
	}

	@PostMapping("/information/requests/{reference}/not-held")
	@FormPage(REQUEST_PAGE)
	String notHeld(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		InfoRequest request = pages.visible(reference, user);
		infoSteps.notHeld(request.id(), user.id(), date(form.get("on")), form.get("text"));
		return done(request, "not_held");
	}

	@PostMapping("/information/requests/{reference}/transfer")
	@FormPage(REQUEST_PAGE)
	String transfer(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		InfoRequest request = pages.visible(reference, user);
		long to = bodies.byCode(form.getOrDefault("toBody", "")).map(InfoBody::id).orElse(-1L);
		infoSteps.transfer(request.id(), user.id(), date(form.get("on")), to, form.get("text"));
		return done(request, "transferred");
	}

	@PostMapping("/information/requests/{reference}/withdraw")
	@FormPage(REQUEST_PAGE)
	String withdraw(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		InfoRequest request = pages.visible(reference, user);
		org.sawa.web.Confirmation.required(form, "withdrawConfirm");
		infoSteps.withdraw(request.id(), user.id());
		return done(request, "withdrawn");
	}

	@PostMapping("/information/requests/{reference}/complain-head")
	@FormPage(REQUEST_PAGE)
	String complainToHead(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		InfoRequest request = pages.visible(reference, user);
		infoSteps.complainToHead(request.id(), user.id(), form.get("text"));
		return done(request, "complaint_head");
	}

	@PostMapping("/information/requests/{reference}/head-answer")
	@FormPage(REQUEST_PAGE)
	String headAnswer(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form,
			@RequestParam(name = "files", required = false) List<MultipartFile> files) {
		InfoRequest request = pages.visible(reference, user);
		infoSteps.headAnswer(request.id(), user.id(), date(form.get("on")), form.get("text"), uploads(files));
		return done(request, "head_answered");
	}

	@PostMapping("/information/requests/{reference}/complain-commission")
	@FormPage(REQUEST_PAGE)
	String complainToCommission(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		InfoRequest request = pages.visible(reference, user);
		infoSteps.complainToCommission(request.id(), user.id(), form.get("text"));
		return done(request, "complaint_cdai");
	}

	@PostMapping("/information/requests/{reference}/publish")
	@FormPage(REQUEST_PAGE)
	String publish(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form,
			@RequestParam(name = "publish", required = false) List<String> files) {
		InfoRequest request = pages.visible(reference, user);
		List<Long> chosen = (files == null ? List.<String>of() : files).stream()
			.filter(v -> v.matches("\\d{1,18}"))
			.map(Long::valueOf)
			.toList();
		archive.publish(request.id(), user.id(), form.get("publicDescription"), form.get("publicAnswer"), chosen);
		return done(request, "published");
	}

	@PostMapping("/information/requests/{reference}/close")
	@FormPage(REQUEST_PAGE)
	String close(@PathVariable String reference, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		InfoRequest request = pages.visible(reference, user);
		infoSteps.close(request.id(), user.id(), date(form.get("on")), form.get("text"));
		return done(request, "closed");
	}

	private static List<InfoSteps.Upload> uploads(List<MultipartFile> files) {
		return Uploads.read(files).stream().map(f -> new InfoSteps.Upload(f.fileName(), f.content())).toList();
	}

}
