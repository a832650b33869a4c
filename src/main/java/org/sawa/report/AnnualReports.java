package org.sawa.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sawa.audit.AuditLog;
import org.sawa.input.Texts;
import org.sawa.pdf.PdfRenderer;
import org.sawa.refusal.Refusals;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Annual reports: the recommendations officers write, each generation of a report (queued
 * here and built after commit by {@link ReportGeneration}, its progress written step by
 * step so any page can show it), and publication, which freezes a generated version for
 * good (a database trigger refuses any later change). Earlier published versions stay
 * readable.
 */
@Service
public class AnnualReports {

	private final Clock clock;

	/**
	 * The report is published in these languages, so its recommendations must be written
	 * in both.
	 */
	public static final List<String> PUBLISHED_IN = List.of("ar", "fr");

	public static final List<String> LANGUAGES = List.of("ar", "fr", "en", "zgh");
	static final int RECOMMENDATIONS_MAX = 20_000;

	public record Report(long id, long territoryId, int year, Map<String, String> recommendations, Instant updatedAt) {
	}

	/** One generation; {@code content} is there once ready. */
	public record Version(long id, long reportId, long territoryId, int year, int number, String state, String step,
			int stepsDone, int stepsTotal, Instant requestedAt, Instant finishedAt, Instant publishedAt,
			ReportContent content) {

		public boolean finished() {
			return !"queued".equals(state) && !"running".equals(state);
		}

		public boolean published() {
			return publishedAt != null;
		}

		public int percent() {
			return finished() ? 100 : stepsTotal == 0 ? 0 : Math.min(99, stepsDone * 100 / stepsTotal);
		}
	}

	private final JdbcClient jdbc;

	private final Territories territories;

	private final PdfRenderer pdf;

	private final AuditLog audit;

	private final ObjectMapper json;

	private final ApplicationEventPublisher events;

	AnnualReports(JdbcClient jdbc, Territories territories, PdfRenderer pdf, AuditLog audit, ObjectMapper json,
			ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
		this.jdbc = jdbc;
		this.territories = territories;
		this.pdf = pdf;
		this.audit = audit;
		this.json = json;
	}

	public Optional<Report> report(long territoryId, int year) {
		return jdbc.sql("SELECT * FROM annual_report WHERE territory_id = :t AND year = :y")
			.param("t", territoryId)
			.param("y", year)
			.query((rs, n) -> new Report(rs.getLong("id"), rs.getLong("territory_id"), rs.getInt("year"),
					texts(rs.getString("recommendations")), rs.getTimestamp("updated_at").toInstant()))
			.optional();
	}

	/**
	 * Saves the recommendations and queues a new version of the report with today's
	 * figures and those recommendations; the generation starts once this transaction
	 * commits.
	 */
	@Transactional
	public long generate(Territory territory, int year, Map<String, String> recommendations, long actorId) {
		Refusals refusals = new Refusals();
		int thisYear = LocalDate.now(clock).getYear();
		if (year < 2000 || year > thisYear) {
			refusals.add("year", "report.error.year", "2000", String.valueOf(thisYear));
		}
		Map<String, String> texts = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			String text = recommendations.getOrDefault(language, "").strip();
			if (Texts.length(text) > RECOMMENDATIONS_MAX) {
				refusals.add("recommendations." + language, "report.error.tooLong",
						String.valueOf(RECOMMENDATIONS_MAX));
			}
			texts.put(language, text);
		}
		refusals.throwIfAny();
		long reportId = jdbc.sql("""
				INSERT INTO annual_report (territory_id, year, recommendations, updated_by, updated_at)
				VALUES (:t, :y, CAST(:r AS JSONB), :by, :at)
				ON CONFLICT (territory_id, year) DO UPDATE SET recommendations = excluded.recommendations,
				  updated_by = excluded.updated_by, updated_at = excluded.updated_at
				RETURNING id""")
			.param("t", territory.id())
			.param("y", year)
			.param("r", json.writeValueAsString(texts))
			.param("by", actorId)
			.param("at", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		// one generation of a report at a time is numbered at a time: lock the report's
		// row
		jdbc.sql("SELECT id FROM annual_report WHERE id = :id FOR UPDATE")
			.param("id", reportId)
			.query(Long.class)
			.single();
		int number = jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM annual_report_version WHERE report_id = :id")
			.param("id", reportId)
			.query(Integer.class)
			.single();
		long versionId = jdbc.sql("""
				INSERT INTO annual_report_version (report_id, number, state, steps_total, requested_by, requested_at)
				VALUES (:r, :n, 'queued', :total, :by, :stampedAt) RETURNING id""")
			.param("stampedAt", Timestamp.from(clock.instant()))
			.param("r", reportId)
			.param("n", number)
			.param("total", ReportFigures.STEPS.size())
			.param("by", actorId)
			.query(Long.class)
			.single();
		audit.append("person:" + actorId, "report.generated", "report:" + territory.code() + "/" + year,
				"version " + number);
		events.publishEvent(new ReportRequested(versionId, territory.id(), year, texts));
		return versionId;
	}

