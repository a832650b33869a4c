package org.sawa.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sawa.inforequest.InfoBodies;
import org.sawa.inforequest.InfoBody;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reports as open data (the API, CSV, Open311): what the public page shows, as codes and
 * days, and never who reported, her contact details, nor a name she published (that is
 * for her page only). Hidden reports and hidden photos are left out; a redacted text is
 * given as redacted.
 */
@Service
public class OpenReports {

	/** One report as published. */
	public record OpenReport(String number, String status, String outcome, String duplicateOf, String category,
			String commune, String communeName, String body, String bodyName, String channel, String place,
			String description, String language, LocalDate receivedOn, LocalDate acknowledgedOn, LocalDate answeredOn,
			LocalDate closedOn, LocalDate reopenedOn, LocalDate nextDueOn, Boolean satisfied, String lastAnswer,
			List<Long> photoIds, Instant createdAt, Instant updatedAt) {

		public boolean open() {
			return !"closed".equals(status);
		}
	}

	/**
	 * Which reports: by territory, category, open or closed, received between two days,
	 * or by number.
	 */
	public record Query(Collection<Long> territoryIds, Long categoryId, String state, LocalDate from, LocalDate to,
			List<String> numbers, int limit) {
	}

	private final JdbcClient jdbc;

	private final Categories categories;

	private final Territories territories;

	private final InfoBodies bodies;

	OpenReports(JdbcClient jdbc, Categories categories, Territories territories, InfoBodies bodies) {
		this.jdbc = jdbc;
		this.categories = categories;
		this.territories = territories;
		this.bodies = bodies;
	}

	public List<OpenReport> find(Query q) {
		StringBuilder where = new StringBuilder("NOT r.hidden");
		Map<String, Object> params = new HashMap<>();
		if (q.territoryIds() != null) {
			where.append(" AND r.territory_id IN (:territories)");
			params.put("territories", q.territoryIds().isEmpty() ? List.of(-1L) : q.territoryIds());
		}
		if (q.categoryId() != null) {
			where.append(" AND r.category_id = :category");
			params.put("category", q.categoryId());
		}
		if ("open".equals(q.state())) {
			where.append(" AND r.status <> 'closed'");
		}
		else if ("closed".equals(q.state())) {
			where.append(" AND r.status = 'closed'");
		}
		if (q.from() != null) {
			where.append(" AND r.received_on >= :from");
			params.put("from", q.from());
		}
		if (q.to() != null) {
			where.append(" AND r.received_on <= :to");
			params.put("to", q.to());
		}
		if (q.numbers() != null && !q.numbers().isEmpty()) {
			where.append(" AND r.number IN (:numbers)");
			params.put("numbers", q.numbers());
		}
		params.put("limit", q.limit());
		List<Row> rows = rows(where.toString(), params);
		return published(rows);
	}

	private List<Row> rows(String where, Map<String, Object> params) {
		return jdbc.sql("""
				SELECT r.*, d.number AS duplicate_number,
				  (SELECT coalesce(s.public_note, s.note) FROM feedback_step s WHERE s.report_id = r.id
				     AND s.kind IN ('answered', 'closed') ORDER BY s.on_day DESC, s.id DESC LIMIT 1) AS last_answer,
				  (SELECT array_agg(p.id ORDER BY p.id) FROM feedback_photo p WHERE p.report_id = r.id AND NOT p.hidden)
				    AS photo_ids
				FROM feedback_report r LEFT JOIN feedback_report d ON d.id = r.duplicate_of
				WHERE """ + " " + where + " ORDER BY r.received_on DESC, r.id DESC LIMIT :limit")
			.params(params)
			.query((rs, n) -> {
				java.sql.Array photos = rs.getArray("photo_ids");
				List<Long> photoIds = new ArrayList<>();
				if (photos != null) {
					for (Object id : (Object[]) photos.getArray()) {
						photoIds.add(((Number) id).longValue());
					}
				}
				return new Row(Reports.map(rs, n), rs.getString("duplicate_number"), rs.getString("last_answer"),
						photoIds, rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
			})
			.list();
	}

	/**
	 * The rows as published, named: codes of category, commune and body, names in French.
	 */
	private List<OpenReport> published(List<Row> rows) {
		Map<Long, Category> byId = categories.byIds();
		Map<Long, InfoBody> bodyById = bodies.byIds();
		Map<Long, Territory> communes = new HashMap<>();
		List<OpenReport> open = new ArrayList<>();
		for (Row row : rows) {
			Report r = row.report();
			Territory commune = communes.computeIfAbsent(r.territoryId(), id -> territories.byId(id).orElse(null));
			InfoBody body = r.bodyId() == null ? null : bodyById.get(r.bodyId());
			open.add(new OpenReport(r.number(), r.status().code(), r.outcome(), row.duplicate(),
					byId.get(r.categoryId()).code(), commune == null ? "" : commune.code(),
					commune == null ? "" : commune.name(java.util.Locale.FRENCH), body == null ? "" : body.code(),
					body == null ? "" : body.nameFr(), r.channel(), r.publicPlace(), r.publicDescription(),
					r.language(), r.receivedOn(), r.acknowledgedOn(), r.answeredOn(), r.closedOn(), r.reopenedOn(),
					r.nextDue(), r.satisfied(), row.lastAnswer() == null ? "" : row.lastAnswer(), row.photos(),
					row.created(), row.updated()));
		}
		return open;
	}

	private record Row(Report report, String duplicate, String lastAnswer, List<Long> photos, Instant created,
			Instant updated) {
	}

}
