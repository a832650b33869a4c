package org.sawa.inforequest;

import static org.sawa.inforequest.InfoFiling.text;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.sawa.casework.CaseSteps;
import org.sawa.casework.Step;
import org.sawa.inforequest.internal.InfoNotices;
import org.sawa.storage.FileRefused;
import org.sawa.storage.FileStorage;
import org.sawa.storage.FileTypes;
import org.sawa.storage.StoredFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a request under law 31-13 after filing: the body's steps (clarification
 * with the clock stopped, one extension, answer in full or in part, reasoned refusal on
 * the law's grounds, information not held, transfer to the competent body), the
 * requester's withdrawal and complaints (to the head of the body, then to the
 * Commission), and closing. Each action is one transaction, checked against the deadline
 * engine and recorded by {@link CaseSteps}: dated, audited when staff take it, and mailed
 * to the requester once it commits.
 */
@Service
public class InfoSteps {

	static final Set<String> ATTACHMENT_TYPES = Set.of(FileTypes.PDF, FileTypes.PNG, FileTypes.JPEG, FileTypes.TEXT,
			FileTypes.ODT, FileTypes.ODS, FileTypes.DOCX, FileTypes.XLSX);

	/** An uploaded file as received from the form. */
	public record Upload(String fileName, byte[] content) {
	}

	private final JdbcClient jdbc;

	private final InfoRequests requests;

	private final InfoRules rules;

	private final InfoBodies bodies;

	private final InfoNotices notices;

	private final FileStorage files;

	private final CaseSteps steps;

	private final Clock clock;

	private final long maxAttachmentBytes;

	InfoSteps(JdbcClient jdbc, InfoRequests requests, InfoRules rules, InfoBodies bodies, InfoNotices notices,
			FileStorage files, CaseSteps steps, Clock clock,
			@Value("${sawa.inforequest.max-attachment-bytes:10485760}") long maxAttachmentBytes) {
		this.jdbc = jdbc;
		this.requests = requests;
		this.rules = rules;
		this.bodies = bodies;
		this.notices = notices;
		this.files = files;
		this.steps = steps;
		this.clock = clock;
		this.maxAttachmentBytes = maxAttachmentBytes;
	}

	public long maxAttachmentBytes() {
		return maxAttachmentBytes;
	}

	/**
	 * The body asks the requester to clarify; the answer clock stops from the next day.
	 */
	@Transactional
	public void askClarification(long requestId, long officerId, LocalDate on, String question) {
		InfoRequest request = requests.lock(requestId);
		Step<InfoStatus> step = officerStep(request, officerId, on, InfoStatus.CLARIFICATION, InfoStatus.RECEIVED,
				InfoStatus.EXTENDED);
		String note = text(question, "text", 10, 5000);
		jdbc.sql("INSERT INTO info_pause (request_id, from_day) VALUES (:r, :d)")
			.param("r", requestId)
			.param("d", on)
			.update();
		record(request, step.note(note));
	}

	/**
	 * The clarification arrived (typed by the requester online, or by the officer for a
	 * paper request); the clock runs again from the next working day.
	 */
	@Transactional
	public void clarified(long requestId, long actorId, LocalDate on, String text) {
		InfoRequest request = requests.lock(requestId);
		boolean requester = request.requesterId() != null && request.requesterId() == actorId;
		InfoStatus back = request.extendedOn() == null ? InfoStatus.RECEIVED : InfoStatus.EXTENDED;
		Step<InfoStatus> step = Step.of(requestId, request.status(), back)
			.kind(InfoStepKind.CLARIFIED)
			.from(InfoStatus.CLARIFICATION)
			.by(actorId, requester || requests.officer(actorId, request), "info.error.notOfficer");
		step = requester ? step.onUnchecked(LocalDate.now(clock)) : step.on(on);
		steps.check(InfoStatus.CASE, step);
		String note = text(text, "text", 10, 5000);
		endPause(requestId, step.onDay());
		record(request, requester ? step.note(note) : audited(request, step.note(note)));
	}

