package org.sawa.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.support.Browser;
import org.sawa.support.MovableClock;
import org.sawa.support.Owner;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A signature the site has acknowledged survives a crash of the database: the test signs
 * over HTTP, kills PostgreSQL with SIGKILL right after the answer (no shutdown, no
 * checkpoint); readiness says DOWN; the application's watch starts PostgreSQL again on
 * the same data and port, which replays the write-ahead log; the signature is there and
 * readiness is UP again, without anyone's hand (issue 16, item 8).
 */
@SawaTest
class CrashDurabilityTest {

	@LocalServerPort
	int port;

	@Autowired
	Owner owner;

	@Autowired
	Accounts accounts;

	@Autowired
	Territories territories;

	@Test
	void an_acknowledged_signature_survives_a_database_crash_and_the_application_brings_the_database_back()
			throws Exception {
		assertThat(owner.jdbc().sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
		assertThat(owner.jdbc().sql("SHOW fsync").query(String.class).single()).isEqualTo("on");

		long id = accounts.createConfirmed("crash.signer@example.ma", "sawa-demo-2026", "Crash Signer", "fr");
		accounts.declareProfile(id, "female", 1990, false, territories.byCode("MA-BEM-07").orElseThrow().id());
		Browser signer = new Browser(port).acceptLanguage("fr");
		signer.signIn("crash.signer@example.ma", "sawa-demo-2026");
		String page = "/petitions/PET-" + MovableClock.today().getYear() + "-0001";

		int pgPort = owner.port();
		ProcessHandle server = owner.postmaster();

		var acknowledged = signer.submit(page, page + "/sign",
				Map.of("nationalId", "CR102030", "basis", "residence", "confirm", "true"));
		assertThat(acknowledged.statusCode()).isEqualTo(302);
		ServerWatch watch = EmbeddedDatabase.watch();
		int restarts = watch.restarts();
		// the watch is held back a moment, to see the application while the database is
		// gone
		watch.pause(true);
		server.destroyForcibly();
		server.onExit().get();
		// the server's other processes end when their postmaster is gone
		Thread.sleep(1000);
		// not ready while the database is gone: a load balancer stops sending requests
		// here
		assertThat(readiness()).isEqualTo(503);

		// the watch starts PostgreSQL again on the same data and port, by itself
		watch.pause(false);
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
		assertThat(watch.restarts()).isEqualTo(restarts + 1);
		assertThat(EmbeddedDatabase.current().getPort()).isEqualTo(pgPort);
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
