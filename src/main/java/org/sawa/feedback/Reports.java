package org.sawa.feedback;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.sawa.inforequest.InfoBodies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads reports: one by its number, the public list, a person's own, a body's queue and
 * the triage queue, similar open reports, a report's timeline and photos; and who may act
 * on one.
 */
@Service
public class Reports {

	/** A step of a report's timeline. */
	public record TimelineStep(long id, FeedbackStepKind kind, LocalDate onDay, String actor, String note,
			String publicNote, Instant at) {

		/** What the public reads of the note: the moderator's redaction, if any. */
		public String shownNote() {
			return publicNote != null ? publicNote : note;
		}

		/** Taken by the person who reported (not by staff). */
		public boolean byReporter() {
			return kind.byReporter() || (kind == FeedbackStepKind.RECEIVED);
		}
	}

	/** A photo of a report. */
	public record Photo(long id, long fileId, boolean hidden) {
	}

	/**
	 * Which public reports: in the territories, of a category and a body when given,
	 * {@code open}, {@code closed}, {@code late} or any, received between two days when
	 * given, or those of these numbers; each part null for no condition.
	 */
	public record Filter(Collection<Long> territoryIds, Long categoryId, Long bodyId, String state, LocalDate from,
			LocalDate to, List<String> numbers) {

		/** The public list's filter: a place, a category and a state. */
		public static Filter of(Collection<Long> territoryIds, Long categoryId, String state) {
			return new Filter(territoryIds, categoryId, null, state, null, null, null);
		}
	}

	private final JdbcClient jdbc;

	private final InfoBodies bodies;

	private final Permissions permissions;

	Reports(JdbcClient jdbc, InfoBodies bodies, Permissions permissions) {
		this.jdbc = jdbc;
		this.bodies = bodies;
		this.permissions = permissions;
	}

	static Report map(ResultSet rs, int n) throws SQLException {
		return new Report(rs.getLong("id"), rs.getString("number"), rs.getLong("category_id"),
				rs.getLong("territory_id"), (Long) rs.getObject("body_id"), rs.getString("about_code"),
				rs.getString("place"), rs.getString("description"), rs.getString("language"), rs.getString("channel"),
				(Long) rs.getObject("reporter_id"), rs.getString("contact_email"), rs.getString("contact_phone"),
				rs.getString("public_name"), FeedbackStatus.of(rs.getString("status")), rs.getString("outcome"),
				(Long) rs.getObject("duplicate_of"), day(rs, "received_on"), day(rs, "routed_on"),
				day(rs, "acknowledge_due_on"), day(rs, "answer_due_on"), day(rs, "acknowledged_on"),
				day(rs, "answered_on"), day(rs, "closed_on"), day(rs, "reopened_on"), day(rs, "reopen_due_on"),
				(Boolean) rs.getObject("satisfied"), rs.getString("rating_note"), day(rs, "rated_on"),
				rs.getString("public_description"), rs.getString("public_place"), rs.getBoolean("hidden"));
	}