	/** The one extension, with its reason, notified before the first deadline expires. */
	@Transactional
	public void extend(long requestId, long officerId, LocalDate on, String reason) {
		InfoRequest request = requests.lock(requestId);
		Step<InfoStatus> step = officerStep(request, officerId, on, InfoStatus.EXTENDED, InfoStatus.RECEIVED);
		if (!rules.deadlines().mayExtend(request.facts(requests.pauses(requestId)), on)) {
			throw new InfoRequestRefused("on", "info.extend.error.late");
		}
		String note = text(reason, "text", 10, 2000);
		record(request, step.note(note).set("extended_on", on).set("extension_reason", note));
	}

	/** The answer, in full or in part, with its text and files. */
	@Transactional
	public void answer(long requestId, long officerId, LocalDate on, boolean full, String answer,
			List<Upload> uploads) {
		InfoRequest request = requests.lock(requestId);
		Step<InfoStatus> step = officerStep(request, officerId, on,
				full ? InfoStatus.ANSWERED : InfoStatus.ANSWERED_PART, InfoStatus.OPEN);
		answered(request, step.note(text(answer, "text", 10, 20000)), uploads);
	}

	/** A reasoned refusal on one or more of the law's grounds. */
	@Transactional
	public void refuse(long requestId, long officerId, LocalDate on, List<String> grounds, String reason) {
		InfoRequest request = requests.lock(requestId);
		Step<InfoStatus> step = officerStep(request, officerId, on, InfoStatus.REFUSED, InfoStatus.OPEN);
		Set<String> known = new LinkedHashSet<>();
		rules.grounds().forEach(g -> known.add(g.code()));
		List<String> chosen = grounds == null ? List.of() : grounds.stream().distinct().toList();
		if (chosen.isEmpty() || !known.containsAll(chosen)) {
			throw new InfoRequestRefused("grounds", "info.refuse.error.grounds");
		}
		String note = text(reason, "text", 20, 5000);
		jdbc.sql("UPDATE info_request SET refusal_grounds = :g::text[] WHERE id = :id")
			.param("g", "{" + String.join(",", chosen) + "}")
			.param("id", requestId)
			.update();
		answered(request, step.note(note), List.of());
	}

	/** The body does not hold the information (and, where it knows, says who does). */
	@Transactional
	public void notHeld(long requestId, long officerId, LocalDate on, String note) {
		InfoRequest request = requests.lock(requestId);
		Step<InfoStatus> step = officerStep(request, officerId, on, InfoStatus.NOT_HELD, InfoStatus.OPEN);
		answered(request, step.note(text(note, "text", 10, 5000)), List.of());
	}

	/**
	 * An answer of any kind: its day and the deadline it met are kept with the request.
	 */
	private void answered(InfoRequest request, Step<InfoStatus> step, List<Upload> uploads) {
		LocalDate due = rules.deadlines().answerDue(request.facts(requests.pauses(request.id())));
		long stepId = record(request, step.set("answered_on", step.onDay()).set("answer_due_on", due));
		attach(stepId, uploads);
	}

	private void attach(long stepId, List<Upload> uploads) {
		for (Upload upload : uploads == null ? List.<Upload>of() : uploads) {
			if (upload.content() == null || upload.content().length == 0) {
				continue;
			}
			StoredFile file;
			try {
				file = files.store(upload.fileName(), upload.content(), ATTACHMENT_TYPES, maxAttachmentBytes);
			}
			catch (FileRefused refused) {
				throw new InfoRequestRefused("files", refused.messageKey(), maxAttachmentBytes / (1024 * 1024));
			}
			jdbc.sql("INSERT INTO info_attachment (step_id, file_id) VALUES (:s, :f)")
				.param("s", stepId)
				.param("f", file.id())
				.update();
		}
	}

