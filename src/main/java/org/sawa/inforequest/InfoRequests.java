package org.sawa.inforequest;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sawa.calendar.HolidaysChanged;
import org.sawa.calendar.WorkingDayCalendar.Pause;
import org.sawa.storage.FileStorage;
import org.sawa.storage.StoredFile;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for information under law 31-13 as they are read: by reference, a requester's
 * own, an officer's queue, the timeline with its attachments and the deadlines the law
 * gives today. Filing is in {@link InfoFiling}, the steps in {@link InfoSteps}, the
 * public archive in {@link InfoArchive}.
 */
@Service
public class InfoRequests {

	private final Clock clock;

	/** The deadlines and the actions the law allows on a request today. */
	public record Deadlines(LocalDate answerDue, LocalDate firstAnswerDue, boolean paused, boolean overdue,
			boolean mayExtend, LocalDate headComplaintCloses, boolean mayComplainToHead, LocalDate headAnswerDue,
			LocalDate commissionComplaintCloses, boolean mayComplainToCommission, LocalDate commissionAnswerDue) {
	}

	private final JdbcClient jdbc;

	private final InfoRules rules;

	private final InfoBodies bodies;

	private final FileStorage files;

	InfoRequests(JdbcClient jdbc, InfoRules rules, InfoBodies bodies, FileStorage files, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.rules = rules;
		this.bodies = bodies;
		this.files = files;
	}

	// ---------------------------------------------------------------- reading

