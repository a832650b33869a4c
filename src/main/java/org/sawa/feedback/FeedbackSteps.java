package org.sawa.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.sawa.casework.CaseSteps;
import org.sawa.casework.Step;
import org.sawa.inforequest.InfoBodies;
import org.sawa.inforequest.InfoBody;
import org.sawa.input.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a report after filing. The body's staff route it out of triage, acknowledge
 * it, ask for details, transfer it to the competent body (with a reason the person
 * reads), answer, and close it as resolved, not resolved (with the reason) or a duplicate
 * of another report; the person adds information, rates the answer once it is closed and
 * may reopen it once within {@value #REOPEN_DAYS} days. Each action is one transaction,
 * the report locked, recorded by {@link CaseSteps} (dated, audited when staff take it)
 * and told to those concerned once it commits. A day given is the day the step was taken
 * (not in the future, not before the last step); null is today.
 */
@Service
public class FeedbackSteps {

	/** How long after closing a person may reopen her report, once. */
	public static final int REOPEN_DAYS = 30;

	/** The person who reported: her account, or the secret of her link. */
	public record Reporter(Long personId, String key) {

		public static Reporter person(long personId) {
			return new Reporter(personId, null);
		}

		public static Reporter withKey(String key) {
			return new Reporter(null, key);
		}

		long actor() {
			return personId == null ? 0 : personId;
		}
	}

	private static final Set<FeedbackStatus> BEFORE_ANSWER = EnumSet.of(FeedbackStatus.RECEIVED,
			FeedbackStatus.ACKNOWLEDGED, FeedbackStatus.DETAILS_ASKED, FeedbackStatus.REOPENED);

	private final Reports reports;

	private final Categories categories;

	private final InfoBodies bodies;

	private final Dues dues;

	private final CaseSteps steps;

	private final ReportKeys keys;

	private final Clock clock;

	FeedbackSteps(Reports reports, Categories categories, InfoBodies bodies, Dues dues, CaseSteps steps,
			ReportKeys keys, Clock clock) {
		this.reports = reports;
		this.categories = categories;
		this.bodies = bodies;
		this.dues = dues;
		this.steps = steps;
		this.keys = keys;
		this.clock = clock;
	}

	/**
	 * A report in the triage queue goes to a body (an administrator of its territory).
	 */
	@Transactional
	public void route(long reportId, long staffId, String bodyCode, LocalDate on) {
		Report report = reports.lock(reportId);
		InfoBody body = body(bodyCode);
		Step<FeedbackStatus> step = staffStep(report, staffId, on, report.status()).kind(FeedbackStepKind.ROUTED);
		if (!report.triage()) {
			throw new FeedbackRefused("", "feedback.error.status");
		}
		moveTo(report, step, body, "");
	}

	/** The body says it has the report and will look at it. */
	@Transactional
	public void acknowledge(long reportId, long staffId, String note, LocalDate on) {
		Report report = reports.lock(reportId);
		Step<FeedbackStatus> step = staffStep(report, staffId, on, FeedbackStatus.ACKNOWLEDGED,
				FeedbackStatus.RECEIVED);
		record(step.note(text(note, "note", 0, 2000)).set("acknowledged_on", step.onDay()));
	}

	/** The body asks the person for details; asking is acknowledging. */
	@Transactional
	public void askDetails(long reportId, long staffId, String question, LocalDate on) {
		Report report = reports.lock(reportId);
		Step<FeedbackStatus> step = staffStep(report, staffId, on, FeedbackStatus.DETAILS_ASKED,
				FeedbackStatus.RECEIVED, FeedbackStatus.ACKNOWLEDGED, FeedbackStatus.REOPENED);
		String text = text(question, "question", 10, 2000);
		record(acknowledging(report, step.note(text)));
	}

	/**
	 * The body is not the one that can act: the report goes to another body, which
	 * receives it on this day with its own targets; the reason is shown to the person.
	 */
	@Transactional
	public void transfer(long reportId, long staffId, String toBodyCode, String reason, LocalDate on) {
		Report report = reports.lock(reportId);
		InfoBody target = body(toBodyCode);
		Step<FeedbackStatus> step = staffStep(report, staffId, on, FeedbackStatus.RECEIVED, BEFORE_ANSWER)
			.kind(FeedbackStepKind.TRANSFERRED);
		if (report.triage() || target.id() == report.bodyId()) {
			throw new FeedbackRefused("body", "feedback.transfer.error.same");
		}
		String text = text(reason, "reason", 10, 2000);
		moveTo(report, step.note(text), target, text);
	}

	/** The body answers: what it did or will do. The first answer is the one timed. */
	@Transactional
	public void answer(long reportId, long staffId, String answer, LocalDate on) {
		Report report = reports.lock(reportId);
		Step<FeedbackStatus> step = staffStep(report, staffId, on, FeedbackStatus.ANSWERED, BEFORE_ANSWER);
		step = acknowledging(report, step.note(text(answer, "answer", 10, 5000)));
		if (report.answeredOn() == null) {
			step.set("answered_on", step.onDay());
		}
		record(step);
	}

	/**
	 * The body closes the report: resolved, not resolved (saying why), or a duplicate of
	 * another report (its number). Closing unanswered is answering.
	 */
	@Transactional
	public void close(long reportId, long staffId, String outcome, String note, String duplicateNumber, LocalDate on) {
		Report report = reports.lock(reportId);
		Step<FeedbackStatus> step = staffStep(report, staffId, on, FeedbackStatus.CLOSED, FeedbackStatus.OPEN);
		if (outcome == null || !Report.OUTCOMES.contains(outcome)) {
			throw new FeedbackRefused("outcome", "validation.option");
		}
		Long duplicateOf = null;
		if (outcome.equals("duplicate")) {
			Report original = reports.byNumber(Texts.cleanOrEmpty(duplicateNumber).toUpperCase(java.util.Locale.ROOT))
				.filter(r -> r.id() != report.id())
				.orElseThrow(() -> new FeedbackRefused("duplicate", "feedback.close.error.duplicate"));
			duplicateOf = original.id();
		}
		String text = text(note, "note", outcome.equals("not_resolved") ? 10 : 0, 5000);
		step = acknowledging(report, step.note(text)).set("outcome", outcome)
			.set("duplicate_of", duplicateOf)
			.set("closed_on", step.onDay());
		if (report.answeredOn() == null) {
			step.set("answered_on", step.onDay());
		}
		record(step.detail(outcome + (text.isEmpty() ? "" : ": " + text)));
	}

	/** The person adds information (asked for or not) while the report is open. */
	@Transactional
	public void addDetails(long reportId, Reporter reporter, String details, LocalDate on) {
		Report report = reports.lock(reportId);
		FeedbackStatus back = report.status() != FeedbackStatus.DETAILS_ASKED ? report.status()
				: report.reopenedOn() != null ? FeedbackStatus.REOPENED : FeedbackStatus.ACKNOWLEDGED;
		Step<FeedbackStatus> step = reporterStep(report, reporter, on, back, FeedbackStepKind.DETAILS_ADDED)
			.from(FeedbackStatus.OPEN);
		steps.check(FeedbackStatus.CASE, step);
		record(step.note(text(details, "details", 10, 5000)));
	}

	/** The person says whether the answer satisfied her, and why, once it is closed. */
	@Transactional
	public void rate(long reportId, Reporter reporter, Boolean satisfied, String why, LocalDate on) {
		Report report = reports.lock(reportId);
		Step<FeedbackStatus> step = reporterStep(report, reporter, on, FeedbackStatus.CLOSED, FeedbackStepKind.RATED)
			.from(FeedbackStatus.CLOSED);
		steps.check(FeedbackStatus.CASE, step);
		if (satisfied == null) {
			throw new FeedbackRefused("satisfied", "feedback.rate.error.choose");
		}
		String text = text(why, "why", 0, 1000);
		record(step.note(text)
			.detail(satisfied ? "satisfied" : "not_satisfied")
			.set("satisfied", satisfied)
			.set("rating_note", text)
			.set("rated_on", step.onDay()));
	}

	/**
	 * The person reopens her closed report, once, within {@value #REOPEN_DAYS} days,
	 * saying why: the body must answer again within its answer target.
	 */
	@Transactional
	public void reopen(long reportId, Reporter reporter, String why, LocalDate on) {
		Report report = reports.lock(reportId);
		Step<FeedbackStatus> step = reporterStep(report, reporter, on, FeedbackStatus.REOPENED,
				FeedbackStepKind.REOPENED)
			.from(FeedbackStatus.CLOSED);
		steps.check(FeedbackStatus.CASE, step);
		if (report.reopenedOn() != null) {
			throw new FeedbackRefused("", "feedback.reopen.error.once");
		}
		if (report.closedOn() == null || step.onDay().isAfter(report.closedOn().plusDays(REOPEN_DAYS))) {
			throw new FeedbackRefused("", "feedback.reopen.error.late", REOPEN_DAYS);
		}
		Category category = categories.byId(report.categoryId()).orElseThrow();
		String text = text(why, "why", 10, 2000);
		record(step.note(text)
			.set("outcome", null)
			.set("duplicate_of", null)
			.set("closed_on", null)
			.set("reopened_on", step.onDay())
			.set("reopen_due_on", dues.answerAgain(report.bodyId(), category, step.onDay())));
	}

	/** Whether the person (account or link) is the one who reported. */
	public boolean isReporter(Report report, Reporter reporter) {
		if (reporter == null) {
			return false;
		}
		if (reporter.personId() != null) {
			return report.reporterId() != null && report.reporterId().equals(reporter.personId());
		}
		return keys.matches(report.id(), reporter.key());
	}

	private InfoBody body(String code) {
		return bodies.byCode(code == null ? "" : code.trim())
			.orElseThrow(() -> new FeedbackRefused("body", "feedback.route.error.body"));
	}

	/** The report goes to a body, received there on the step's day with its targets. */
	private void moveTo(Report report, Step<FeedbackStatus> step, InfoBody body, String reason) {
		Category category = categories.byId(report.categoryId()).orElseThrow();
		Dues.Days due = dues.from(body.id(), category, step.onDay());
		record(step.note(reason)
			.detail(body.code())
			.set("body_id", body.id())
			.set("routed_on", step.onDay())
			.set("acknowledge_due_on", due.acknowledge())
			.set("answer_due_on", due.answer())
			.set("acknowledged_on", null)
			.set("answered_on", null));
	}

	/** A step that acknowledges the report when nothing did before. */
	private static Step<FeedbackStatus> acknowledging(Report report, Step<FeedbackStatus> step) {
		return report.acknowledgedOn() == null ? step.set("acknowledged_on", step.onDay()) : step;
	}

	private Step<FeedbackStatus> staffStep(Report report, long staffId, LocalDate on, FeedbackStatus to,
			FeedbackStatus from, FeedbackStatus... others) {
		return staffStep(report, staffId, on, to, EnumSet.of(from, others));
	}

	private Step<FeedbackStatus> staffStep(Report report, long staffId, LocalDate on, FeedbackStatus to,
			Set<FeedbackStatus> from) {
		Step<FeedbackStatus> step = Step.of(report.id(), report.status(), to)
			.from(from)
			.by(staffId, reports.staff(staffId, report), "feedback.error.notStaff")
			.on(on == null ? LocalDate.now(clock) : on);
		steps.check(FeedbackStatus.CASE, step);
		return step.audited("feedback.report." + step.stepKind().code(), "feedback:" + report.number(),
				String.valueOf(step.onDay()));
	}

	private Step<FeedbackStatus> staffStep(Report report, long staffId, LocalDate on, FeedbackStatus to) {
		return staffStep(report, staffId, on, to, Set.of());
	}

	private Step<FeedbackStatus> reporterStep(Report report, Reporter reporter, LocalDate on, FeedbackStatus to,
			FeedbackStepKind kind) {
		return Step.of(report.id(), report.status(), to)
			.kind(kind)
			.by(reporter == null ? 0 : reporter.actor(), isReporter(report, reporter), "feedback.error.notReporter")
			.on(on == null ? LocalDate.now(clock) : on);
	}

	private void record(Step<FeedbackStatus> step) {
		step.set("updated_at", Timestamp.from(clock.instant()));
		steps.record(FeedbackStatus.CASE, step);
	}

	private static String text(String value, String field, int min, int max) {
		String text = Texts.cleanOrEmpty(value);
		if (Texts.length(text) < min || Texts.length(text) > max) {
			throw new FeedbackRefused(field, min == 0 ? "feedback.error.tooLong" : "feedback.error.length", min, max);
		}
		return text;
	}

}
