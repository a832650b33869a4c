package org.sawa.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

	private final JdbcClient jdbc;

	private final Categories categories;

	private final Territories territories;

	private final InfoBodies bodies;

	private final java.time.Clock clock;

	OpenReports(JdbcClient jdbc, Categories categories, Territories territories, InfoBodies bodies,
			java.time.Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.categories = categories;
		this.territories = territories;
		this.bodies = bodies;
	}

	/** The reports that pass the filter, newest first, at most {@code limit}. */
	public List<OpenReport> find(Reports.Filter filter, int limit) {
		Map<String, Object> params = new HashMap<>(Reports.params(filter, LocalDate.now(clock)));
		params.put("limit", limit);
		return published(rows(Reports.where(filter), params));
	}

	private List<Row> rows(String where, Map<String, Object> params) {
		return jdbc.sql("""
				SELECT r.*, (SELECT d.number FROM feedback_report d WHERE d.id = r.duplicate_of) AS duplicate_number,
				  (SELECT coalesce(s.public_note, s.note) FROM feedback_step s WHERE s.report_id = r.id
				     AND s.kind IN ('answered', 'closed') ORDER BY s.on_day DESC, s.id DESC LIMIT 1) AS last_answer,
				  (SELECT array_agg(p.id ORDER BY p.id) FROM feedback_photo p WHERE p.report_id = r.id AND NOT p.hidden)
				    AS photo_ids
				FROM feedback_report r
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
