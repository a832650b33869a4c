package org.sawa.feedback.web;

import static org.sawa.feedback.web.ReportPageController.PAGE;
import static org.sawa.feedback.web.ReportPageController.back;

import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.feedback.FeedbackModeration;
import org.sawa.feedback.FeedbackSteps;
import org.sawa.feedback.FeedbackSteps.Reporter;
import org.sawa.feedback.Report;
import org.sawa.web.FormPage;
import org.sawa.web.FormValues;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What is done to a report from its page: the person adds information, rates the answer
 * or reopens it (signed in, or through her link's key); the body's staff acknowledge, ask
 * for details, transfer, answer, close, or route it out of triage; a moderator redacts or
 * hides. A refusal shows its reason at its field on the page, nothing written.
 */
@Controller
class ReportActionController {

	private final ReportPageController page;

	private final FeedbackSteps steps;

	private final FeedbackModeration moderation;

	ReportActionController(ReportPageController page, FeedbackSteps steps, FeedbackModeration moderation) {
		this.page = page;
		this.steps = steps;
		this.moderation = moderation;
	}

	private static Reporter reporter(SawaUser user, Report report, Map<String, String> form) {
		return user != null && report.reporterId() != null ? Reporter.person(user.id())
				: Reporter.withKey(form.get("key"));
	}

	@PostMapping(PAGE + "/details")
	@FormPage(value = PAGE, scope = "details")
	String details(@PathVariable String number, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Report report = page.report(number);
		steps.addDetails(report.id(), reporter(user, report, form), form.get("details"), null);
		return back(report, form.get("key"), "added", "#timeline");
	}

	@PostMapping(PAGE + "/rate")
	@FormPage(value = PAGE, scope = "rate")
	String rate(@PathVariable String number, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Report report = page.report(number);
		String choice = form.get("satisfied");
		Boolean satisfied = "yes".equals(choice) ? Boolean.TRUE : "no".equals(choice) ? Boolean.FALSE : null;
		steps.rate(report.id(), reporter(user, report, form), satisfied, form.get("why"), null);
		return back(report, form.get("key"), "rated", "#rating");
	}

	@PostMapping(PAGE + "/reopen")
	@FormPage(value = PAGE, scope = "reopen")
	String reopen(@PathVariable String number, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Report report = page.report(number);
		steps.reopen(report.id(), reporter(user, report, form), form.get("why"), null);
		return back(report, form.get("key"), "reopened", "#timeline");
	}

	@PostMapping(PAGE + "/staff/acknowledge")
	@FormPage(value = PAGE, scope = "acknowledge")
	String acknowledge(@PathVariable String number, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Report report = page.report(number);
		steps.acknowledge(report.id(), user.id(), form.get("note"), FormValues.date(form.get("on")));
		return back(report, null, "acknowledged", "#timeline");
	}

	@PostMapping(PAGE + "/staff/ask")
	@FormPage(value = PAGE, scope = "ask")
	String ask(@PathVariable String number, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Report report = page.report(number);
		steps.askDetails(report.id(), user.id(), form.get("question"), FormValues.date(form.get("on")));
		return back(report, null, "asked", "#timeline");
	}

	@PostMapping(PAGE + "/staff/transfer")
	@FormPage(value = PAGE, scope = "transfer")
	String transfer(@PathVariable String number, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Report report = page.report(number);
		steps.transfer(report.id(), user.id(), form.get("body"), form.get("reason"), FormValues.date(form.get("on")));
		return back(report, null, "transferred", "#timeline");
	}

	@PostMapping(PAGE + "/staff/route")
	@FormPage(value = PAGE, scope = "route")
	String route(@PathVariable String number, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Report report = page.report(number);
		steps.route(report.id(), user.id(), form.get("body"), FormValues.date(form.get("on")));
		return back(report, null, "routed", "#timeline");
	}

	@PostMapping(PAGE + "/staff/answer")
	@FormPage(value = PAGE, scope = "answer")
	String answer(@PathVariable String number, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Report report = page.report(number);
		steps.answer(report.id(), user.id(), form.get("answer"), FormValues.date(form.get("on")));
		return back(report, null, "answered", "#timeline");
	}

	@PostMapping(PAGE + "/staff/close")
	@FormPage(value = PAGE, scope = "close")
	String close(@PathVariable String number, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Report report = page.report(number);
		steps.close(report.id(), user.id(), form.get("outcome"), form.get("note"), form.get("duplicate"),
				FormValues.date(form.get("on")));
		return back(report, null, "closed", "#timeline");
	}

	@PostMapping(PAGE + "/moderate/text")
	@FormPage(value = PAGE, scope = "moderate")
	String redact(@PathVariable String number, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Report report = page.report(number);
		moderation.redact(report.id(), user.id(), form.get("description"), form.get("place"), form.get("reason"));
		return back(report, null, "moderated", "#moderation");
	}

	@PostMapping(PAGE + "/moderate/step")
	@FormPage(value = PAGE, scope = "moderateStep")
	String redactStep(@PathVariable String number, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Report report = page.report(number);
		Long step = FormValues.id(form.get("step"));
		moderation.redactStep(report.id(), step == null ? -1 : step, user.id(), form.get("note"), form.get("reason"));
		return back(report, null, "moderated", "#timeline");
	}

	@PostMapping(PAGE + "/moderate/photo")
	@FormPage(value = PAGE, scope = "moderatePhoto")
	String photo(@PathVariable String number, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Report report = page.report(number);
		Long photo = FormValues.id(form.get("photo"));
		moderation.hidePhoto(report.id(), photo == null ? -1 : photo, user.id(), form.containsKey("hide"),
				form.get("reason"));
		return back(report, null, "moderated", "#photos");
	}

	@PostMapping(PAGE + "/moderate/hide")
	@FormPage(value = PAGE, scope = "moderateHide")
	String hide(@PathVariable String number, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Report report = page.report(number);
		moderation.hide(report.id(), user.id(), form.containsKey("hide"), form.get("reason"));
		return back(report, null, "moderated", "#moderation");
	}

}