	static InfoRequest request(ResultSet rs, int n) throws SQLException {
		Array grounds = rs.getArray("refusal_grounds");
		return new InfoRequest(rs.getLong("id"), rs.getString("reference"), rs.getLong("body_id"),
				(Long) rs.getObject("requester_id"), rs.getString("channel"), rs.getString("first_name"),
				rs.getString("last_name"), rs.getString("postal_address"), rs.getString("email"),
				rs.getString("subject"), rs.getString("description"), rs.getString("language"), rs.getString("format"),
				rs.getBoolean("urgent"), rs.getString("urgency_reason"), InfoStatus.of(rs.getString("status")),
				rs.getObject("received_on", LocalDate.class), rs.getObject("extended_on", LocalDate.class),
				rs.getString("extension_reason"), rs.getObject("answered_on", LocalDate.class),
				rs.getObject("complaint_head_on", LocalDate.class), rs.getObject("head_answered_on", LocalDate.class),
				rs.getObject("complaint_cdai_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
				(Long) rs.getObject("transferred_to"),
				grounds == null ? List.of() : Arrays.asList((String[]) grounds.getArray()),
				rs.getObject("due_on", LocalDate.class), rs.getTimestamp("created_at").toInstant());
	}

	public Optional<InfoRequest> byReference(String reference) {
		return jdbc.sql("SELECT * FROM info_request WHERE reference = :r")
			.param("r", reference)
			.query(InfoRequests::request)
			.optional();
	}

	public Optional<InfoRequest> byId(long id) {
		return jdbc.sql("SELECT * FROM info_request WHERE id = :id")
			.param("id", id)
			.query(InfoRequests::request)
			.optional();
	}

	/** The requests a person filed, latest first. */
	/**
	 * Whether the request's address may be mailed: it has one, and its owner confirmed it
	 * (online, with their account).
	 */
	public boolean addressConfirmed(long requestId) {
		return jdbc.sql("SELECT email <> '' AND email_confirmed_at IS NOT NULL FROM info_request WHERE id = :id")
			.param("id", requestId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** The last request the person filed online herself, if any. */
	public java.util.Optional<InfoRequest> lastFiledOnline(long personId) {
		return jdbc.sql("""
				SELECT * FROM info_request WHERE requester_id = :p AND channel = 'online'
				ORDER BY created_at DESC, id DESC LIMIT 1""")
			.param("p", personId)
			.query(InfoRequests::request)
			.optional();
	}

	public List<InfoRequest> filedBy(long personId) {
		return jdbc.sql("SELECT * FROM info_request WHERE requester_id = :p ORDER BY created_at DESC")
			.param("p", personId)
			.query(InfoRequests::request)
			.list();
	}

	/**
	 * An officer's queue: the requests awaiting an answer or a complaint's answer at the
	 * bodies they serve, the nearest deadline first (paused requests last).
	 */
	public List<InfoRequest> queue(long officerId) {
		List<Long> served = bodies.servedBy(officerId).stream().map(InfoBody::id).toList();
		if (served.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("""
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
			.query((rs, n) -> new Pause(rs.getObject("from_day", LocalDate.class),
					rs.getObject("until_day", LocalDate.class)))
			.list();
	}

	public List<InfoStep> steps(long requestId) {
		List<InfoStep> steps = jdbc.sql("SELECT * FROM info_step WHERE request_id = :r ORDER BY on_day, id")
			.param("r", requestId)
			.query((rs, n) -> new InfoStep(rs.getLong("id"), InfoStepKind.of(rs.getString("kind")),
					rs.getObject("on_day", LocalDate.class), rs.getString("actor"), rs.getString("note"),
					rs.getString("public_note"), rs.getTimestamp("at").toInstant(), new ArrayList<>()))
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

	/**
	 * An attachment of the request, with its description; empty when the file is not one
	 * of the request's.
	 */
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
		return new Deadlines(law.answerDue(facts), law.firstAnswerDue(facts),
				law.clarificationPauses() && pauses.stream().anyMatch(p -> p.until() == null),
				open && law.overdue(facts, today),
				open && request.status() != InfoStatus.CLARIFICATION && law.mayExtend(facts, today),
				law.headComplaintCloses(facts, today),
				(open || request.answered()) && law.mayComplainToHead(facts, today), law.headAnswerDue(facts),
				law.commissionComplaintCloses(facts),
				request.status() == InfoStatus.COMPLAINT_HEAD && law.mayComplainToCommission(facts, today),
				law.commissionAnswerDue(facts));
	}

	/** Whether the person may act for the request's body. */
	public boolean officer(long personId, InfoRequest request) {
		return bodies.byId(request.bodyId()).map(b -> bodies.mayAnswerFor(personId, b)).orElse(false);
	}

	/** A new request's reference: DAI, the year it was received and the next number. */
	static String newReference(JdbcClient jdbc, LocalDate receivedOn) {
		return "DAI-%d-%05d".formatted(Year.from(receivedOn).getValue(),
				jdbc.sql("SELECT nextval('info_request_reference_seq')").query(Long.class).single());
	}

	/** Reads a request and locks it against other steps until the transaction ends. */
	InfoRequest lock(long requestId) {
		return jdbc.sql("SELECT * FROM info_request WHERE id = :id FOR UPDATE")
			.param("id", requestId)
			.query(InfoRequests::request)
			.optional()
			.orElseThrow(() -> new InfoRequestRefused("", "info.error.unknown"));
	}

	/**
	 * Keeps the deadline the queue sorts by: the answer's, the head's or the
	 * Commission's, as the status says.
	 */
	void refreshDue(long requestId) {
		refreshDue(requestId, rules.deadlines());
	}

	/** The same with the deadline engine read once for many requests. */
	private void refreshDue(long requestId, InfoDeadlines law) {
		InfoRequest request = byId(requestId).orElseThrow();
		InfoDeadlines.Facts facts = request.facts(pauses(request.id()));
		LocalDate due = switch (request.status()) {
			case RECEIVED, EXTENDED -> law.answerDue(facts);
			// the clock runs on while the requester clarifies, when the convention is off
			case CLARIFICATION -> law.clarificationPauses() ? null : law.answerDue(facts);
			case COMPLAINT_HEAD -> request.headAnsweredOn() == null ? law.headAnswerDue(facts) : null;
			case COMPLAINT_CDAI -> law.commissionAnswerDue(facts);
			default -> null;
		};
		// written only when it moves: at start every open request is computed again, and
		// a
		// national table's 100,000 open requests were rewritten each time (issue 23)
		jdbc.sql("""
				UPDATE info_request SET due_on = CAST(:d AS DATE)
				WHERE id = :id AND due_on IS DISTINCT FROM CAST(:d AS DATE)""")
			.param("d", due)
			.param("id", request.id())
			.update();
	}

	/**
	 * A holiday changed: the open deadlines of requests received before it are computed
	 * again, in the same transaction, so that no body is flagged overdue by a calendar
	 * that has changed and no complaint window closes early (a request received after the
	 * day does not count it).
	 */
	@EventListener
	void holidaysChanged(HolidaysChanged change) {
		refreshOpen(change.day(), rules.deadlines());
	}

	/** A rule or the pause convention changed: every open deadline follows. */
	@EventListener
	void rulesChanged(InfoRules.RulesChanged change) {
		refreshOpen(LocalDate.now(clock), rules.deadlines());
	}

	/**
	 * At start, every open deadline is computed again if the rules, the pause convention,
	 * the holidays or the method differ from those they were last computed under
	 * ({@code info_deadline_basis}): a migration that corrects a rule (urgent requests in
	 * calendar days) or the holidays, or a version that computes differently, reaches the
	 * requests already filed, and the statistics with them; a start with nothing changed
	 * reads no request.
	 */
	@EventListener(ApplicationStartedEvent.class)
	@Transactional
	public void refreshOpenDeadlines() {
		InfoDeadlines law = rules.deadlines();
		String last = jdbc.sql("SELECT basis FROM info_deadline_basis").query(String.class).optional().orElse(null);
		if (!law.basis().equals(last)) {
			refreshOpen(LocalDate.now(clock), law);
		}
	}

	private void refreshOpen(LocalDate receivedUpTo, InfoDeadlines law) {
		jdbc.sql("""
				SELECT id FROM info_request
				WHERE status IN ('received', 'clarification', 'extended', 'complaint_head', 'complaint_cdai')
				  AND received_on <= :day""")
			.param("day", receivedUpTo)
			.query(Long.class)
			.list()
			.forEach(id -> refreshDue(id, law));
		// every open deadline now follows this basis (a request received after a changed
		// holiday does not count it)
		jdbc.sql("""
				INSERT INTO info_deadline_basis (basis, computed_at) VALUES (:basis, :at)
				ON CONFLICT (one) DO UPDATE SET basis = EXCLUDED.basis, computed_at = EXCLUDED.computed_at""")
			.param("basis", law.basis())
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

}