	/**
	 * The body is not competent: the request goes to the competent body, where it is
	 * received anew on the day of the transfer (a new reference, a new clock). Returns
	 * the new reference.
	 */
	@Transactional
	public String transfer(long requestId, long officerId, LocalDate on, long toBodyId, String note) {
		InfoRequest request = requests.lock(requestId);
		Step<InfoStatus> step = officerStep(request, officerId, on, InfoStatus.TRANSFERRED, InfoStatus.RECEIVED,
				InfoStatus.EXTENDED, InfoStatus.CLARIFICATION);
		InfoBody target = bodies.byId(toBodyId)
			.filter(b -> b.id() != request.bodyId())
			.orElseThrow(() -> new InfoRequestRefused("toBody", "validation.option"));
		String text = text(note, "text", 10, 2000);
		String reference = InfoRequests.newReference(jdbc, on);
		long copy = jdbc
			.sql("""
					INSERT INTO info_request (reference, body_id, requester_id, channel, first_name, last_name, postal_address,
					  email, national_id_hmac, subject, description, language, format, urgent, urgency_reason, status, received_on,
					  created_at)
					SELECT :ref, :body, requester_id, channel, first_name, last_name, postal_address, email, national_id_hmac,
					  subject, description, language, format, urgent, urgency_reason, 'received', :on, :at
					FROM info_request WHERE id = :id RETURNING id""")
			.param("at", Timestamp.from(clock.instant()))
			.param("ref", reference)
			.param("body", target.id())
			.param("on", on)
			.param("id", requestId)
			.query(Long.class)
			.single();
		endPause(requestId, on);
		record(request, step.note(text + " → " + reference).set("transferred_to", target.id()));
		steps.record(InfoStatus.CASE,
				Step.of(copy, InfoStatus.RECEIVED, InfoStatus.RECEIVED)
					.by(officerId)
					.onUnchecked(on)
					.note(request.reference()));
		requests.refreshDue(copy);
		notices.filed(requests.byId(copy).orElseThrow(), target);
		return reference;
	}

	/** The requester withdraws a request the body has not answered. */
	@Transactional
	public void withdraw(long requestId, long requesterId) {
		InfoRequest request = requests.lock(requestId);
		Step<InfoStatus> step = requesterStep(request, requesterId, InfoStatus.WITHDRAWN);
		if (!request.open()) {
			throw new InfoRequestRefused("", "info.error.status");
		}
		endPause(requestId, step.onDay());
		record(request, step.note(""));
	}

	/**
	 * The requester complains to the head of the body: after the answer, or once the
	 * deadline expired unanswered.
	 */
	@Transactional
	public void complainToHead(long requestId, long requesterId, String complaint) {
		complain(requestId, requesterId, complaint, InfoStatus.COMPLAINT_HEAD,
				(request, law) -> (request.open() || request.answered())
						&& law.mayComplainToHead(request.facts(requests.pauses(requestId)), LocalDate.now(clock)),
				"info.complaint.error.head");
	}

	/** The head of the body answers the complaint (typed by an officer of the body). */
	@Transactional
	public void headAnswer(long requestId, long officerId, LocalDate on, String answer, List<Upload> uploads) {
		InfoRequest request = requests.lock(requestId);
		Step<InfoStatus> step = officerStep(request, officerId, on, InfoStatus.COMPLAINT_HEAD,
				InfoStatus.COMPLAINT_HEAD)
			.kind(InfoStepKind.HEAD_ANSWERED);
		if (request.headAnsweredOn() != null) {
			throw new InfoRequestRefused("", "info.error.status");
		}
		String note = text(answer, "text", 10, 20000);
		long stepId = record(request, audited(request, step.note(note).set("head_answered_on", on)));
		attach(stepId, uploads);
	}

