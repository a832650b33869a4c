package org.sawa.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.support.Browser;
import org.sawa.support.MovableClock;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A signature the site has acknowledged survives a crash of the database: the test signs
 * over HTTP, kills PostgreSQL with SIGKILL right after the answer (no shutdown, no
 * checkpoint), starts it again on the same data, which replays the write-ahead log, and
 * finds the signature.
 */
@SawaTest
class CrashDurabilityTest {

	@LocalServerPort
	int port;

	/**
	 * The schema's owner: what this test does (server settings, a second database) is not
	 * the application's role to do.
	 */
	JdbcClient jdbc;

	@Autowired
	void owner(@Qualifier("owner") DataSource owner) {
		this.jdbc = JdbcClient.create(owner);
	}

	@Autowired
	Accounts accounts;

	@Autowired
	Territories territories;

	@Test
	void an_acknowledged_signature_survives_a_database_crash() throws Exception {
		assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
		assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");

		long id = accounts.createConfirmed("crash.signer@example.ma", "sawa-demo-2026", "Crash Signer", "fr");
		accounts.declareProfile(id, "female", 1990, false, territories.byCode("MA-BEM-07").orElseThrow().id());
		Browser signer = new Browser(port).acceptLanguage("fr");
		signer.signIn("crash.signer@example.ma", "sawa-demo-2026");
		String page = "/petitions/PET-" + MovableClock.today().getYear() + "-0001";

		Path data = Path.of(jdbc.sql("SHOW data_directory").query(String.class).single());
		int pgPort = Integer.parseInt(jdbc.sql("SHOW port").query(String.class).single());
		long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());

		var acknowledged = signer.submit(page, page + "/sign",
				Map.of("nationalId", "CR102030", "basis", "residence", "confirm", "true"));
		assertThat(acknowledged.statusCode()).isEqualTo(302);
		ProcessHandle server = ProcessHandle.of(postmaster).orElseThrow();
		server.destroyForcibly();
		server.onExit().get();
		// the server's other processes end when their postmaster is gone
		Thread.sleep(1000);
		// not ready while the database is gone: a load balancer stops sending requests
		// here
		assertThat(readiness()).isEqualTo(503);

		// the crashed server's handle still holds the data directory's lock in this JVM:
		// let it go,
		// as the operating system would for a crashed process, then start PostgreSQL on
		// the same data
		EmbeddedPostgres crashed = EmbeddedDatabase.current();
		java.lang.reflect.Field lock = EmbeddedPostgres.class.getDeclaredField("lock");
		lock.setAccessible(true);
		((java.nio.channels.FileLock) lock.get(crashed)).release();
		java.lang.reflect.Field stream = EmbeddedPostgres.class.getDeclaredField("lockStream");
		stream.setAccessible(true);
		((java.io.FileOutputStream) stream.get(crashed)).close();
		EmbeddedPostgres recovered = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setPort(pgPort)
			.setServerConfig("max_connections", "200")
			.setServerConfig("shared_buffers", "256MB")
			.setServerConfig("timezone", "UTC")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("fsync", "on")
			.setPGStartupWait(java.time.Duration.ofSeconds(60))
			.start();
		assertThat(recovered.getPort()).isEqualTo(pgPort);
		// asked on a connection of its own (the pool's died with the server), for up to a
		// minute
		Long signatures = null;
		String url = "jdbc:postgresql://localhost:" + pgPort + "/postgres";
		java.sql.DriverManager.setLoginTimeout(2);
		for (int attempt = 0; attempt < 60 && signatures == null; attempt++) {
			try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, "postgres", "postgres");
					java.sql.PreparedStatement query = connection
						.prepareStatement("SELECT count(*) FROM petition_signature WHERE person_id = ?")) {
				query.setLong(1, id);
				try (java.sql.ResultSet rs = query.executeQuery()) {
					rs.next();
					signatures = rs.getLong(1);
				}
			}
			catch (java.sql.SQLException notYet) {
				Thread.sleep(1000);
			}
		}
		assertThat(signatures).isEqualTo(1);
		// and ready again once the database answers
		int ready = 0;
		for (int attempt = 0; attempt < 30 && ready != 200; attempt++) {
			ready = readiness();
			if (ready != 200) {
				Thread.sleep(1000);
			}
		}
		assertThat(ready).isEqualTo(200);
	}

	@org.springframework.boot.test.web.server.LocalManagementPort
	int managementPort;

	private int readiness() throws Exception {
		return java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
				.build(), java.net.http.HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
