package org.sawa.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongPredicate;
import java.util.stream.Stream;
import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.sawa.db.BackgroundWork;
import org.sawa.imports.CountingInputStream;
import org.sawa.imports.ImportProblem;
import org.sawa.imports.ImportReport;
import org.sawa.imports.ImportTally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Data-value imports too large to answer within a request: the file waits in the spool
 * directory ({@code sawa.imports.spool-dir}) and is imported after the upload commits,
 * started by {@link ImportRequested} through the event publication registry (one import
 * at a time on a node), its progress written to {@code data_import} in its own small
 * transactions while the import's one all-or-nothing transaction runs. An import cut
 * short by a crash or a restart applied nothing and runs again at the next start; one
 * whose node stopped is taken up by a live node ({@link #resume}).
 */
@Service
public class DataImports {

	/**
	 * The most problems a refused import keeps to show; the total is kept beside them.
	 */
	static final int PROBLEMS_KEPT = ImportTally.PROBLEMS_KEPT;

	private static final Logger log = LoggerFactory.getLogger(DataImports.class);

	private static final String TABLE = "data_import";

	public record Job(UUID id, String actor, String fileName, long sizeBytes, long bytesRead, String state,
			ImportReport report, Instant createdAt, Instant finishedAt) {

		/** How many problems the import found, of which the report lists the first. */
		public long problemCount() {
			return report.problemCount();
		}

		public boolean finished() {
			return !"queued".equals(state) && !"running".equals(state);
		}

		/** How far the import has read the file, 0 to 100. */
		public int percent() {
			if (finished()) {
				return 100;
			}
			return sizeBytes == 0 ? 0 : (int) Math.min(99, bytesRead * 100 / sizeBytes);
		}
	}

	/** A problem as stored: its arguments become texts. */
	record StoredProblem(long line, String column, String messageKey, List<String> arguments) {
	}

	private final JdbcClient jdbc;

	private final DataValueImporter importer;

	private final TransactionTemplate progress;

	private final ObjectMapper json;

	private final Permissions permissions;

	private final ApplicationEventPublisher events;

	private final Path spool;

	private final Clock clock;

	private final IncompleteEventPublications incomplete;

	private final Duration lease;

	DataImports(JdbcClient jdbc, DataValueImporter importer, PlatformTransactionManager transactions, ObjectMapper json,
			Permissions permissions, ApplicationEventPublisher events,
			@Value("${sawa.imports.spool-dir:./spool/imports}") Path spool, Clock clock,
			IncompleteEventPublications incomplete, @Value("${sawa.background.lease:PT2M}") Duration lease) {
		this.incomplete = incomplete;
		this.lease = lease;
		this.permissions = permissions;
		this.events = events;
		this.spool = spool;
		this.clock = clock;
		this.jdbc = jdbc;
		this.importer = importer;
		this.json = json;
		this.progress = new TransactionTemplate(transactions);
		this.progress.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The territories a person may import values for: those where they are a programme
	 * officer (or below them).
	 */
	public LongPredicate allowedFor(long personId) {
		return territoryId -> permissions.has(personId, Role.PROGRAMME_OFFICER, territoryId);
	}

	/**
	 * Queues the import of an uploaded file: it is moved to the spool directory and
	 * imported after this transaction commits, for the person who uploaded it (this
	 * service deletes it when done); rows for territories they may not import for are
	 * refused.
	 */
	@Transactional
	public UUID start(Path upload, String fileName, long personId) throws IOException {
		UUID id = UUID.randomUUID();
		Files.createDirectories(spool);
		Path file = Files.move(upload, spool.resolve(id + ".csv"), StandardCopyOption.REPLACE_EXISTING);
		try {
			jdbc.sql("""
					INSERT INTO data_import (id, actor, file_name, size_bytes, state, created_at)
					VALUES (:id, :actor, :name, :size, 'queued', :now)""")
				.param("id", id)
				.param("actor", "person:" + personId)
				.param("name", fileName == null ? "" : fileName)
				.param("size", Files.size(file))
				.param("now", Timestamp.from(clock.instant()))
				.update();
			events.publishEvent(new ImportRequested(id, file.toString(), personId));
		}
		catch (RuntimeException ex) {
			// nothing will import it: the file does not stay in the spool
			Files.deleteIfExists(file);
			throw ex;
		}
		return id;
	}

	/**
	 * At start, empties the spool of the import files (named by their import) no queued
	 * or running import waits for: a finished import's file that could not be deleted, or
	 * an upload whose transaction failed to commit after its file was spooled. Other
	 * files are left alone. A queued or running import keeps its file, for the event
	 * publication registry runs it again.
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void sweep() {
		if (!Files.isDirectory(spool)) {
			return;
		}
		try (Stream<Path> files = Files.list(spool)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".csv")).toList()) {
				String name = file.getFileName().toString();
				UUID id = uuid(name.substring(0, name.length() - ".csv".length()));
				if (id != null && !BackgroundWork.pending(jdbc, TABLE, id)) {
					Files.deleteIfExists(file);
					log.info("Removed {} from the import spool: no import waits for it", file);
				}
			}
		}
		catch (IOException ex) {
			log.warn("Could not sweep the import spool {}", spool, ex);
		}
	}

	private static UUID uuid(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Runs a queued import once its upload committed, one import at a time on a node (two
	 * large imports never fight over the same rows). An import already finished is left
	 * alone, so a request delivered twice imports once; one whose file is gone (the spool
	 * directory was emptied) is marked interrupted, and the officer uploads it again. Not
	 * a transaction of its own: the import's one all-or-nothing transaction runs inside,
	 * its progress committed beside it.
	 */
	@Async
	@TransactionalEventListener
	synchronized void on(ImportRequested request) {
		if (!BackgroundWork.take(jdbc, TABLE, request.importId(), lease)) {
			return;
		}
		Path file = Path.of(request.file());
		if (!Files.exists(file)) {
			log.warn("Data import {} lost its file {}; nothing of it was applied", request.importId(), file);
			finish(request.importId(), "interrupted");
			return;
		}
		run(request.importId(), file, "person:" + request.personId(), allowedFor(request.personId()));
	}

	/**
	 * Imports whose node stopped (silent for longer than the lease) are taken up by a
	 * live node: their stored requests are delivered again here and {@link #on} takes
	 * each once across the nodes; it imports the file if this node's spool holds it (a
	 * spool shared by the nodes) and marks the import interrupted otherwise. Answers the
	 * imports taken up.
	 */
	@Scheduled(fixedDelayString = "${sawa.background.resume-every:PT1M}",
			initialDelayString = "${sawa.scheduled.initial-delay:PT2M}")
	void resumeRun() {
		resume();
	}

	List<UUID> resume() {
		return BackgroundWork.resume(jdbc, TABLE, lease, UUID.class, incomplete,
				event -> event instanceof ImportRequested request ? request.importId() : null);
	}

	private void finish(UUID id, String state) {
		jdbc.sql("UPDATE data_import SET state = :state, finished_at = :now WHERE id = :id")
			.param("state", state)
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
	}

	private void run(UUID id, Path file, String actor, LongPredicate allowed) {
		try {
			ImportReport report;
			try (InputStream input = new CountingInputStream(Files.newInputStream(file), 1000, read -> progress
				.executeWithoutResult(s -> jdbc
					.sql("UPDATE data_import SET bytes_read = :b, " + BackgroundWork.SIGN_OF_LIFE + " WHERE id = :id")
					.param("b", read)
					.param("id", id)
					.update()))) {
				report = importer.importCsv(input, actor, allowed);
			}
			List<StoredProblem> kept = report.problems()
				.stream()
				.limit(PROBLEMS_KEPT)
				.map(p -> new StoredProblem(p.line(), p.column(), p.messageKey(),
						java.util.Arrays.stream(p.arguments()).map(String::valueOf).toList()))
				.toList();
			jdbc.sql("""
					UPDATE data_import SET state = :state, bytes_read = size_bytes, rows_read = :rows, inserted = :ins,
					  updated = :upd, unchanged = :unch, problem_count = :count, problems = CAST(:problems AS JSONB),
					  finished_at = :now
					WHERE id = :id""")
				.param("now", Timestamp.from(clock.instant()))
				.param("state", report.applied() ? "applied" : "refused")
				.param("rows", report.rowsRead())
				.param("ins", report.inserted())
				.param("upd", report.updated())
				.param("unch", report.unchanged())
				.param("count", report.problemCount())
				.param("problems", json.writeValueAsString(kept))
				.param("id", id)
				.update();
		}
		catch (RuntimeException | IOException ex) {
			log.error("Data import {} failed", id, ex);
			finish(id, "interrupted");
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				log.warn("Could not delete the uploaded file {}", file, ex);
			}
		}
	}

	/** One import, as its owner sees it. */
	public Optional<Job> job(UUID id) {
		return jdbc.sql("SELECT * FROM data_import WHERE id = :id").param("id", id).query((rs, n) -> {
			List<StoredProblem> stored = json.readValue(rs.getString("problems"),
					new TypeReference<List<StoredProblem>>() {
					});
			List<ImportProblem> problems = new ArrayList<>();
			stored.forEach(p -> problems
				.add(new ImportProblem(p.line(), p.column(), p.messageKey(), p.arguments().toArray())));
			ImportReport report = new ImportReport(rs.getLong("rows_read"), rs.getLong("inserted"),
					rs.getLong("updated"), rs.getLong("unchanged"), problems, rs.getLong("problem_count"));
			java.sql.Timestamp finished = rs.getTimestamp("finished_at");
			return new Job(id, rs.getString("actor"), rs.getString("file_name"), rs.getLong("size_bytes"),
					rs.getLong("bytes_read"), rs.getString("state"), report, rs.getTimestamp("created_at").toInstant(),
					finished == null ? null : finished.toInstant());
		}).optional();
	}

}
