package org.sawa.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.support.Browser;
import org.sawa.support.Folders;
import org.sawa.support.Node;
import org.sawa.support.Owner;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An online backup of the embedded database (ADR 0038), taken while people keep signing
 * up, restored as the README says (the archive extracted into an empty folder) and Sawa
 * started on it: what was written before the backup is there, what was written after is
 * not, the audit chain verifies against the anchors of the backup's time, and the
 * restored Sawa serves its pages.
 */
@SawaTest
class BackupRestoreTest {

	private static final String PASSWORD = "sawa-demo-2026";

	@Autowired
	Backups backups;

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	Accounts accounts;

	@Autowired
	Owner owner;

	@Test
	void a_backup_taken_while_sawa_serves_restores_into_a_fresh_folder_on_which_sawa_starts() throws Exception {
		accounts.createConfirmed("backup.before@example.ma", PASSWORD, "Before the backup", "fr");
		// the suite signs the administrator in more often than a production node allows
		// in 15 minutes; the restored copy holds those counts (the first flaky failures)
		for (int i = 0; i < 11; i++) {
			new Browser(port).signIn("admin@sawa.demo", PASSWORD);
		}
		long auditBefore = owner.jdbc().sql("SELECT count(*) FROM audit_entry").query(Long.class).single();

		// people keep signing up while the backup is taken
		AtomicBoolean going = new AtomicBoolean(true);
		AtomicInteger during = new AtomicInteger();
		Thread signUps = new Thread(() -> {
			while (going.get()) {
				int n = during.incrementAndGet();
				accounts.createConfirmed("backup.during." + n + "@example.ma", PASSWORD, "During " + n, "fr");
			}
		});
		signUps.start();
		Path archive;
		try {
			// as an administrator of the server would, on the management port
			HttpResponse<String> taken = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/backups"))
					.POST(HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(taken.statusCode()).isEqualTo(200);
			String name = taken.body().replaceAll("(?s).*\"name\"\\s*:\\s*\"([^\"]+)\".*", "$1");
			archive = Path.of("target", "test-backups", name);
		}
		finally {
			going.set(false);
			signUps.join();
		}
		accounts.createConfirmed("backup.after@example.ma", PASSWORD, "After the backup", "fr");
		assertThat(archive.getFileName().toString()).startsWith("sawa-backup-").endsWith(".tar.gz");
		assertThat(backups.list()).extracting(Backups.Archive::name).contains(archive.getFileName().toString());

		Path restore = Path.of("target", "restore");
		Folders.delete(restore);
		Files.createDirectories(restore);
		Process tar = new ProcessBuilder("tar", "-xzf", archive.toAbsolutePath().toString(), "-C",
				restore.toAbsolutePath().toString())
			.inheritIO()
			.start();
		assertThat(tar.waitFor()).isZero();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(restore.resolve("data"))))
			.as("PostgreSQL starts only on a folder of its own")
			.isEqualTo("rwx------");

		Node stopped;
		try (Node restored = Node.start("restored", 0, "--spring.datasource.url=", "--spring.datasource.username=",
				"--spring.flyway.user=", "--spring.flyway.password=",
				"--sawa.embedded-db.directory=" + restore.resolve("data"),
				"--sawa.audit.anchor-file=" + restore.resolve("audit-anchors.log"))) {
			Browser admin = new Browser(restored.port()).acceptLanguage("en");
			assertThat(admin.signIn("admin@sawa.demo", PASSWORD).headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).doesNotContain("?error", "?limited"));
			HttpResponse<String> verified = admin.get("/admin/audit?verify=true");
			String verification = verified.body();
			Matcher answer = Pattern.compile("The chain is (intact|broken)[^<]*|Entry [\\d,]+, anchored outside[^<]*")
				.matcher(verification);
			assertThat(answer.find())
				.as("the verification answers (status %d, location %s): %s", verified.statusCode(),
						verified.headers().firstValue("Location").orElse("none"), text(verification))
				.isTrue();
			assertThat(answer.group()).as("the verification's answer").startsWith("The chain is intact");
			assertThat(number(verification, "The chain is intact: ([\\d,]+) entries checked"))
				.isGreaterThanOrEqualTo(auditBefore);
			assertThat(number(verification, "<p>([\\d,]+) outside anchors checked")).as("the backup's anchors")
				.isPositive();

			assertThat(new Browser(restored.port()).signIn("backup.before@example.ma", PASSWORD)
				.headers()
				.firstValue("Location")).as("written before the backup")
				.hasValueSatisfying(location -> assertThat(location).doesNotContain("?error", "?limited"));
			assertThat(new Browser(restored.port()).signIn("backup.after@example.ma", PASSWORD)
				.headers()
				.firstValue("Location")).as("written after the backup")
				.hasValueSatisfying(location -> assertThat(location).contains("error"));
			assertThat(new Browser(restored.port()).acceptLanguage("fr").get("/territories/MA-BEM-07").statusCode())
				.isEqualTo(200);
			stopped = restored;
		}
		// stopped as an administrator would (SIGTERM): the node finishes its work on the
		// database, then its embedded server stops
		assertThat(stopped.log()).doesNotContain("Invocation of destroy method failed", "marked as broken");
		assertThat(restore.resolve("data").resolve("postmaster.pid")).as("the embedded server stopped with the node")
			.doesNotExist();
	}

	/** A page's words without its markup, cut to what a failure message can show. */
	private static String text(String page) {
		String text = page.replaceAll("(?s)<head>.*</head>", "").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
		return text.substring(0, Math.min(text.length(), 2000));
	}

	private static long number(String page, String pattern) {
		Matcher found = Pattern.compile(pattern).matcher(page);
		assertThat(found.find()).as(pattern).isTrue();
		return Long.parseLong(found.group(1).replace(",", ""));
	}

}
