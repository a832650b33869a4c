package org.sawa.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.support.Folders;
import org.sawa.support.Browser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A mail whose action committed is sent even when the application is killed before
 * sending it. Sawa runs here as a real process on its own PostgreSQL: a person signs up
 * while the SMTP server is down, the process is killed with SIGKILL, the SMTP server
 * comes up, and Sawa started again on the same database sends the confirmation mail.
 */
class MailAfterRestartTest {

	@Test
	void a_committed_mail_is_sent_after_the_application_is_killed_and_started_again() throws Exception {
		Path data = Path.of("target/mail-restart-db").toAbsolutePath();
		// an earlier run's database: initdb wants an empty directory
		Folders.delete(data);
		int smtpPort = freePort();
		try (EmbeddedPostgres database = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(true)
			.setServerConfig("timezone", "UTC")
			.start()) {
			JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(
					database.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", true));

			int firstPort = freePort();
			Process first = start(database.getPort(), smtpPort, firstPort, "first");
			try {
				awaitReady(first, firstPort);
				HttpResponse<String> signedUp = new Browser(firstPort).acceptLanguage("fr")
					.submit("/signup", "/signup", Map.of("displayName", "Zahra Ait Ali", "email",
							"zahra.aitali@example.ma", "password", "une phrase assez longue"));
				assertThat(signedUp.statusCode()).isEqualTo(302);
				// committed: the account and the mail to send are stored; no SMTP server
				// listens yet
				assertThat(jdbc.sql("SELECT count(*) FROM person WHERE email = 'zahra.aitali@example.ma'")
					.query(Long.class)
					.single()).isEqualTo(1);
				assertThat(pendingMails(jdbc)).isEqualTo(1);
			}
			finally {
				first.destroyForcibly().waitFor();
			}
			assertThat(pendingMails(jdbc)).as("the mail is still to send after the kill").isEqualTo(1);

			GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"));
			smtp.start();
			int secondPort = freePort();
			Process second = start(database.getPort(), smtpPort, secondPort, "second");
			try {
				awaitReady(second, secondPort);
				assertThat(smtp.waitForIncomingEmail(60_000, 1)).as("the mail arrives after the restart").isTrue();
				MimeMessage message = smtp.getReceivedMessages()[0];
				assertThat(message.getAllRecipients()[0].toString()).isEqualTo("zahra.aitali@example.ma");
				assertThat(message.getSubject()).isEqualTo("Sawa : confirmez votre adresse e-mail");
				Instant until = Instant.now().plusSeconds(30);
				while (pendingMails(jdbc) > 0 && Instant.now().isBefore(until)) {
					Thread.sleep(200);
				}
				assertThat(pendingMails(jdbc)).as("the sent mail is marked done").isZero();
				assertThat(smtp.getReceivedMessages()).hasSize(1);
			}
			finally {
				second.destroyForcibly().waitFor();
				smtp.stop();
			}
		}
	}

	private static long pendingMails(JdbcClient jdbc) {
		return jdbc.sql("""
				SELECT count(*) FROM event_publication
				WHERE event_type = 'org.sawa.mail.MailRequested' AND completion_date IS NULL""")
			.query(Long.class)
			.single();
	}

	/** Sawa as its own process, with no demo, on the given database and SMTP port. */
	private static Process start(int databasePort, int smtpPort, int port, String name) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", classpath, "org.sawa.SawaApplication",
				"--spring.profiles.active=restart-test",
				"--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--server.port=" + port, "--management.server.port=0", "--server.servlet.session.cookie.secure=false",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
				"--spring.mail.properties.mail.smtp.connectiontimeout=2000",
				"--spring.mail.properties.mail.smtp.timeout=2000", "--sawa.base-url=http://localhost"));
		File log = Path.of("target", "mail-restart-" + name + ".log").toFile();
		Files.createDirectories(log.toPath().getParent());
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
	}

	private static void awaitReady(Process process, int port) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		Instant until = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(until)) {
			assertThat(process.isAlive()).as("Sawa started (see target/mail-restart-*.log)").isTrue();
			try {
				HttpResponse<Void> answer = client.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (answer.statusCode() == 200) {
					return;
				}
			}
			catch (java.io.IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("Sawa did not start within two minutes");
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
