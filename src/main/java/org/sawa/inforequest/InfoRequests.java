package org.sawa.inforequest;

import java.time.Clock;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sawa.account.DemographicSnapshot;
import org.sawa.account.Participations;
import org.sawa.audit.AuditLog;
import org.sawa.calendar.WorkingDayCalendar.Pause;
import org.sawa.security.Hmac;
import org.sawa.storage.FileRefused;
import org.sawa.storage.FileStorage;
import org.sawa.storage.FileTypes;
import org.sawa.storage.StoredFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for information and their life under law 31-13: filing (online by the requester, or
 * typed in by an officer from a paper form), the body's steps (clarification with the clock
 * stopped, one extension, answer in full or in part, reasoned refusal on the law's grounds,
 * information not held, transfer to the competent body), the requester's withdrawal and
 * complaints (to the head of the body, then to the Commission), and closing. Each action is one
 * transaction, checked against the deadline engine; each step is dated, audited when staff take
 * it, and mailed to the requester after commit.
 */
@Service
public class InfoRequests {

	private final Clock clock;

	/** A national ID card or residence permit number: one or two letters and up to eight digits. */
	static final Pattern IDENTITY_NUMBER = Pattern.compile("^[A-Z]{1,2}[0-9]{1,8}$");

	static final Set<String> ATTACHMENT_TYPES = Set.of(FileTypes.PDF, FileTypes.PNG, FileTypes.JPEG, FileTypes.TEXT,
			FileTypes.ODT, FileTypes.ODS, FileTypes.DOCX, FileTypes.XLSX);

	/** What a requester (or the officer typing in a paper form) fills in. */
	public record Filing(long bodyId, String firstName, String lastName, String postalAddress, String email,
			String nationalId, String subject, String description, String language, String format, boolean urgent,
			String urgencyReason) {
	}

	/** An uploaded file as received from the form. */
	public record Upload(String fileName, byte[] content) {
	}

	/** The deadlines and the actions the law allows on a request today. */
	public record Deadlines(LocalDate answerDue, LocalDate firstAnswerDue, boolean paused, boolean overdue,
			boolean mayExtend, LocalDate headComplaintCloses, boolean mayComplainToHead, LocalDate headAnswerDue,
			LocalDate commissionComplaintCloses, boolean mayComplainToCommission, LocalDate commissionAnswerDue) {
	}

	private final JdbcClient jdbc;
	private final InfoRules rules;
	private final InfoBodies bodies;
	private final Participations participations;
	private final Hmac hmac;
	private final AuditLog audit;
	private final FileStorage files;
	private final InfoNotices notices;
	private final long maxAttachmentBytes;

	InfoRequests(JdbcClient jdbc, InfoRules rules, InfoBodies bodies, Participations participations, Hmac hmac,
			AuditLog audit, FileStorage files, InfoNotices notices,
			@Value("${sawa.inforequest.max-attachment-bytes:10485760}") long maxAttachmentBytes, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.rules = rules;
		this.bodies = bodies;
		this.participations = participations;
		this.hmac = hmac;
		this.audit = audit;
		this.files = files;
		this.notices = notices;
		this.maxAttachmentBytes = maxAttachmentBytes;
	}

	public long maxAttachmentBytes() {
		return maxAttachmentBytes;
	}

	// ---------------------------------------------------------------- reading

	private static InfoRequest request(ResultSet rs, int n) throws SQLException {
		Array grounds = rs.getArray("refusal_grounds");
		return new InfoRequest(rs.getLong("id"), rs.getString("reference"), rs.getLong("body_id"),
				(Long) rs.getObject("requester_id"), rs.getString("channel"), rs.getString("first_name"),
				rs.getString("last_name"), rs.getString("postal_address"), rs.getString("email"), rs.getString("subject"),
				rs.getString("description"), rs.getString("language"), rs.getString("format"), rs.getBoolean("urgent"),
				rs.getString("urgency_reason"), rs.getString("status"), rs.getObject("received_on", LocalDate.class),
				rs.getObject("extended_on", LocalDate.class), rs.getString("extension_reason"),
				rs.getObject("answered_on", LocalDate.class), rs.getObject("complaint_head_on", LocalDate.class),
				rs.getObject("head_answered_on", LocalDate.class), rs.getObject("complaint_cdai_on", LocalDate.class),
				rs.getObject("closed_on", LocalDate.class), (Long) rs.getObject("transferred_to"),
				grounds == null ? List.of() : Arrays.asList((String[]) grounds.getArray()),
				rs.getObject("due_on", LocalDate.class), rs.getTimestamp("created_at").toInstant());
	}

