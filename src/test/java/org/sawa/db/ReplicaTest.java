package org.sawa.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.support.Browser;
import org.sawa.support.Folders;
import org.sawa.support.MovableClock;
import org.sawa.support.Node;
import org.sawa.support.Owner;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A streaming replica of the tests' PostgreSQL, made from the embedded binaries with the
 * server's own backup API (ADR 0038), and a node that reads public pages from it: a
 * public page comes from the replica (it shows what the replica has, not yet what the
 * primary has), a person sees her own signature at once, on her pages and after she signs
 * out, and when the replica stops the primary serves.
 */
@SawaTest
class ReplicaTest {

	private static final String PASSWORD = "sawa-demo-2026";

	private static final String SLOT = "sawa_test_replica";

	private static final Pattern PROGRESS = Pattern.compile("id=\"progress-text\">([^<]*)<");

	@Autowired
	Owner owner;

	@Autowired
	@Qualifier("owner")
	DataSource ownerDataSource;

	@Autowired
	Accounts accounts;

	@Autowired
	Territories territories;

	@Test
	void public_pages_read_from_the_replica_and_a_person_sees_her_own_signature_at_once() throws Exception {
		Path directory = Path.of("target", "replica-db");
		Folders.delete(directory);
		owner.jdbc()
			.sql("SELECT pg_create_physical_replication_slot('" + SLOT + "')::text")
			.query(String.class)
			.single();
		EmbeddedPostgres replica = null;
		try {
			BaseBackup.take(ownerDataSource, BaseBackup.into(directory));
			Files.writeString(directory.resolve("standby.signal"), "");
			Files.writeString(directory.resolve("postgresql.auto.conf"),
					"\nprimary_conninfo = 'host=127.0.0.1 port=" + owner.port() + " user=postgres application_name="
							+ SLOT + "'\nprimary_slot_name = '" + SLOT + "'\n",
					StandardOpenOption.APPEND);
			replica = EmbeddedDatabase.launch(directory, 0, false);
			JdbcClient onReplica = JdbcClient.create(replica.getDatabase("postgres", "postgres"));
			assertThat(onReplica.sql("SELECT pg_is_in_recovery()").query(Boolean.class).single()).isTrue();
			caughtUp(onReplica);
			try (Node node = Node.start("replica", owner.port(),
					"--sawa.datasource.replica-url=jdbc:postgresql://127.0.0.1:" + replica.getPort() + "/postgres",
					"--sawa.datasource.replica-check-every=PT0.2S")) {
				servedFromTheReplica(node, replica, onReplica);
			}
		}
		finally {
			if (replica != null) {
				replica.close();
			}
			owner.jdbc().sql("SELECT pg_drop_replication_slot('" + SLOT + "')::text").query(String.class).single();
		}
	}

	private void servedFromTheReplica(Node node, EmbeddedPostgres replica, JdbcClient onReplica) throws Exception {
		String petition = "/petitions/PET-" + MovableClock.today().getYear() + "-0001";
		Browser visitor = new Browser(node.port()).acceptLanguage("en");
		String before = progress(visitor.get(petition).body());
		// the replica stops replaying the primary's log: what the primary is given from
		// now on is not on it
		onReplica.sql("SELECT pg_wal_replay_pause()::text").query(String.class).single();

		long id = accounts.createConfirmed("replica.reader@example.ma", PASSWORD, "Itto Replica", "en");
		accounts.declareProfile(id, "female", 1988, false, territories.byCode("MA-BEM-07").orElseThrow().id());
		Browser person = new Browser(node.port()).acceptLanguage("en");
		assertThat(person.signIn("replica.reader@example.ma", PASSWORD).statusCode()).isEqualTo(302);
		assertThat(person
			.submit(petition, petition + "/sign",
					Map.of("nationalId", "RP102030", "basis", "residence", "confirm", "true"))
			.statusCode()).isEqualTo(302);
		String after = progress(person.get(petition).body());
		assertThat(count(after)).as("her own signature, at once").isEqualTo(count(before) + 1);

		assertThat(progress(visitor.get(petition).body())).as("a visitor reads the replica").isEqualTo(before);
		// signed out, her browser reads the primary for a while: she still sees it
		assertThat(person.submit("/me", "/logout", Map.of()).statusCode()).isEqualTo(302);
		assertThat(progress(person.get(petition).body())).isEqualTo(after);

		onReplica.sql("SELECT pg_wal_replay_resume()::text").query(String.class).single();
		caughtUp(onReplica);
		assertThat(progress(visitor.get(petition).body())).as("the replica has caught up").isEqualTo(after);

		replica.close();
		var served = visitor.get(petition);
		assertThat(served.statusCode()).as("the replica stopped: the primary serves").isEqualTo(200);
		assertThat(progress(served.body())).isEqualTo(after);
	}

	/** Waits until the replica has replayed what the primary has written so far. */
	private void caughtUp(JdbcClient onReplica) throws InterruptedException {
		String target = owner.jdbc().sql("SELECT pg_current_wal_lsn()::text").query(String.class).single();
		for (int attempt = 0; attempt < 300; attempt++) {
			Boolean done = onReplica.sql("SELECT pg_last_wal_replay_lsn() >= :target::pg_lsn")
				.param("target", target)
				.query(Boolean.class)
				.single();
			if (Boolean.TRUE.equals(done)) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the replica did not catch up with " + target);
	}

	private static String progress(String page) {
		Matcher found = PROGRESS.matcher(page);
		assertThat(found.find()).as("the petition's progress").isTrue();
		return found.group(1);
	}

	private static int count(String progress) {
		return Integer.parseInt(progress.replaceAll("[^0-9].*$", "").trim());
	}

}
