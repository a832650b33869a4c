package org.sawa.council;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sawa.casework.CaseSteps;
import org.sawa.casework.Step;
import org.sawa.db.TextVersions;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Advisory memos and opinions: submitted by an association or a consultative body,
 * received by the council, referred to a committee, examined with an outcome. Each step
 * is dated, noted and audited.
 */
@Service
@Transactional
public class Memos {

	private final Clock clock;

	public static final List<String> OUTCOMES = List.of("taken_up", "partly", "not_taken");

	public static final List<String> CHANGES = List.of("programme", "budget_line", "project", "none");

	private final JdbcClient jdbc;

	private final Councils councils;

	private final CaseSteps steps;

	private final ConsultativeBodies bodies;

	Memos(JdbcClient jdbc, Councils councils, CaseSteps steps, ConsultativeBodies bodies, Clock clock) {
		this.bodies = bodies;
		this.clock = clock;
		this.jdbc = jdbc;
		this.councils = councils;
		this.steps = steps;
	}

	public static final List<String> GENRES = List.of("memo", "opinion");

	/**
	 * Who sends a memo: an association ({@code kind} association, an organisation's id)
	 * or one of the council's consultative bodies ({@code kind} body, the body's id).
	 */
	public record Author(String kind, long id) {

		public static Author association(long organisationId) {
			return new Author("association", organisationId);
		}

		public static Author body(long bodyId) {
			return new Author("body", bodyId);
		}
	}

	/** Files an association's memo. Returns its reference. */
	public String submit(long councilId, long organisationId, String title, String summary, String language,
			LocalDate submittedOn, long actorId) {
		return submit(councilId, Author.association(organisationId), "memo", title, summary, language, submittedOn,
				actorId);
	}

	/**
	 * Files a memo or an opinion (a body's answer to what the council asked it) from an
	 * association or one of the council's consultative bodies. Returns its reference.
	 */
	public String submit(long councilId, Author author, String genre, String title, String summary, String language,
			LocalDate submittedOn, long actorId) {
		Council council = councils.byId(councilId)
			.orElseThrow(() -> new CouncilRefused("council", "validation.option"));
		String cleanTitle = title == null ? "" : title.trim();
		String cleanSummary = summary == null ? "" : summary.trim();
		LocalDate day = submittedOn == null ? LocalDate.now(clock) : submittedOn;
		check(councilId, author, genre, language, cleanTitle, cleanSummary, day);
		int year = day.getYear();
		long next = jdbc.sql("SELECT count(*) + 1 FROM council_memo WHERE reference LIKE :p")
			.param("p", "MEMO-" + year + "-%")
			.query(Long.class)
			.single();
		String reference = "MEMO-%d-%04d".formatted(year, next);
		long id = jdbc.sql("""
				INSERT INTO council_memo (council_id, reference, author_kind, organisation_id, body_id, genre, title,
				  summary, language, submitted_on, state, created_by, created_at)
				VALUES (:c, :r, :k, :o, :b, :g, :t, :s, :l, :d, 'submitted', :by, :stampedAt) RETURNING id""")
			.param("l", language)
			.param("stampedAt", Timestamp.from(clock.instant()))
			.param("c", councilId)
			.param("r", reference)
			.param("k", author.kind())
			.param("o", "association".equals(author.kind()) ? author.id() : null)
			.param("b", "body".equals(author.kind()) ? author.id() : null)
			.param("g", genre)
			.param("t", cleanTitle)
			.param("s", cleanSummary)
			.param("d", day)
			.param("by", actorId)
			.query(Long.class)
			.single();
		steps.record(MemoState.CASE,
				Step.of(id, MemoState.SUBMITTED, MemoState.SUBMITTED)
					.by(actorId)
					.onUnchecked(day)
					.note(null)
					.audited("council.memo.submitted", "memo:" + reference, "council:" + council.code()));
		return reference;
	}

	/** Every field of a new memo checked at once, each reason at its field. */
	private void check(long councilId, Author author, String genre, String language, String cleanTitle,
			String cleanSummary, LocalDate day) {
		// every field checked at once, each reason at its field
		Refusals refusals = new Refusals();
		if ("body".equals(author.kind())
				&& bodies.byId(author.id()).filter(b -> b.councilId() == councilId).isEmpty()) {
			refusals.add("author", "validation.option");
		}
		if (!GENRES.contains(genre == null ? "" : genre)
				|| ("opinion".equals(genre) && !"body".equals(author.kind()))) {
			refusals.add("genre", "validation.option");
		}
		if (!TextVersions.LANGUAGES.contains(language == null ? "" : language)) {
			refusals.add("language", "validation.option");
		}
		if (Texts.length(cleanTitle) < 3 || Texts.length(cleanTitle) > 300) {
			refusals.add("title", "council.error.memoTitle", 3, 300);
		}
		if (Texts.length(cleanSummary) < 10 || Texts.length(cleanSummary) > 5000) {
			refusals.add("summary", "council.error.memoSummary", 10, 5000);
		}
		if (day.isAfter(LocalDate.now(clock))) {
			refusals.add("submittedOn", "council.error.future");
		}
		refusals.throwIfAny();
	}

	public void receive(String reference, LocalDate onDay, String note, long actorId) {
		Memo memo = lock(reference);
		steps.take(MemoState.CASE, step(memo, MemoState.RECEIVED, onDay, note, actorId, "").from(MemoState.SUBMITTED));
	}