	public Optional<InfoRequest> byReference(String reference) {
		return jdbc.sql("SELECT * FROM info_request WHERE reference = :r").param("r", reference).query(InfoRequests::request)
			.optional();
	}

	public Optional<InfoRequest> byId(long id) {
		return jdbc.sql("SELECT * FROM info_request WHERE id = :id").param("id", id).query(InfoRequests::request).optional();
	}

	/** The requests a person filed, latest first. */
	public List<InfoRequest> filedBy(long personId) {
		return jdbc.sql("SELECT * FROM info_request WHERE requester_id = :p ORDER BY created_at DESC")
			.param("p", personId)
			.query(InfoRequests::request)
			.list();
	}

	/**
	 * An officer's queue: the requests awaiting an answer or a complaint's answer at the bodies
	 * they serve, the nearest deadline first (paused requests last).
	 */
	public List<InfoRequest> queue(long officerId) {
		List<Long> served = bodies.servedBy(officerId).stream().map(InfoBody::id).toList();
		if (served.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT * FROM info_request
				WHERE body_id IN (:bodies) AND status IN ('received', 'clarification', 'extended', 'complaint_head', 'complaint_cdai')
				ORDER BY due_on NULLS LAST, received_on, id""")
			.param("bodies", served)
			.query(InfoRequests::request)
			.list();
	}

	public List<Pause> pauses(long requestId) {
		return jdbc.sql("SELECT from_day, until_day FROM info_pause WHERE request_id = :r ORDER BY from_day")
			.param("r", requestId)
			.query((rs, n) -> new Pause(rs.getObject("from_day", LocalDate.class), rs.getObject("until_day", LocalDate.class)))
			.list();
	}

	public List<InfoStep> steps(long requestId) {
		List<InfoStep> steps = jdbc.sql("SELECT * FROM info_step WHERE request_id = :r ORDER BY on_day, id")
			.param("r", requestId)
			.query((rs, n) -> new InfoStep(rs.getLong("id"), rs.getString("kind"), rs.getObject("on_day", LocalDate.class),
					rs.getString("actor"), rs.getString("note"), rs.getString("public_note"),
					rs.getTimestamp("at").toInstant(), new ArrayList<>()))
			.list();
		for (InfoStep step : steps) {
			jdbc.sql("SELECT file_id FROM info_attachment WHERE step_id = :s ORDER BY file_id")
				.param("s", step.id())
				.query(Long.class)
				.list()
				.forEach(id -> files.describe(id).ifPresent(step.attachments()::add));
		}
		return steps;
	}

	/** An attachment of the request, with its description; empty when the file is not one of the request's. */
	public Optional<StoredFile> attachment(long requestId, long fileId) {
		boolean ours = jdbc.sql("""
				SELECT count(*) FROM info_attachment a JOIN info_step s ON s.id = a.step_id
				WHERE s.request_id = :r AND a.file_id = :f""")
			.param("r", requestId)
			.param("f", fileId)
			.query(Long.class)
			.single() > 0;
		return ours ? files.describe(fileId) : Optional.empty();
	}

	public Optional<byte[]> content(long fileId) {
		return files.content(fileId);
	}

	public Deadlines deadlines(InfoRequest request) {
		return deadlines(request, rules.deadlines(), pauses(request.id()), LocalDate.now(clock));
	}

	static Deadlines deadlines(InfoRequest request, InfoDeadlines law, List<Pause> pauses, LocalDate today) {
		InfoDeadlines.Facts facts = request.facts(pauses);
		boolean open = request.open();
		return new Deadlines(law.answerDue(facts), law.firstAnswerDue(facts), pauses.stream().anyMatch(p -> p.until() == null),
				open && law.overdue(facts, today), open && !"clarification".equals(request.status()) && law.mayExtend(facts, today),
				law.headComplaintCloses(facts, today),
				(open || request.answered()) && law.mayComplainToHead(facts, today), law.headAnswerDue(facts),
				law.commissionComplaintCloses(facts),
				"complaint_head".equals(request.status()) && law.mayComplainToCommission(facts, today),
				law.commissionAnswerDue(facts));
	}

	/** Whether the person may act for the request's body. */
	public boolean officer(long personId, InfoRequest request) {
		return bodies.byId(request.bodyId()).map(b -> bodies.mayAnswerFor(personId, b)).orElse(false);
	}

	// ---------------------------------------------------------------- filing

	/** A requester files online; the request is received today. Returns the reference on the receipt. */
	@Transactional
	public String file(Filing filing, long requesterId) {
		return insert(filing, requesterId, "online", LocalDate.now(clock), "person:" + requesterId);
	}

	/**
	 * An officer types in a paper request, received on the day written on it (not in the future).
	 * Audited; the requester's account, if any, is not known.
	 */
	@Transactional
	public String fileFromPaper(Filing filing, long officerId, LocalDate receivedOn) {
		InfoBody body = bodies.byId(filing.bodyId()).orElseThrow(() -> new InfoRequestRefused("body", "validation.option"));
		if (!bodies.mayAnswerFor(officerId, body)) {
			throw new InfoRequestRefused("", "info.error.notOfficer");
		}
		if (receivedOn == null || receivedOn.isAfter(LocalDate.now(clock))
				|| receivedOn.isBefore(LocalDate.now(clock).minusYears(1))) {
			throw new InfoRequestRefused("receivedOn", "info.step.error.date");
		}
		String reference = insert(filing, null, "paper", receivedOn, "person:" + officerId);
		audit.append("person:" + officerId, "info.request.paper", "info-request:" + reference, body.code());
		return reference;
	}

	private String insert(Filing f, Long requesterId, String channel, LocalDate receivedOn, String actor) {
		InfoBody body = bodies.byId(f.bodyId()).orElseThrow(() -> new InfoRequestRefused("body", "validation.option"));
		String firstName = text(f.firstName(), "firstName", 1, 100);
		String lastName = text(f.lastName(), "lastName", 1, 100);
		String address = text(f.postalAddress(), "postalAddress", 5, 300);
		String email = f.email() == null ? "" : f.email().trim();
		if ("online".equals(channel) && !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
			throw new InfoRequestRefused("email", "validation.email");
		}
		if (!email.isEmpty() && !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
			throw new InfoRequestRefused("email", "validation.email");
		}
		String identity = f.nationalId() == null ? "" : f.nationalId().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		if (!IDENTITY_NUMBER.matcher(identity).matches()) {
			throw new InfoRequestRefused("nationalId", "info.file.error.nationalId");
		}
		String subject = text(f.subject(), "subject", 10, 200);
		String description = text(f.description(), "description", 20, 5000);
		if (f.format() == null || !InfoRequest.FORMATS.contains(f.format())) {
			throw new InfoRequestRefused("format", "validation.option");
		}
		String urgency = f.urgencyReason() == null ? "" : f.urgencyReason().trim();
		if (f.urgent() && (urgency.length() < 10 || urgency.length() > 1000)) {
			throw new InfoRequestRefused("urgencyReason", "info.file.error.urgencyReason");
		}
		String language = f.language() != null && List.of("ar", "fr", "en", "zgh").contains(f.language()) ? f.language() : "ar";
		String reference = "DAI-%d-%05d".formatted(Year.from(receivedOn).getValue(),
				jdbc.sql("SELECT nextval('info_request_reference_seq')").query(Long.class).single());
		long id = jdbc.sql("""
				INSERT INTO info_request (reference, body_id, requester_id, channel, first_name, last_name, postal_address,
				  email, national_id_hmac, subject, description, language, format, urgent, urgency_reason, status, received_on)
				VALUES (:ref, :body, :requester, :channel, :first, :last, :address, :email, :cin, :subject, :description,
				  :language, :format, :urgent, :urgency, 'received', :received)
				RETURNING id""")
			.param("ref", reference)
			.param("body", body.id())
			.param("requester", requesterId)
			.param("channel", channel)
			.param("first", firstName)
			.param("last", lastName)
			.param("address", address)
			.param("email", email.toLowerCase(Locale.ROOT))
			.param("cin", hmac.digest("cin:" + identity))
			.param("subject", subject)
			.param("description", description)
			.param("language", language)
			.param("format", f.format())
			.param("urgent", f.urgent())
			.param("urgency", f.urgent() ? urgency : "")
			.param("received", receivedOn)
			.query(Long.class)
			.single();
		step(id, "received", receivedOn, actor, "");
		InfoRequest request = byId(id).orElseThrow();
		refreshDue(request);
		DemographicSnapshot snapshot = requesterId == null ? DemographicSnapshot.notStated()
				: participations.snapshot(requesterId, clock.instant());
		participations.record("inforequest.request", body.territoryId(), snapshot, clock.instant());
		notices.filed(byId(id).orElseThrow(), body);
		return reference;
	}

	private static String text(String value, String field, int min, int max) {
		String text = value == null ? "" : value.trim();
		if (text.length() < min || text.length() > max) {
			throw new InfoRequestRefused(field, "info.error.length", min, max);
		}
		return text;
	}

	// ---------------------------------------------------------------- the body's steps

	/** The body asks the requester to clarify; the answer clock stops from the next day. */
	@Transactional
	public void askClarification(long requestId, long officerId, LocalDate on, String question) {
		InfoRequest request = officerStep(requestId, officerId, on, Set.of("received", "extended"));
		jdbc.sql("INSERT INTO info_pause (request_id, from_day) VALUES (:r, :d)").param("r", requestId).param("d", on).update();
		transition(request, "clarification", on, "person:" + officerId, text(question, "text", 10, 5000), true);
	}

	/**
	 * The clarification arrived (typed by the requester online, or by the officer for a paper
	 * request); the clock runs again from the next working day.
	 */
	@Transactional
	public void clarified(long requestId, long actorId, LocalDate on, String text) {
		InfoRequest request = lock(requestId);
		boolean requester = request.requesterId() != null && request.requesterId() == actorId;
		if (!requester && !officer(actorId, request)) {
			throw new InfoRequestRefused("", "info.error.notOfficer");
		}
		if (!"clarification".equals(request.status())) {
			throw new InfoRequestRefused("", "info.error.status");
		}
		LocalDate day = requester ? LocalDate.now(clock) : checkDay(request, on);
		jdbc.sql("UPDATE info_pause SET until_day = :d WHERE request_id = :r AND until_day IS NULL")
			.param("d", day)
			.param("r", requestId)
			.update();
		String back = request.extendedOn() == null ? "received" : "extended";
		transition(request, back, day, "person:" + actorId, text(text, "text", 10, 5000), !requester, "clarified");
	}

	/** The one extension, with its reason, notified before the first deadline expires. */
	@Transactional
	public void extend(long requestId, long officerId, LocalDate on, String reason) {
		InfoRequest request = officerStep(requestId, officerId, on, Set.of("received"));
		if (!rules.deadlines().mayExtend(request.facts(pauses(requestId)), on)) {
			throw new InfoRequestRefused("on", "info.extend.error.late");
		}
		String note = text(reason, "text", 10, 2000);
		jdbc.sql("UPDATE info_request SET extended_on = :d, extension_reason = :reason WHERE id = :id")
			.param("d", on)
			.param("reason", note)
			.param("id", requestId)
			.update();
		transition(request, "extended", on, "person:" + officerId, note, true);
	}

	/** The answer, in full or in part, with its text and files. */
	@Transactional
	public void answer(long requestId, long officerId, LocalDate on, boolean full, String answer, List<Upload> uploads) {
		InfoRequest request = officerStep(requestId, officerId, on, InfoRequest.OPEN);
		String note = text(answer, "text", 10, 20000);
		answered(request, full ? "answered" : "answered_part", on, officerId, note, uploads);
	}

	/** A reasoned refusal on one or more of the law's grounds. */
	@Transactional
	public void refuse(long requestId, long officerId, LocalDate on, List<String> grounds, String reason) {
		InfoRequest request = officerStep(requestId, officerId, on, InfoRequest.OPEN);
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
		answered(request, "refused", on, officerId, note, List.of());
	}

	/** The body does not hold the information (and, where it knows, says who does). */
	@Transactional
	public void notHeld(long requestId, long officerId, LocalDate on, String note) {
		InfoRequest request = officerStep(requestId, officerId, on, InfoRequest.OPEN);
		answered(request, "not_held", on, officerId, text(note, "text", 10, 5000), List.of());
	}

	private void answered(InfoRequest request, String status, LocalDate on, long officerId, String note, List<Upload> uploads) {
		LocalDate due = rules.deadlines().answerDue(request.facts(pauses(request.id())));
		jdbc.sql("UPDATE info_request SET answered_on = :d, answer_due_on = :due WHERE id = :id")
			.param("d", on)
			.param("due", due)
			.param("id", request.id())
			.update();
		long stepId = transition(request, status, on, "person:" + officerId, note, true);
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
	 * The body is not competent: the request goes to the competent body, where it is received
	 * anew on the day of the transfer (a new reference, a new clock). Returns the new reference.
	 */
	@Transactional
	public String transfer(long requestId, long officerId, LocalDate on, long toBodyId, String note) {
		InfoRequest request = officerStep(requestId, officerId, on, Set.of("received", "extended", "clarification"));
		InfoBody target = bodies.byId(toBodyId)
			.filter(b -> b.id() != request.bodyId())
			.orElseThrow(() -> new InfoRequestRefused("toBody", "validation.option"));
		String text = text(note, "text", 10, 2000);
		String reference = "DAI-%d-%05d".formatted(Year.from(on).getValue(),
				jdbc.sql("SELECT nextval('info_request_reference_seq')").query(Long.class).single());
		long copy = jdbc.sql("""
				INSERT INTO info_request (reference, body_id, requester_id, channel, first_name, last_name, postal_address,
				  email, national_id_hmac, subject, description, language, format, urgent, urgency_reason, status, received_on)
				SELECT :ref, :body, requester_id, channel, first_name, last_name, postal_address, email, national_id_hmac,
				  subject, description, language, format, urgent, urgency_reason, 'received', :on
				FROM info_request WHERE id = :id RETURNING id""")
			.param("ref", reference)
			.param("body", target.id())
			.param("on", on)
			.param("id", requestId)
			.query(Long.class)
			.single();
		jdbc.sql("UPDATE info_request SET transferred_to = :t WHERE id = :id").param("t", target.id()).param("id", requestId).update();
		jdbc.sql("UPDATE info_pause SET until_day = :d WHERE request_id = :r AND until_day IS NULL")
			.param("d", on)
			.param("r", requestId)
			.update();
		transition(request, "transferred", on, "person:" + officerId, text + " → " + reference, true);
		step(copy, "received", on, "person:" + officerId, request.reference());
		InfoRequest received = byId(copy).orElseThrow();
		refreshDue(received);
		notices.filed(received, target);
		return reference;
	}

	/** The requester withdraws a request the body has not answered. */
	@Transactional
	public void withdraw(long requestId, long requesterId) {
		InfoRequest request = requesterStep(requestId, requesterId);
		if (!request.open()) {
			throw new InfoRequestRefused("", "info.error.status");
		}
		jdbc.sql("UPDATE info_pause SET until_day = :d WHERE request_id = :r AND until_day IS NULL")
			.param("d", LocalDate.now(clock))
			.param("r", requestId)
			.update();
		transition(request, "withdrawn", LocalDate.now(clock), "person:" + requesterId, "", false);
	}

	/** The requester complains to the head of the body: after the answer, or once the deadline expired unanswered. */
	@Transactional
	public void complainToHead(long requestId, long requesterId, String complaint) {
		complain(requestId, requesterId, complaint, "complaint_head",
				(request, law) -> (request.open() || request.answered()) && law.mayComplainToHead(request.facts(pauses(requestId)),
						LocalDate.now(clock)),
				"info.complaint.error.head");
	}

	/** The head of the body answers the complaint (typed by an officer of the body). */
	@Transactional
	public void headAnswer(long requestId, long officerId, LocalDate on, String answer, List<Upload> uploads) {
		InfoRequest request = officerStep(requestId, officerId, on, Set.of("complaint_head"));
		if (request.headAnsweredOn() != null) {
			throw new InfoRequestRefused("", "info.error.status");
		}
		jdbc.sql("UPDATE info_request SET head_answered_on = :d WHERE id = :id").param("d", on).param("id", requestId).update();
		long stepId = transition(request, "complaint_head", on, "person:" + officerId, text(answer, "text", 10, 20000), true,
				"head_answered");
		attach(stepId, uploads);
	}

	/** The requester complains to the Commission: after the head's answer, or once the head's deadline expired. */
	@Transactional
	public void complainToCommission(long requestId, long requesterId, String complaint) {
		complain(requestId, requesterId, complaint, "complaint_cdai",
				(request, law) -> "complaint_head".equals(request.status())
						&& law.mayComplainToCommission(request.facts(pauses(requestId)), LocalDate.now(clock)),
				"info.complaint.error.commission");
	}

	/** A complaint by the requester, today, when the law allows it; the day goes in {@code <status>_on}. */
	private void complain(long requestId, long requesterId, String complaint, String status,
			java.util.function.BiPredicate<InfoRequest, InfoDeadlines> allowed, String refusal) {
		InfoRequest request = requesterStep(requestId, requesterId);
		if (!allowed.test(request, rules.deadlines())) {
			throw new InfoRequestRefused("", refusal);
		}
		String text = text(complaint, "text", 20, 5000);
		LocalDate today = LocalDate.now(clock);
		jdbc.sql("UPDATE info_request SET " + status + "_on = :d WHERE id = :id").param("d", today).param("id", requestId).update();
		transition(request, status, today, "person:" + requesterId, text, false);
	}

	/** An officer closes a request: records the Commission's decision, or closes an answered request for good. */
	@Transactional
	public void close(long requestId, long officerId, LocalDate on, String note) {
		InfoRequest request = officerStep(requestId, officerId, on,
				Set.of("answered", "answered_part", "refused", "not_held", "complaint_head", "complaint_cdai"));
		jdbc.sql("UPDATE info_request SET closed_on = :d WHERE id = :id").param("d", on).param("id", requestId).update();
		transition(request, "closed", on, "person:" + officerId, text(note, "text", 10, 5000), true);
	}

	// ---------------------------------------------------------------- the public archive

	/** A published request as the public sees it: never the requester's identity. */
	public record Published(String reference, long bodyId, String subject, String language, String status,
			LocalDate receivedOn, LocalDate answeredOn, List<String> refusalGrounds, String description, String answer,
			Instant publishedAt) {
	}

	private static Published published(ResultSet rs, int n) throws SQLException {
		Array grounds = rs.getArray("refusal_grounds");
		java.sql.Timestamp at = rs.getTimestamp("published_at");
		return new Published(rs.getString("reference"), rs.getLong("body_id"), rs.getString("subject"),
				rs.getString("language"), rs.getString("status"), rs.getObject("received_on", LocalDate.class),
				rs.getObject("answered_on", LocalDate.class),
				grounds == null ? List.of() : Arrays.asList((String[]) grounds.getArray()), rs.getString("public_description"),
				rs.getString("public_answer"), at == null ? null : at.toInstant());
	}

	/**
	 * An officer publishes an answered request in the archive: the request and the answer as they
	 * may be shown (the officer removes personal data), and the attachments chosen. Audited.
	 */
	@Transactional
	public void publish(long requestId, long officerId, String description, String answer, List<Long> files) {
		InfoRequest request = lock(requestId);
		if (!officer(officerId, request)) {
			throw new InfoRequestRefused("", "info.error.notOfficer");
		}
		if (request.answeredOn() == null) {
			throw new InfoRequestRefused("", "info.publish.error.unanswered");
		}
		String publicDescription = text(description, "publicDescription", 20, 5000);
		String publicAnswer = text(answer, "publicAnswer", 10, 20000);
		jdbc.sql("""
				UPDATE info_request SET public_description = :d, public_answer = :a, published_at = coalesce(published_at, now())
				WHERE id = :id""")
			.param("d", publicDescription)
			.param("a", publicAnswer)
			.param("id", requestId)
			.update();
		jdbc.sql("""
				UPDATE info_attachment a SET published = (a.file_id IN (:files))
				FROM info_step s WHERE s.id = a.step_id AND s.request_id = :r""")
			.param("files", files == null || files.isEmpty() ? List.of(-1L) : files)
			.param("r", requestId)
			.update();
		audit.append("person:" + officerId, "info.request.published", "info-request:" + request.reference(),
				String.valueOf(files == null ? 0 : files.size()));
	}

	/** The default public answer: the text of the body's answer (or refusal, or "not held"). */
	public String answerText(long requestId) {
		return jdbc.sql("""
				SELECT note FROM info_step WHERE request_id = :r
				AND kind IN ('answered', 'answered_part', 'refused', 'not_held') ORDER BY id DESC LIMIT 1""")
			.param("r", requestId)
			.query(String.class)
			.optional()
			.orElse("");
	}

	/**
	 * The archive: published requests, newest first, matching the words in Arabic or French
	 * (PostgreSQL full-text search, stemmed in both), of a body, a status and a year when given.
	 */
	public List<Published> archive(String words, Long bodyId, String status, Integer year, int limit) {
		String query = words == null ? "" : words.trim();
		return jdbc.sql("""
				SELECT * FROM info_request
				WHERE published_at IS NOT NULL
				  AND (:q = '' OR search @@ (websearch_to_tsquery('french', :q) || websearch_to_tsquery('arabic', :q)))
				  AND (CAST(:body AS BIGINT) IS NULL OR body_id = :body)
				  AND (CAST(:status AS TEXT) IS NULL OR status = :status)
				  AND (CAST(:year AS INT) IS NULL OR extract(YEAR FROM received_on) = :year)
				ORDER BY CASE WHEN :q = '' THEN 0 ELSE
				  ts_rank(search, websearch_to_tsquery('french', :q) || websearch_to_tsquery('arabic', :q)) END DESC,
				  published_at DESC
				LIMIT :limit""")
			.param("q", query)
			.param("body", bodyId)
			.param("status", status)
			.param("year", year)
			.param("limit", limit)
			.query(InfoRequests::published)
			.list();
	}

	public Optional<Published> publishedByReference(String reference) {
		return jdbc.sql("SELECT * FROM info_request WHERE reference = :r AND published_at IS NOT NULL")
			.param("r", reference)
			.query(InfoRequests::published)
			.optional();
	}

	/** The files published with a request. */
	public List<StoredFile> publishedFiles(String reference) {
		List<StoredFile> found = new ArrayList<>();
		jdbc.sql("""
				SELECT a.file_id FROM info_attachment a JOIN info_step s ON s.id = a.step_id
				JOIN info_request r ON r.id = s.request_id
				WHERE r.reference = :r AND r.published_at IS NOT NULL AND a.published ORDER BY a.file_id""")
			.param("r", reference)
			.query(Long.class)
			.list()
			.forEach(id -> files.describe(id).ifPresent(found::add));
		return found;
	}

	// ---------------------------------------------------------------- shared checks and writes

	private InfoRequest lock(long requestId) {
		return jdbc.sql("SELECT * FROM info_request WHERE id = :id FOR UPDATE")
			.param("id", requestId)
			.query(InfoRequests::request)
			.optional()
			.orElseThrow(() -> new InfoRequestRefused("", "info.error.unknown"));
	}

	/** Locks the request and checks that the officer acts for its body, from one of the statuses, on a valid day. */
	private InfoRequest officerStep(long requestId, long officerId, LocalDate on, Set<String> from) {
		InfoRequest request = lock(requestId);
		if (!officer(officerId, request)) {
			throw new InfoRequestRefused("", "info.error.notOfficer");
		}
		if (!from.contains(request.status())) {
			throw new InfoRequestRefused("", "info.error.status");
		}
		checkDay(request, on);
		return request;
	}

	private InfoRequest requesterStep(long requestId, long requesterId) {
		InfoRequest request = lock(requestId);
		if (request.requesterId() == null || request.requesterId() != requesterId) {
			throw new InfoRequestRefused("", "info.error.notRequester");
		}
		return request;
	}

	/** A step's day in law: not in the future, not before the request's last step. */
	private LocalDate checkDay(InfoRequest request, LocalDate on) {
		LocalDate last = jdbc.sql("SELECT max(on_day) FROM info_step WHERE request_id = :r")
			.param("r", request.id())
			.query(LocalDate.class)
			.single();
		if (on == null || on.isAfter(LocalDate.now(clock)) || on.isBefore(last)) {
			throw new InfoRequestRefused("on", "info.step.error.date");
		}
		return on;
	}

	private long transition(InfoRequest request, String status, LocalDate on, String actor, String note, boolean staff) {
		return transition(request, status, on, actor, note, staff, status);
	}

	/** Moves the request to {@code status} with a step of {@code kind}; audits staff steps; mails the requester after commit. */
	private long transition(InfoRequest request, String status, LocalDate on, String actor, String note, boolean staff,
			String kind) {
		jdbc.sql("UPDATE info_request SET status = :s WHERE id = :id").param("s", status).param("id", request.id()).update();
		long stepId = step(request.id(), kind, on, actor, note);
		InfoRequest updated = byId(request.id()).orElseThrow();
		refreshDue(updated);
		if (staff) {
			audit.append(actor, "info.request." + kind, "info-request:" + request.reference(), on.toString());
		}
		notices.stepReached(updated, kind, note);
		return stepId;
	}

	private long step(long requestId, String kind, LocalDate on, String actor, String note) {
		return jdbc.sql("""
				INSERT INTO info_step (request_id, kind, on_day, actor, note) VALUES (:r, :k, :d, :a, :n) RETURNING id""")
			.param("r", requestId)
			.param("k", kind)
			.param("d", on)
			.param("a", actor)
			.param("n", note)
			.query(Long.class)
			.single();
	}

	/** Keeps the deadline the queue sorts by: the answer's, the head's or the Commission's, as the status says. */
	private void refreshDue(InfoRequest request) {
		InfoDeadlines law = rules.deadlines();
		InfoDeadlines.Facts facts = request.facts(pauses(request.id()));
		LocalDate due = switch (request.status()) {
			case "received", "extended" -> law.answerDue(facts);
			case "complaint_head" -> request.headAnsweredOn() == null ? law.headAnswerDue(facts) : null;
			case "complaint_cdai" -> law.commissionAnswerDue(facts);
			default -> null;
		};
		jdbc.sql("UPDATE info_request SET due_on = :d WHERE id = :id").param("d", due).param("id", request.id()).update();
	}
}