	private static LocalDate day(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	public Optional<Report> byNumber(String number) {
		return number == null ? Optional.empty()
				: jdbc.sql("SELECT * FROM feedback_report WHERE number = :n")
					.param("n", number)
					.query(Reports::map)
					.optional();
	}

	public Optional<Report> byId(long id) {
		return jdbc.sql("SELECT * FROM feedback_report WHERE id = :id").param("id", id).query(Reports::map).optional();
	}

	/**
	 * The report, its row locked for the rest of the transaction (one step at a time).
	 */
	Report lock(long id) {
		return jdbc.sql("SELECT * FROM feedback_report WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(Reports::map)
			.optional()
			.orElseThrow(() -> new FeedbackRefused("", "feedback.error.unknown"));
	}

	/**
	 * Reports the public may read (not hidden) that pass the filter, newest first.
	 */
	public List<Report> published(Filter filter, LocalDate today, int limit, int offset) {
		return jdbc
			.sql("SELECT * FROM feedback_report WHERE " + where(filter)
					+ " ORDER BY received_on DESC, id DESC LIMIT :limit OFFSET :offset")
			.params(params(filter, today))
			.param("limit", limit)
			.param("offset", offset)
			.query(Reports::map)
			.list();
	}

	public long countPublished(Filter filter, LocalDate today) {
		return jdbc.sql("SELECT count(*) FROM feedback_report WHERE " + where(filter))
			.params(params(filter, today))
			.query(Long.class)
			.single();
	}

	/**
	 * Reports the public may read about a registry entry (a project's identifier, a
	 * commitment's code), newest first.
	 */
	public List<Report> about(String code, int limit) {
		return jdbc
			.sql("SELECT * FROM feedback_report WHERE NOT hidden AND about_code = :code"
					+ " ORDER BY received_on DESC, id DESC LIMIT :limit")
			.param("code", code)
			.param("limit", limit)
			.query(Reports::map)
			.list();
	}

	/** The filter's conditions on {@code feedback_report}'s own columns, unqualified. */
	static String where(Filter f) {
		StringBuilder where = new StringBuilder("NOT hidden");
		if (f.territoryIds() != null) {
			where.append(" AND territory_id IN (:territories)");
		}
		if (f.categoryId() != null) {
			where.append(" AND category_id = :category");
		}
		if (f.bodyId() != null) {
			where.append(" AND body_id = :body");
		}
		if ("open".equals(f.state())) {
			where.append(" AND status <> 'closed'");
		}
		else if ("closed".equals(f.state())) {
			where.append(" AND status = 'closed'");
		}
		else if ("late".equals(f.state())) {
			where.append(" AND ").append(LATE);
		}
		if (f.from() != null) {
			where.append(" AND received_on >= :from");
		}
		if (f.to() != null) {
			where.append(" AND received_on <= :to");
		}
		if (f.numbers() != null && !f.numbers().isEmpty()) {
			where.append(" AND number IN (:numbers)");
		}
		return where.toString();
	}

	/** A report the body is late with today (as {@link Report#lateOn}). */
	static final String LATE = """
			(status <> 'closed' AND body_id IS NOT NULL AND (
			  (acknowledged_on IS NULL AND acknowledge_due_on < :today)
			  OR (status = 'reopened' AND reopen_due_on < :today)
			  OR (status <> 'reopened' AND answered_on IS NULL AND answer_due_on < :today)))""";

	/** The values {@link #where} names; {@code today} for late reports. */
	static java.util.Map<String, Object> params(Filter f, LocalDate today) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		if (f.territoryIds() != null) {
			params.put("territories", f.territoryIds().isEmpty() ? List.of(-1L) : f.territoryIds());
		}
		if (f.categoryId() != null) {
			params.put("category", f.categoryId());
		}
		if (f.bodyId() != null) {
			params.put("body", f.bodyId());
		}
		if ("late".equals(f.state())) {
			params.put("today", today);
		}
		if (f.from() != null) {
			params.put("from", f.from());
		}
		if (f.to() != null) {
			params.put("to", f.to());
		}
		if (f.numbers() != null && !f.numbers().isEmpty()) {
			params.put("numbers", f.numbers());
		}
		return params;
	}

	/** The reports a person filed with her account, newest first. */
	public List<Report> filedBy(long personId) {
		return jdbc.sql("SELECT * FROM feedback_report WHERE reporter_id = :p ORDER BY created_at DESC, id DESC")
			.param("p", personId)
			.query(Reports::map)
			.list();
	}

	/**
	 * A queue: the open reports of these bodies (and, when given, those waiting for a
	 * body in these territories), the one due soonest first, then the oldest.
	 */
	public List<Report> queue(Collection<Long> bodyIds, Collection<Long> triageTerritories) {
		return jdbc.sql("""
				SELECT * FROM feedback_report
				WHERE status <> 'closed' AND (body_id IN (:bodies) OR (body_id IS NULL AND territory_id IN (:triage)))
				ORDER BY body_id NULLS FIRST,
				  CASE WHEN acknowledged_on IS NULL THEN acknowledge_due_on WHEN status = 'reopened' THEN reopen_due_on
				    ELSE answer_due_on END NULLS LAST, received_on, id""")
			.param("bodies", bodyIds.isEmpty() ? List.of(-1L) : bodyIds)
			.param("triage", triageTerritories.isEmpty() ? List.of(-1L) : triageTerritories)
			.query(Reports::map)
			.list();
	}

	/**
	 * Open reports of the same category in the same commune, public, newest first: what a
	 * person about to report is offered to follow instead.
	 */
	public List<Report> similar(long categoryId, long territoryId, int limit) {
		return jdbc.sql("""
				SELECT * FROM feedback_report WHERE category_id = :c AND territory_id = :t AND status <> 'closed'
				  AND NOT hidden ORDER BY received_on DESC, id DESC LIMIT :limit""")
			.param("c", categoryId)
			.param("t", territoryId)
			.param("limit", limit)
			.query(Reports::map)
			.list();
	}

	public List<TimelineStep> timeline(long reportId) {
		return jdbc.sql("SELECT * FROM feedback_step WHERE report_id = :r ORDER BY on_day, id")
			.param("r", reportId)
			.query((rs, n) -> new TimelineStep(rs.getLong("id"), FeedbackStepKind.of(rs.getString("kind")),
					rs.getDate("on_day").toLocalDate(), rs.getString("actor"), rs.getString("note"),
					rs.getString("public_note"), rs.getTimestamp("at").toInstant()))
			.list();
	}

	public List<Photo> photos(long reportId) {
		return jdbc.sql("SELECT id, file_id, hidden FROM feedback_photo WHERE report_id = :r ORDER BY id")
			.param("r", reportId)
			.query((rs, n) -> new Photo(rs.getLong("id"), rs.getLong("file_id"), rs.getBoolean("hidden")))
			.list();
	}

	/**
	 * Whether the person acts for the report: staff of its body (its information
	 * officers, administrators of the body's territory); for a report in the triage
	 * queue, an administrator of its territory.
	 */
	public boolean staff(long personId, Report report) {
		if (report.triage()) {
			return permissions.has(personId, Role.ADMIN, report.territoryId());
		}
		return bodies.byId(report.bodyId()).map(b -> bodies.mayAnswerFor(personId, b)).orElse(false);
	}

	/** Whether the person moderates the report's territory. */
	public boolean moderator(long personId, Report report) {
		return permissions.hasAny(personId, report.territoryId(), Role.MODERATOR, Role.ADMIN);
	}

}