	/**
	 * The requester complains to the Commission: after the head's answer, or once the
	 * head's deadline expired.
	 */
	@Transactional
	public void complainToCommission(long requestId, long requesterId, String complaint) {
		complain(requestId, requesterId, complaint, InfoStatus.COMPLAINT_CDAI,
				(request, law) -> request.status() == InfoStatus.COMPLAINT_HEAD
						&& law.mayComplainToCommission(request.facts(requests.pauses(requestId)), LocalDate.now(clock)),
				"info.complaint.error.commission");
	}

	/**
	 * A complaint by the requester, today, when the law allows it; the day goes in
	 * {@code <status>_on}.
	 */
	private void complain(long requestId, long requesterId, String complaint, InfoStatus status,
			BiPredicate<InfoRequest, InfoDeadlines> allowed, String refusal) {
		InfoRequest request = requests.lock(requestId);
		Step<InfoStatus> step = requesterStep(request, requesterId, status);
		if (!allowed.test(request, rules.deadlines())) {
			throw new InfoRequestRefused("", refusal);
		}
		String text = text(complaint, "text", 20, 5000);
		record(request, step.note(text).set(status.code() + "_on", step.onDay()));
	}

	/**
	 * An officer closes a request: records the Commission's decision, or closes an
	 * answered request for good.
	 */
	@Transactional
	public void close(long requestId, long officerId, LocalDate on, String note) {
		InfoRequest request = requests.lock(requestId);
		Step<InfoStatus> step = officerStep(request, officerId, on, InfoStatus.CLOSED, InfoStatus.ANSWERED,
				InfoStatus.ANSWERED_PART, InfoStatus.REFUSED, InfoStatus.NOT_HELD, InfoStatus.COMPLAINT_HEAD,
				InfoStatus.COMPLAINT_CDAI);
		record(request, step.note(text(note, "text", 10, 5000)).set("closed_on", on));
	}

	/**
	 * A step of the body's officer, checked: they act for the request's body, from one of
	 * the statuses, on a valid day.
	 */
	private Step<InfoStatus> officerStep(InfoRequest request, long officerId, LocalDate on, InfoStatus to,
			InfoStatus from, InfoStatus... others) {
		return officerStep(request, officerId, on, to, java.util.EnumSet.of(from, others));
	}

	private Step<InfoStatus> officerStep(InfoRequest request, long officerId, LocalDate on, InfoStatus to,
			Set<InfoStatus> from) {
		Step<InfoStatus> step = Step.of(request.id(), request.status(), to)
			.from(from)
			.by(officerId, requests.officer(officerId, request), "info.error.notOfficer")
			.on(on);
		steps.check(InfoStatus.CASE, step);
		return audited(request, step);
	}

	/** A step the requester takes today on their own request. */
	private Step<InfoStatus> requesterStep(InfoRequest request, long requesterId, InfoStatus to) {
		Step<InfoStatus> step = Step.of(request.id(), request.status(), to)
			.by(requesterId, request.requesterId() != null && request.requesterId() == requesterId,
					"info.error.notRequester")
			.onUnchecked(LocalDate.now(clock));
		steps.check(InfoStatus.CASE, step);
		return step;
	}

	/** A staff step is audited with its kind and day. */
	private static Step<InfoStatus> audited(InfoRequest request, Step<InfoStatus> step) {
		return step.audited("info.request." + step.stepKind().code(), "info-request:" + request.reference(),
				String.valueOf(step.onDay()));
	}

	/** Records the step, then keeps the deadline the queue sorts by. */
	private long record(InfoRequest request, Step<InfoStatus> step) {
		long stepId = steps.record(InfoStatus.CASE, step);
		requests.refreshDue(request.id());
		return stepId;
	}

	/** The clock runs again: the open pause (a clarification asked) ends on this day. */
	private void endPause(long requestId, LocalDate day) {
		jdbc.sql("UPDATE info_pause SET until_day = :d WHERE request_id = :r AND until_day IS NULL")
			.param("d", day)
			.param("r", requestId)
			.update();
	}

}
