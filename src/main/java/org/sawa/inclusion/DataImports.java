package org.sawa.inclusion;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongPredicate;
import org.sawa.imports.CountingInputStream;
import org.sawa.imports.ImportProblem;
import org.sawa.imports.ImportReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Data-value imports too large to answer within a request: the file is kept on disk,
 * imported by one background worker (one import at a time, so two large imports never
 * fight over the same rows), and its progress written to {@code data_import} in its own
 * small transactions while the import's one all-or-nothing transaction runs. An import
 * cut short by a restart is marked interrupted at start-up: it applied nothing, and the
 * officer uploads the file again.
 */
@Service
public class DataImports {

	/**
	 * The most problems a refused import keeps to show; the total is kept beside them.
	 */
	static final int PROBLEMS_KEPT = 1000;

	private static final Logger log = LoggerFactory.getLogger(DataImports.class);

	public record Job(UUID id, String actor, String fileName, long sizeBytes, long bytesRead, String state,
			ImportReport report, long problemCount, Instant createdAt, Instant finishedAt) {

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

	private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "data-import");
		thread.setDaemon(true);
		return thread;
	});

	DataImports(JdbcClient jdbc, DataValueImporter importer, PlatformTransactionManager transactions,
			ObjectMapper json) {
		this.jdbc = jdbc;
		this.importer = importer;
		this.json = json;
		this.progress = new TransactionTemplate(transactions);
		this.progress.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Imports left queued or running by a stopped server applied nothing: say so. */
	@EventListener(ApplicationReadyEvent.class)
	void markInterrupted() {
		int count = jdbc
			.sql("""
					UPDATE data_import SET state = 'interrupted', finished_at = now() WHERE state IN ('queued', 'running')""")
			.update();
		if (count > 0) {
			log.warn("{} data import(s) interrupted by a restart; nothing of them was applied", count);
		}
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}

	/**
	 * Queues the import of a file the caller has saved to disk (this service deletes it
	 * when done); rows for territories outside {@code allowed} are refused.
	 */
	public UUID start(Path file, String fileName, String actor, LongPredicate allowed) throws IOException {
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"INSERT INTO data_import (id, actor, file_name, size_bytes, state) VALUES (:id, :actor, :name, :size, 'queued')")
			.param("id", id)
			.param("actor", actor)
			.param("name", fileName == null ? "" : fileName)
			.param("size", Files.size(file))
			.update();
		worker.submit(() -> run(id, file, actor, allowed));
		return id;
	}

	private void run(UUID id, Path file, String actor, LongPredicate allowed) {
		try {
			jdbc.sql("UPDATE data_import SET state = 'running' WHERE id = :id").param("id", id).update();
			ImportReport report;
			try (InputStream input = new CountingInputStream(Files.newInputStream(file), 1000,
					read -> progress
						.executeWithoutResult(s -> jdbc.sql("UPDATE data_import SET bytes_read = :b WHERE id = :id")
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
					  finished_at = now()
					WHERE id = :id""")
				.param("state", report.applied() ? "applied" : "refused")
				.param("rows", report.rowsRead())
				.param("ins", report.inserted())
				.param("upd", report.updated())
				.param("unch", report.unchanged())
				.param("count", report.problems().size())
				.param("problems", json.writeValueAsString(kept))
				.param("id", id)
				.update();
		}
		catch (RuntimeException | IOException ex) {
			log.error("Data import {} failed", id, ex);
			jdbc.sql("UPDATE data_import SET state = 'interrupted', finished_at = now() WHERE id = :id")
				.param("id", id)
				.update();
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
					rs.getLong("updated"), rs.getLong("unchanged"), problems);
			java.sql.Timestamp finished = rs.getTimestamp("finished_at");
			return new Job(id, rs.getString("actor"), rs.getString("file_name"), rs.getLong("size_bytes"),
					rs.getLong("bytes_read"), rs.getString("state"), report, rs.getLong("problem_count"),
					rs.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant());
		}).optional();
	}

}
