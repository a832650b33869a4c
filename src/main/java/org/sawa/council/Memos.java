package org.sawa.council;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sawa.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Advisory memos: submitted by an association (or the parity commission), received by the
 * council, referred to a committee, examined with an outcome. Each step is dated, noted and audited.
 */
@Service
@Transactional
public class Memos {

	private final Clock clock;

	public static final List<String> OUTCOMES = List.of("taken_up", "partly", "not_taken");
	public static final List<String> CHANGES = List.of("programme", "budget_line", "project", "none");

	private final JdbcClient jdbc;
	private final Councils councils;
	private final AuditLog audit;

	Memos(JdbcClient jdbc, Councils councils, AuditLog audit, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.councils = councils;
		this.audit = audit;
	}

	/** Files a memo; {@code organisationId} is null for the parity commission. Returns its reference. */
	public String submit(long councilId, Long organisationId, String title, String summary, LocalDate submittedOn,
			long actorId) {
		Council council = councils.byId(councilId).orElseThrow(() -> new CouncilRefused("council", "validation.option"));
		String cleanTitle = title == null ? "" : title.trim();
		String cleanSummary = summary == null ? "" : summary.trim();
		if (cleanTitle.length() < 3 || cleanTitle.length() > 300) {
			throw new CouncilRefused("title", "council.error.memoTitle", 3, 300);
		}
		if (cleanSummary.length() < 10 || cleanSummary.length() > 5000) {
			throw new CouncilRefused("summary", "council.error.memoSummary", 10, 5000);
		}
		LocalDate day = submittedOn == null ? LocalDate.now(clock) : submittedOn;
		if (day.isAfter(LocalDate.now(clock))) {
			throw new CouncilRefused("submittedOn", "council.error.future");
		}
		int year = day.getYear();
		long next = jdbc.sql("SELECT count(*) + 1 FROM council_memo WHERE reference LIKE :p")
			.param("p", "MEMO-" + year + "-%").query(Long.class).single();
		String reference = "MEMO-%d-%04d".formatted(year, next);
		long id = jdbc.sql("""
				INSERT INTO council_memo (council_id, reference, author_kind, organisation_id, title, summary,
				  submitted_on, state, created_by)
				VALUES (:c, :r, :k, :o, :t, :s, :d, 'submitted', :by) RETURNING id""")
			.param("c", councilId).param("r", reference).param("k", organisationId == null ? "parity" : "association")
			.param("o", organisationId).param("t", cleanTitle).param("s", cleanSummary).param("d", day).param("by", actorId)
			.query(Long.class).single();
		step(id, "submitted", day, null, actorId);
		audit.append("person:" + actorId, "council.memo.submitted", "memo:" + reference, "council:" + council.code());
		return reference;
	}

	public void receive(String reference, LocalDate onDay, String note, long actorId) {
		Memo memo = move(reference, List.of("submitted"), onDay);
		jdbc.sql("UPDATE council_memo SET state = 'received' WHERE id = :id").param("id", memo.id()).update();
		finish(memo, "received", onDay, note, actorId, "");
	}

	public void refer(String reference, Long committeeId, LocalDate onDay, String note, long actorId) {
		Memo memo = move(reference, List.of("received"), onDay);
		if (committeeId == null || councils.committees(memo.councilId()).stream().noneMatch(c -> c.id() == committeeId)) {
			throw new CouncilRefused("committee", "council.error.committee");
		}
		jdbc.sql("UPDATE council_memo SET state = 'referred', committee_id = :c WHERE id = :id")
			.param("c", committeeId).param("id", memo.id()).update();
		finish(memo, "referred", onDay, note, actorId, "committee:" + committeeId);
	}