	public void refer(String reference, Long committeeId, LocalDate onDay, String note, long actorId) {
		Memo memo = lock(reference);
		Step<MemoState> step = step(memo, MemoState.REFERRED, onDay, note, actorId, "committee:" + committeeId)
			.from(MemoState.RECEIVED);
		steps.check(MemoState.CASE, step);
		if (committeeId == null
				|| councils.committees(memo.councilId()).stream().noneMatch(c -> c.id() == committeeId)) {
			throw new CouncilRefused("committee", "council.error.committee");
		}
		steps.record(MemoState.CASE, step.set("committee_id", committeeId));
	}

	/**
	 * Records the council's examination; what changed is required unless the memo was not
	 * taken up.
	 */
	public void examine(String reference, String outcome, String changeKind, String changeText, LocalDate onDay,
			String note, long actorId) {
		Memo memo = lock(reference);
		String change = "not_taken".equals(outcome) ? "none" : changeKind;
		Step<MemoState> step = step(memo, MemoState.EXAMINED, onDay, note, actorId,
				"outcome=" + outcome + " change=" + change)
			.from(MemoState.RECEIVED, MemoState.REFERRED);
		steps.check(MemoState.CASE, step);
		if (!OUTCOMES.contains(outcome == null ? "" : outcome)) {
			throw new CouncilRefused("outcome", "validation.option");
		}
		if (!CHANGES.contains(change == null ? "" : change)
				|| (!"not_taken".equals(outcome) && "none".equals(change))) {
			throw new CouncilRefused("changeKind", "council.error.changeKind");
		}
		String text = changeText == null ? "" : changeText.trim();
		if (!"none".equals(change) && Texts.length(text) < 5) {
			throw new CouncilRefused("changeText", "council.error.changeText");
		}
		if (Texts.length(text) > 2000) {
			throw new CouncilRefused("changeText", "council.error.summaryLong", 2000);
		}
		// the outcome and the state change in one statement: a constraint ties them
		steps.record(MemoState.CASE,
				step.set("outcome", outcome)
					.set("change_kind", change)
					.set("change_text", text.isEmpty() ? null : text));
	}

	/** Reads a memo and locks it against other steps until the transaction ends. */
	private Memo lock(String reference) {
		return jdbc.sql("SELECT * FROM council_memo WHERE reference = :r FOR UPDATE")
			.param("r", reference)
			.query(this::memo)
			.optional()
			.orElseThrow(() -> new CouncilRefused("", "council.error.noMemo"));
	}

	/**
	 * A staff step of the memo with its day, its note (at most 2,000 characters) and its
	 * audit entry.
	 */
	private Step<MemoState> step(Memo memo, MemoState to, LocalDate onDay, String note, long actorId, String details) {
		String clean = note == null || note.isBlank() ? null : note.trim();
		if (clean != null && Texts.length(clean) > 2000) {
			throw new CouncilRefused("note", "council.error.summaryLong", 2000);
		}
		return Step.of(memo.id(), memo.state(), to)
			.by(actorId)
			.on(onDay)
			.note(clean)
			.audited("council.memo." + to.code(), "memo:" + memo.reference(), details);
	}

	@Transactional(readOnly = true)
	public Optional<Memo> byReference(String reference) {
		return jdbc.sql("SELECT * FROM council_memo WHERE reference = :r")
			.param("r", reference)
			.query(this::memo)
			.optional();
	}

	/** The memos and opinions a consultative body sent, newest first. */
	@Transactional(readOnly = true)
	public List<Memo> fromBody(long bodyId) {
		return jdbc.sql("SELECT * FROM council_memo WHERE body_id = :b ORDER BY submitted_on DESC, id DESC")
			.param("b", bodyId)
			.query(this::memo)
			.list();
	}

	/** The memos to these councils, newest first. */
	@Transactional(readOnly = true)
	public List<Memo> toCouncils(Collection<Long> councilIds) {
		if (councilIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM council_memo WHERE council_id IN (:c) ORDER BY submitted_on DESC, id DESC")
			.param("c", councilIds)
			.query(this::memo)
			.list();
	}

	/**
	 * Memos to these councils examined between the two days (inclusive), by the day of
	 * examination.
	 */
	@Transactional(readOnly = true)
	public List<Memo> examinedBetween(Collection<Long> councilIds, LocalDate from, LocalDate to) {
		return toCouncils(councilIds).stream().filter(Memo::examined).filter(m -> {
			LocalDate examined = m.steps().get(m.steps().size() - 1).onDay();
			return !examined.isBefore(from) && !examined.isAfter(to);
		}).sorted(java.util.Comparator.comparing(Memo::submittedOn)).toList();
	}

	private Memo memo(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		List<Memo.Step> steps = jdbc.sql("SELECT * FROM council_memo_step WHERE memo_id = :m ORDER BY on_day, id")
			.param("m", id)
			.query((r, i) -> new Memo.Step(MemoState.of(r.getString("state")), r.getObject("on_day", LocalDate.class),
					r.getString("note"), r.getLong("by_person"),
					r.getObject("at", java.time.OffsetDateTime.class).toInstant()))
			.list();
		return new Memo(id, rs.getLong("council_id"), rs.getString("reference"), rs.getString("author_kind"),
				(Long) rs.getObject("organisation_id"), (Long) rs.getObject("body_id"), rs.getString("genre"),
				rs.getString("title"), rs.getString("summary"), rs.getString("language"),
				rs.getObject("submitted_on", LocalDate.class), MemoState.of(rs.getString("state")),
				(Long) rs.getObject("committee_id"), rs.getString("outcome"), rs.getString("change_kind"),
				rs.getString("change_text"), steps);
	}

}
