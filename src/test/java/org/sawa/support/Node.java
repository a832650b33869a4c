package org.sawa.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Another application node: Sawa started as a process of its own (the application's
 * classes and libraries, not the tests'), on the tests' PostgreSQL, with no demo, as a
 * second server behind a load balancer would be. It can be stopped, or killed with
 * SIGKILL.
 */
public final class Node implements AutoCloseable {

	private final Process process;

	private final int port;

	private final int managementPort;

	private final Path log;

	private Node(Process process, int port, int managementPort, Path log) {
		this.process = process;
		this.port = port;
		this.managementPort = managementPort;
		this.log = log;
	}

	/**
	 * Starts a node on the PostgreSQL listening on {@code databasePort} and waits until
	 * it is ready (at most two minutes). The extra arguments are Spring properties
	 * ({@code --name=value}; {@code --name=} leaves one of the node's settings out).
	 */
	public static Node start(String name, int databasePort, String... extra) throws IOException, InterruptedException {
		int port = freePort();
		int management = freePort();
		String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("spring.profiles.active", "node");
		settings.put("server.port", String.valueOf(port));
		settings.put("management.server.port", String.valueOf(management));
		settings.put("spring.datasource.url", "jdbc:postgresql://localhost:" + databasePort + "/postgres");
		settings.put("spring.datasource.username", "sawa_app");
		settings.put("spring.flyway.user", "postgres");
		settings.put("spring.flyway.password", "postgres");
		settings.put("spring.mail.host", "127.0.0.1");
		settings.put("spring.mail.port", "3025");
		settings.put("sawa.audit.anchor-file", "target/test-audit-anchors.log");
		settings.put("sawa.imports.spool-dir", "target/test-spool");
		settings.put("sawa.base-url", "http://localhost");
		settings.put("sawa.security.argon2.memory-kib", "1024");
		settings.put("sawa.security.argon2.iterations", "1");
		// the tests' limits (application-test.properties): a node on a database the tests
		// have used (a restored backup) counts the sign-ins they made in the same window
		settings.put("sawa.security.rate-limit.login-per-15min", "120");
		settings.put("sawa.security.rate-limit.login-per-account-everywhere-15min", "1200");
		settings.put("sawa.security.rate-limit.login-per-address-15min", "100000");
		settings.put("sawa.scheduled.initial-delay", "PT1000H");
		settings.put("sawa.mail.retry-every", "PT1000H");
		settings.put("sawa.web.page-cache.seconds", "0");
		settings.put("logging.level.root", "WARN");
		for (String setting : extra) {
			String[] pair = setting.replaceFirst("^--", "").split("=", 2);
			if (pair[1].isEmpty()) {
				// "--name=": the setting is not given at all
				settings.remove(pair[0]);
			}
			else {
				settings.put(pair[0], pair[1]);
			}
		}
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
						"-XX:TieredStopAtLevel=1", "-cp", classPath, "org.sawa.SawaApplication"));
		settings.forEach((key, value) -> command.add("--" + key + "=" + value));
		Path log = Path.of("target", "node-" + name + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		Node node = new Node(process, port, management, log);
		node.awaitReady();
		return node;
	}

	private void awaitReady() throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		for (int attempt = 0; attempt < 1200; attempt++) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the node stopped: " + Files.readString(log));
			}
			try {
				int status = client
					.send(HttpRequest
						.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
						.build(), HttpResponse.BodyHandlers.discarding())
					.statusCode();
				if (status == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		close();
		throw new IllegalStateException("the node was not ready within two minutes: " + Files.readString(log));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** The node's HTTP port, for a {@link Browser}. */
	public int port() {
		return port;
	}

	/** What the node has written to its log so far. */
	public String log() throws IOException {
		return Files.readString(log);
	}

	/** Kills the node's process with SIGKILL: no shutdown, nothing finished. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	/** Stops the node as an administrator would (SIGTERM, a graceful shutdown). */
	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

}
