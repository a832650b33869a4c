package org.sawa.inforequest;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sawa.audit.AuditLog;
import org.sawa.storage.FileStorage;
import org.sawa.storage.StoredFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public archive of answered requests: an officer publishes a request and its answer
 * as they may be shown (without the requester's identity) with the files chosen; anyone
 * searches it in Arabic or French.
 */
@Service
public class InfoArchive {

	private final JdbcClient jdbc;

	private final InfoRequests requests;

	private final AuditLog audit;

	private final FileStorage files;

	private final Clock clock;

	InfoArchive(JdbcClient jdbc, InfoRequests requests, AuditLog audit, FileStorage files, Clock clock) {
		this.jdbc = jdbc;
		this.requests = requests;
		this.audit = audit;
		this.files = files;
		this.clock = clock;
	}

	/** A published request as the public sees it: never the requester's identity. */
	public record Published(String reference, long bodyId, String subject, String language, InfoStatus status,
			LocalDate receivedOn, LocalDate answeredOn, List<String> refusalGrounds, String description, String answer,
			Instant publishedAt) {
	}

	private static Published published(ResultSet rs, int n) throws SQLException {
		Array grounds = rs.getArray("refusal_grounds");
		Timestamp at = rs.getTimestamp("published_at");
		return new Published(rs.getString("reference"), rs.getLong("body_id"), rs.getString("subject"),
				rs.getString("language"), InfoStatus.of(rs.getString("status")),
				rs.getObject("received_on", LocalDate.class), rs.getObject("answered_on", LocalDate.class),
				grounds == null ? List.of() : Arrays.asList((String[]) grounds.getArray()),
				rs.getString("public_description"), rs.getString("public_answer"), at == null ? null : at.toInstant());
	}

	/**
	 * An officer publishes an answered request in the archive: the request and the answer
	 * as they may be shown (the officer removes personal data), and the attachments
	 * chosen. Audited.
	 */
	@Transactional
	public void publish(long requestId, long officerId, String description, String answer, List<Long> files) {
		InfoRequest request = requests.lock(requestId);
		if (!requests.officer(officerId, request)) {
			throw new InfoRequestRefused("", "info.error.notOfficer").asDenial();
		}
		if (request.answeredOn() == null) {
			throw new InfoRequestRefused("", "info.publish.error.unanswered");
		}
		String publicDescription = InfoFiling.text(description, "publicDescription", 20, 5000);
		String publicAnswer = InfoFiling.text(answer, "publicAnswer", 10, 20000);
		jdbc.sql(
				"""
						UPDATE info_request SET public_description = :d, public_answer = :a, published_at = coalesce(published_at, :now)
						WHERE id = :id""")
			.param("d", publicDescription)
			.param("a", publicAnswer)
			.param("now", Timestamp.from(clock.instant()))
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

	/**
	 * The default public answer: the text of the body's answer (or refusal, or "not
	 * held").
	 */
	public String answerText(long requestId) {
		return jdbc.sql("""
				SELECT note FROM info_step WHERE request_id = :r
				AND kind IN ('answered', 'answered_part', 'refused', 'not_held') ORDER BY id DESC LIMIT 1""")
			.param("r", requestId)
			.query(String.class)
			.optional()
			.orElse("");
	}

	/** Answers to a page of the archive. */
	public static final int PAGE_SIZE = 20;

	/**
	 * How many matching answers a search ranks at most: the most recently published. A
	 * national archive holds hundreds of thousands; ranking every match of a common word
	 * read them all on each search (issue 23). The page says when a search reaches it.
	 */
	public static final int RANKED = 1000;

	/**
	 * What the archive is asked: words, the bodies that answered (null for every body), a
	 * status and a year of the request, each optional.
	 */
	public record Asked(String words, List<Long> bodies, String status, Integer year) {

		public Asked {
			words = words == null ? "" : words.trim();
			bodies = bodies == null ? null : List.copyOf(bodies);
		}

	}

	/**
	 * A page of the archive: its answers, how many match (at most {@link #RANKED}; more
	 * when {@code capped}), the page's number (from 1, within the pages there are) and
	 * how many pages there are.
	 */
	public record Found(List<Published> answers, long total, boolean capped, int page, int pages) {
	}

	/**
	 * The archive: published requests matching the words in Arabic or French
	 * (PostgreSQL's full-text search, folded and stemmed in both as every search of Sawa:
	 * root migration V5), best ranked first among the {@link #RANKED} most recently
	 * published matches, or newest first without words; a page that does not exist shows
	 * the nearest one.
	 */
	public Found archive(Asked asked, int page) {
		Found found = page(asked, Math.max(1, page));
		if (found.answers().isEmpty() && found.page() > found.pages()) {
			return page(asked, found.pages());
		}
		return found;
	}

	private Found page(Asked asked, int page) {
		long[] total = { 0 };
		List<Published> answers = InfoBodies.narrowedTo(jdbc.sql("""
				WITH candidates AS MATERIALIZED (
				  SELECT * FROM info_request
				  WHERE published_at IS NOT NULL
				    AND (:q = '' OR search @@ sawa_query(:q))
				    AND (NOT :narrowed OR body_id = ANY(:bodies))
				    AND (CAST(:status AS TEXT) IS NULL OR status = :status)
				    AND (CAST(:year AS INT) IS NULL OR extract(YEAR FROM received_on) = :year)
				  ORDER BY published_at DESC, id DESC
				  LIMIT :ranked + 1),
				counted AS (SELECT count(*) AS total FROM candidates)
				SELECT shown.*, counted.total FROM counted
				LEFT JOIN LATERAL (
				  SELECT * FROM candidates
				  ORDER BY CASE WHEN :q = '' THEN 0 ELSE ts_rank(search, sawa_query(:q)) END DESC,
				    published_at DESC, id DESC
				  LIMIT :size OFFSET :offset) AS shown ON true"""), asked.bodies())
			.param("q", asked.words())
			.param("status", asked.status())
			.param("year", asked.year())
			.param("ranked", RANKED)
			.param("size", PAGE_SIZE)
			.param("offset", (page - 1) * PAGE_SIZE)
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				return rs.getString("reference") == null ? null : published(rs, n);
			})
			.list()
			.stream()
			.filter(Objects::nonNull)
			.toList();
		long shownTotal = Math.min(total[0], RANKED);
		int pages = (int) Math.max(1, (shownTotal + PAGE_SIZE - 1) / PAGE_SIZE);
		return new Found(answers, shownTotal, total[0] > RANKED, page, pages);
	}

	public Optional<Published> publishedByReference(String reference) {
		return jdbc.sql("SELECT * FROM info_request WHERE reference = :r AND published_at IS NOT NULL")
			.param("r", reference)
			.query(InfoArchive::published)
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

}
