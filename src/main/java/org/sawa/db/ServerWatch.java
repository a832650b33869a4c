package org.sawa.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the embedded PostgreSQL server and starts it again, on the same port and data,
 * when it dies (killed, crashed, stopped by hand): the pools then reconnect by
 * themselves, and readiness, which was DOWN meanwhile, comes back UP. PostgreSQL recovers
 * from its write-ahead log as after any crash, so nothing committed is lost.
 */
final class ServerWatch implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ServerWatch.class);

	private final IntFunction<EmbeddedPostgres> relaunch;

	private final ScheduledExecutorService timer;

	private volatile EmbeddedPostgres server;

	private final Path dataDirectory;

	/** The server's main process (the library started it through pg_ctl, which left). */
	private volatile ProcessHandle postmaster;

	/** The server's processes when last seen alive: the dead one's children must go. */
	private volatile List<ProcessHandle> family = List.of();

	private volatile int restarts;

	private volatile boolean paused;

	/**
	 * Watches {@code server} every {@code every}; {@code relaunch} starts a server on the
	 * port it is given, on the same data directory.
	 */
	ServerWatch(EmbeddedPostgres server, Path dataDirectory, IntFunction<EmbeddedPostgres> relaunch, Duration every) {
		this.server = server;
		this.dataDirectory = dataDirectory;
		this.postmaster = postmaster(dataDirectory);
		this.relaunch = relaunch;
		this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "embedded-postgres-watch");
			thread.setDaemon(true);
			return thread;
		});
		timer.scheduleWithFixedDelay(this::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
	}

	EmbeddedPostgres current() {
		return server;
	}

	int restarts() {
		return restarts;
	}

	/** Stops or resumes watching (a test looks at the application while it is down). */
	void pause(boolean pause) {
		this.paused = pause;
	}

	/** Starts the server again if it died; an attempt that fails is tried at the next. */
	synchronized void check() {
		if (paused) {
			return;
		}
		if (postmaster.isAlive()) {
			family = postmaster.descendants().toList();
			return;
		}
		int port = server.getPort();
		log.error("The embedded PostgreSQL server on port {} (process {}) died: starting it again", port,
				postmaster.pid());
		try {
			// its backends notice and leave; until then its shared memory is in use
			for (ProcessHandle child : family) {
				child.onExit().get(30, TimeUnit.SECONDS);
			}
			closeQuietly(server);
			server = relaunch.apply(port);
			postmaster = postmaster(dataDirectory);
			family = List.of();
			restarts++;
			log.warn("The embedded PostgreSQL server is back on port {}", port);
		}
		catch (RuntimeException | TimeoutException | java.util.concurrent.ExecutionException ex) {
			log.error("The embedded PostgreSQL server could not be started again; trying again shortly", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The process named by the data directory's {@code postmaster.pid}. */
	static ProcessHandle postmaster(Path dataDirectory) {
		try {
			long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
			return ProcessHandle.of(pid)
				.orElseThrow(() -> new IllegalStateException("No PostgreSQL server runs as process " + pid));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The running server's postmaster.pid cannot be read", ex);
		}
	}

	private static void closeQuietly(EmbeddedPostgres dead) {
		try {
			// releases its hold on the data directory (stopping what is already stopped
			// is reported and harmless)
			dead.close();
		}
		catch (IOException ex) {
			log.debug("Closing the dead server", ex);
		}
	}

	@Override
	public void close() {
		timer.shutdownNow();
	}

}