	/** The PDF of a report's content in one language. */
	byte[] render(ReportContent content, Locale locale) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("report", content);
		model.put("lang", locale.getLanguage());
		return pdf.render("pdf/annual-report", model, locale);
	}

	/**
	 * Publishes a ready version: from now on it is what the territory reports for that
	 * year, and it never changes. Its recommendations must be written in every language
	 * it is published in.
	 */
	@Transactional
	public void publish(long versionId, long actorId) {
		Version version = version(versionId).orElseThrow();
		Refusals refusals = new Refusals();
		if (version.published()) {
			refusals.add("version", "report.error.published");
		}
		else if (!"ready".equals(version.state())) {
			refusals.add("version", "report.error.notReady");
		}
		else {
			for (String language : PUBLISHED_IN) {
				if (version.content().recommendations().getOrDefault(language, "").isBlank()) {
					refusals.add("recommendations." + language, "report.error.recommendations." + language);
				}
			}
		}
		refusals.throwIfAny();
		jdbc.sql("UPDATE annual_report_version SET published_at = :at, published_by = :by WHERE id = :id")
			.param("at", Timestamp.from(clock.instant()))
			.param("by", actorId)
			.param("id", versionId)
			.update();
		String territory = territories.byId(version.territoryId()).map(Territory::code).orElse("?");
		audit.append("person:" + actorId, "report.published", "report:" + territory + "/" + version.year(),
				"version " + version.number());
	}

	/** A version with its content (null until it is ready). */
	public Optional<Version> version(long id) {
		return versions("v.id = :id", Map.of("id", id), true).stream().findFirst();
	}

	/**
	 * Every generation of a report, newest first; as in every list, without their
	 * content.
	 */
	public List<Version> versions(long reportId) {
		return versions("v.report_id = :id", Map.of("id", reportId), false);
	}

	/** The published versions of a territory's report for a year, newest first. */
	public List<Version> published(long territoryId, int year) {
		return versions("r.territory_id = :t AND r.year = :y AND v.published_at IS NOT NULL",
				Map.of("t", territoryId, "y", year), false);
	}

	/** The latest published version of every report, newest year first. */
	public List<Version> latestPublished() {
		return versions("""
				v.published_at IS NOT NULL AND v.published_at = (SELECT max(w.published_at) FROM annual_report_version w
				  WHERE w.report_id = v.report_id)""", Map.of(), false);
	}

	/**
	 * Versions matching a condition; their content (a whole report's figures) is read
	 * only when asked.
	 */
	private List<Version> versions(String where, Map<String, Object> params, boolean withContent) {
		var sql = jdbc
			.sql("""
					SELECT v.id, v.report_id, v.number, v.state, v.step, v.steps_done, v.steps_total, v.requested_at, v.finished_at,
					  v.published_at, %s AS content, r.territory_id, r.year
					FROM annual_report_version v JOIN annual_report r ON r.id = v.report_id
					WHERE %s ORDER BY r.year DESC, r.territory_id, coalesce(v.published_at, v.requested_at) DESC, v.number DESC"""
				.formatted(withContent ? "v.content" : "NULL", where));
		for (Map.Entry<String, Object> param : params.entrySet()) {
			sql = sql.param(param.getKey(), param.getValue());
		}
		return sql.query((rs, n) -> new Version(rs.getLong("id"), rs.getLong("report_id"), rs.getLong("territory_id"),
				rs.getInt("year"), rs.getInt("number"), rs.getString("state"), rs.getString("step"),
				rs.getInt("steps_done"), rs.getInt("steps_total"), rs.getTimestamp("requested_at").toInstant(),
				instant(rs.getTimestamp("finished_at")), instant(rs.getTimestamp("published_at")),
				rs.getString("content") == null ? null : json.readValue(rs.getString("content"), ReportContent.class)))
			.list();
	}

	/** A version's PDF in one of the languages it is published in. */
	public Optional<byte[]> pdf(long versionId, String language) {
		if (!PUBLISHED_IN.contains(language)) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT pdf_" + language + " FROM annual_report_version WHERE id = :id AND state = 'ready'")
			.param("id", versionId)
			.query(byte[].class)
			.optional();
	}

	private Map<String, String> texts(String stored) {
		return json.readValue(stored, new TypeReference<LinkedHashMap<String, String>>() {
		});
	}

	private static Instant instant(java.sql.Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
