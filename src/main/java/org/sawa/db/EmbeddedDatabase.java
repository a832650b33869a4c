package org.sawa.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per JVM. Several Spring contexts (as in a test run)
 * share it; it stops when the JVM exits.
 */
final class EmbeddedDatabase {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	/** How often the server is checked for life. */
	static final Duration WATCH_EVERY = Duration.ofSeconds(5);

	private static ServerWatch watch;

	private EmbeddedDatabase() {
	}

	/** The running server, if this JVM started one. */
	static synchronized EmbeddedPostgres current() {
		return watch == null ? null : watch.current();
	}

	/** The watch over this JVM's server, if it started one. */
	static synchronized ServerWatch watch() {
		return watch;
	}

	/**
	 * A server a previous run left behind on this data directory (the JVM was killed, its
	 * PostgreSQL kept running and holds the directory): stopped as PostgreSQL's own fast
	 * shutdown does (SIGTERM, which it answers by finishing cleanly once its clients are
	 * gone, and they died with the JVM), then, if it has not stopped within the wait,
	 * killed, which PostgreSQL recovers from at the next start as from any crash. A
	 * {@code postmaster.pid} naming a process that is not a PostgreSQL server (the number
	 * was reused) or no process at all is left to PostgreSQL, which ignores a stale one.
	 * Answers whether a server was stopped.
	 */
	static boolean stopLeftover(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return false;
		}
		long pid;
		try {
			pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
		}
		catch (IOException | RuntimeException unreadable) {
			return false;
		}
		Optional<ProcessHandle> leftover = ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
		if (leftover.isEmpty()) {
			return false;
		}
		log.warn("A PostgreSQL server (process {}) left by a previous run holds {}: stopping it", pid, dataDirectory);
		ProcessHandle server = leftover.get();
		server.destroy();
		try {
			server.onExit().get(60, TimeUnit.SECONDS);
		}
		catch (TimeoutException slow) {
			log.warn("The leftover PostgreSQL server did not stop within a minute: killing it");
			server.destroyForcibly();
			server.onExit().join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping a leftover PostgreSQL server", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
		return true;
	}

	/** How long the JVM's exit waits for the contexts that hold the server to close. */
	static final Duration HOLD_AT_EXIT = Duration.ofSeconds(30);

	private static final Set<Hold> HOLDS = ConcurrentHashMap.newKeySet();

	/**
	 * A context's hold on the server, released when the context closes (it is the last of
	 * the context's beans on the database to be destroyed): the JVM's exit stops the
	 * server only once every hold is released, or after {@link #HOLD_AT_EXIT}. Without it
	 * the server's stop raced the context's close, whose last work needs the database
	 * (the event registry's look at unfinished publications, requests finishing during a
	 * graceful shutdown) and failed.
	 */
	static final class Hold implements AutoCloseable {

		private Hold() {
			HOLDS.add(this);
		}

		@Override
		public void close() {
			HOLDS.remove(this);
		}

	}

	static Hold hold() {
		return new Hold();
	}

	/**
	 * The JVM's server, started once: a server a killed run left is stopped first, then
	 * the server is started and watched, and stopped when the JVM exits.
	 */
	static synchronized EmbeddedPostgres start(Path dataDirectory, int port, boolean clean) {
		if (watch != null) {
			return watch.current();
		}
		EmbeddedPostgres server = launch(dataDirectory, port, clean);
		watch = new ServerWatch(server, dataDirectory, samePort -> launch(dataDirectory, samePort, false), WATCH_EVERY);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			// after the contexts using it have closed: their last work needs it
			long deadline = System.nanoTime() + HOLD_AT_EXIT.toNanos();
			while (!HOLDS.isEmpty() && System.nanoTime() < deadline) {
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
			}
			watch.close();
			try {
				watch.current().close();
			}
			catch (IOException ex) {
				log.warn("Embedded PostgreSQL did not stop cleanly", ex);
			}
		}, "embedded-postgres-stop"));
		return server;
	}

	/**
	 * Starts a server on the data directory (emptied first when {@code clean}), on the
	 * port (0: any free one). The directory is never deleted when the server closes, so a
	 * server started again after a crash finds its data.
	 */
	static EmbeddedPostgres launch(Path dataDirectory, int port, boolean clean) {
		try {
			// before anything touches the directory: a server a killed run left holds it
			stopLeftover(dataDirectory);
			if (clean && Files.exists(dataDirectory)) {
				// a run that was killed leaves its data behind, and initdb wants an empty
				// directory
				try (var paths = Files.walk(dataDirectory)) {
					for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(path);
					}
				}
			}
			Files.createDirectories(dataDirectory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory.toAbsolutePath())
				.setCleanDataDirectory(false)
				.setServerConfig("max_connections", "200")
				.setServerConfig("shared_buffers", "256MB")
				.setServerConfig("timezone", "UTC")
				// the embedded server's library turns synchronous commits off for speed;
				// Sawa's zero-setup database must not acknowledge a signature it could
				// lose in a crash
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("fsync", "on")
				.setServerConfig("full_page_writes", "on")
				// after a crash, PostgreSQL replays its log before it answers
				.setPGStartupWait(Duration.ofSeconds(60))
				// stopped by this class's own hook, once the contexts have closed
				.setRegisterShutdownHook(false);
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres server = builder.start();
			log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(),
					dataDirectory.toAbsolutePath());
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

}