	/** Records the council's examination; what changed is required unless the memo was not taken up. */
	public void examine(String reference, String outcome, String changeKind, String changeText, LocalDate onDay,
			String note, long actorId) {
		Memo memo = move(reference, List.of("received", "referred"), onDay);
		if (!OUTCOMES.contains(outcome == null ? "" : outcome)) {
			throw new CouncilRefused("outcome", "validation.option");
		}
		String change = "not_taken".equals(outcome) ? "none" : changeKind;
		if (!CHANGES.contains(change == null ? "" : change) || (!"not_taken".equals(outcome) && "none".equals(change))) {
			throw new CouncilRefused("changeKind", "council.error.changeKind");
		}
		String text = changeText == null ? "" : changeText.trim();
		if (!"none".equals(change) && text.length() < 5) {
			throw new CouncilRefused("changeText", "council.error.changeText");
		}
		if (text.length() > 2000) {
			throw new CouncilRefused("changeText", "council.error.summaryLong", 2000);
		}
		jdbc.sql("""
				UPDATE council_memo SET state = 'examined', outcome = :o, change_kind = :k, change_text = :t WHERE id = :id""")
			.param("o", outcome).param("k", change).param("t", text.isEmpty() ? null : text).param("id", memo.id()).update();
		finish(memo, "examined", onDay, note, actorId, "outcome=" + outcome + " change=" + change);
	}

	private Memo move(String reference, List<String> from, LocalDate onDay) {
		Memo memo = byReference(reference).orElseThrow(() -> new CouncilRefused("", "council.error.noMemo"));
		if (!from.contains(memo.state())) {
			throw new CouncilRefused("", "council.error.memoState");
		}
		if (onDay == null) {
			throw new CouncilRefused("onDay", "validation.date");
		}
		LocalDate last = memo.steps().get(memo.steps().size() - 1).onDay();
		if (onDay.isBefore(last)) {
			throw new CouncilRefused("onDay", "council.error.stepBefore", last);
		}
		if (onDay.isAfter(LocalDate.now(clock))) {
			throw new CouncilRefused("onDay", "council.error.future");
		}
		return memo;
	}

	private void finish(Memo memo, String state, LocalDate onDay, String note, long actorId, String details) {
		String clean = note == null || note.isBlank() ? null : note.trim();
		if (clean != null && clean.length() > 2000) {
			throw new CouncilRefused("note", "council.error.summaryLong", 2000);
		}
		step(memo.id(), state, onDay, clean, actorId);
		audit.append("person:" + actorId, "council.memo." + state, "memo:" + memo.reference(), details);
	}

	private void step(long memoId, String state, LocalDate onDay, String note, long actorId) {
		jdbc.sql("INSERT INTO council_memo_step (memo_id, state, on_day, note, by_person) VALUES (:m, :s, :d, :n, :by)")
			.param("m", memoId).param("s", state).param("d", onDay).param("n", note).param("by", actorId).update();
	}

	@Transactional(readOnly = true)
	public Optional<Memo> byReference(String reference) {
		return jdbc.sql("SELECT * FROM council_memo WHERE reference = :r").param("r", reference)
			.query(this::memo).optional();
	}

	/** The memos to these councils, newest first. */
	@Transactional(readOnly = true)
	public List<Memo> toCouncils(Collection<Long> councilIds) {
		if (councilIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM council_memo WHERE council_id IN (:c) ORDER BY submitted_on DESC, id DESC")
			.param("c", councilIds).query(this::memo).list();
	}

	/** Memos to these councils examined between the two days (inclusive), by the day of examination. */
	@Transactional(readOnly = true)
	public List<Memo> examinedBetween(Collection<Long> councilIds, LocalDate from, LocalDate to) {
		return toCouncils(councilIds).stream().filter(Memo::examined)
			.filter(m -> {
				LocalDate examined = m.steps().get(m.steps().size() - 1).onDay();
				return !examined.isBefore(from) && !examined.isAfter(to);
			})
			.sorted(java.util.Comparator.comparing(Memo::submittedOn))
			.toList();
	}

	private Memo memo(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		List<Memo.Step> steps = jdbc.sql("SELECT * FROM council_memo_step WHERE memo_id = :m ORDER BY on_day, id")
			.param("m", id)
			.query((r, i) -> new Memo.Step(r.getString("state"), r.getObject("on_day", LocalDate.class), r.getString("note"),
					r.getLong("by_person"), r.getObject("at", java.time.OffsetDateTime.class).toInstant()))
			.list();
		return new Memo(id, rs.getLong("council_id"), rs.getString("reference"), rs.getString("author_kind"),
				(Long) rs.getObject("organisation_id"), rs.getString("title"), rs.getString("summary"),
				rs.getObject("submitted_on", LocalDate.class), rs.getString("state"), (Long) rs.getObject("committee_id"),
				rs.getString("outcome"), rs.getString("change_kind"), rs.getString("change_text"), steps);
	}
}
