package org.sawa.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

@SawaTest
class AuditLogTest {

	@Autowired
	AuditLog log;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Value("${sawa.audit.anchor-file}")
	Path anchorFile;

	/** The owner of the schema, as a superuser attacking the log would connect. */
	@Autowired
	@Qualifier("owner")
	DataSource owner;

	/**
	 * Plays a superuser on one connection of the owner, holding the log's append lock
	 * meanwhile, so no entry is appended between the attack and its undoing.
	 */
	private void asSuperuser(Consumer<JdbcClient> attack) {
		try (Connection connection = owner.getConnection()) {
			JdbcClient superuser = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			superuser.sql("SELECT pg_advisory_lock(:l)").param("l", APPEND_LOCK).query(Object.class).single();
			try {
				attack.accept(superuser);
			}
			finally {
				superuser.sql("SELECT pg_advisory_unlock(:l)").param("l", APPEND_LOCK).query(Object.class).single();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final long APPEND_LOCK = 0x5A3A_A0D1L;

	@Test
	void entries_are_chained_and_the_untouched_chain_verifies() {
		AuditEntry first = tx.execute(s -> log.append("person:1", "test.first", "thing:1", "a"));
		AuditEntry second = tx.execute(s -> log.append("person:1", "test.second", "thing:1", "b"));
		assertThat(second.previousHash()).isEqualTo(first.hash());
		assertThat(second.seq()).isGreaterThan(first.seq());
		assertThat(log.verify().intact()).isTrue();
	}

	@Test
	void the_application_may_only_append_and_even_the_owner_cannot_update_delete_or_truncate() {
		AuditEntry entry = tx.execute(s -> log.append("person:2", "test.refuse", "thing:2", "x"));
		// the application's role holds no right but to read and append
		assertThatThrownBy(
				() -> jdbc.sql("UPDATE audit_entry SET details = 'y' WHERE seq = :s").param("s", entry.seq()).update())
			.rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE seq = :s").param("s", entry.seq()).update())
			.rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update()).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update())
			.rootCause()
			.hasMessageContaining("must be owner");
		// the owner is stopped by the triggers, TRUNCATE included
		JdbcClient schemaOwner = JdbcClient.create(owner);
		assertThatThrownBy(() -> schemaOwner.sql("UPDATE audit_entry SET details = 'y' WHERE seq = :s")
			.param("s", entry.seq())
			.update()).hasMessageContaining("append-only");
		assertThatThrownBy(
				() -> schemaOwner.sql("DELETE FROM audit_entry WHERE seq = :s").param("s", entry.seq()).update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> schemaOwner.sql("TRUNCATE audit_entry").update()).hasMessageContaining("append-only");
		assertThat(log.verify().intact()).isTrue();
	}

	/** The entries from seq on, as stored, to put back after an attack. */
	private static List<Map<String, Object>> from(JdbcClient superuser, long seq) {
		return superuser.sql("SELECT * FROM audit_entry WHERE seq >= :s ORDER BY seq")
			.param("s", seq)
			.query()
			.listOfRows();
	}

	private static void guard(JdbcClient superuser, boolean on) {
		superuser.sql("ALTER TABLE audit_entry " + (on ? "ENABLE" : "DISABLE") + " TRIGGER audit_entry_no_update")
			.update();
	}

	private static void putBack(JdbcClient superuser, long seq, List<Map<String, Object>> rows) {
		superuser.sql("DELETE FROM audit_entry WHERE seq >= :s").param("s", seq).update();
		for (Map<String, Object> row : rows) {
			superuser
				.sql("""
						INSERT INTO audit_entry (seq, occurred_at, actor, action, subject, details, previous_hash, hash, keyed)
						VALUES (:seq, :occurred_at, :actor, :action, :subject, :details, :previous_hash, :hash, :keyed)""")
				.params(row)
				.update();
		}
	}

	@Test
	void a_row_altered_behind_the_applications_back_breaks_the_chain_where_it_was_altered() {
		AuditEntry target = tx.execute(s -> log.append("person:3", "role.granted", "person:9", "staff@MA-05"));
		tx.execute(s -> log.append("person:3", "test.after", "thing:3", ""));
		asSuperuser(superuser -> {
			List<Map<String, Object>> original = from(superuser, target.seq());
			guard(superuser, false);
			try {
				superuser.sql("UPDATE audit_entry SET details = 'admin@MA' WHERE seq = :s")
					.param("s", target.seq())
					.update();
				ChainVerification result = log.verify();
				assertThat(result.intact()).isFalse();
				assertThat(result.firstBrokenSeq()).isEqualTo(target.seq());
			}
			finally {
				putBack(superuser, target.seq(), original);
				guard(superuser, true);
			}
		});
		assertThat(log.verify().intact()).isTrue();
	}

	@Test
	void a_superuser_who_rewrites_an_entry_and_recomputes_the_chain_after_it_is_reported() {
		AuditEntry target = tx.execute(s -> log.append("person:4", "role.granted", "person:8", "staff@MA-11"));
		tx.execute(s -> log.append("person:4", "test.after", "thing:4", ""));
		asSuperuser(superuser -> {
			List<Map<String, Object>> original = from(superuser, target.seq());
			guard(superuser, false);
			try {
				// the best an attacker without the key can do: the old unkeyed hash, from
				// the altered entry to the end, each linked to the one before
				String previous = target.previousHash();
				superuser.sql("DELETE FROM audit_entry WHERE seq >= :s").param("s", target.seq()).update();
				for (Map<String, Object> row : original) {
					long seq = ((Number) row.get("seq")).longValue();
					String details = seq == target.seq() ? "admin@MA" : (String) row.get("details");
					Instant at = ((Timestamp) row.get("occurred_at")).toInstant();
					String hash = AuditLog.sha256(AuditLog.content(previous, seq, at, (String) row.get("actor"),
							(String) row.get("action"), (String) row.get("subject"), details));
					superuser
						.sql("""
								INSERT INTO audit_entry (seq, occurred_at, actor, action, subject, details, previous_hash,
								  hash, keyed) VALUES (:seq, :at, :actor, :action, :subject, :details, :previous, :hash, false)""")
						.param("seq", seq)
						.param("at", row.get("occurred_at"))
						.param("actor", row.get("actor"))
						.param("action", row.get("action"))
						.param("subject", row.get("subject"))
						.param("details", details)
						.param("previous", previous)
						.param("hash", hash)
						.update();
					previous = hash;
				}
				ChainVerification result = log.verify();
				assertThat(result.intact()).isFalse();
				assertThat(result.firstBrokenSeq()).isEqualTo(target.seq());
				// the anchors saw the old hashes of the rewritten entries
				assertThat(result.firstAnchorBroken()).isEqualTo(target.seq());
			}
			finally {
				putBack(superuser, target.seq(), original);
				guard(superuser, true);
			}
		});
		assertThat(log.verify().intact()).isTrue();
	}

	@Test
	void a_truncated_tail_is_reported_from_the_anchors_kept_outside_the_database() {
		AuditEntry first = tx.execute(s -> log.append("person:5", "test.tail", "thing:5", "1"));
		AuditEntry last = tx.execute(s -> log.append("person:5", "test.tail", "thing:5", "2"));
		assertThat(last.seq()).isGreaterThan(first.seq());
		assertThat(log.verify().anchorsChecked()).isPositive();
		asSuperuser(superuser -> {
			List<Map<String, Object>> original = from(superuser, first.seq());
			guard(superuser, false);
			try {
				// what is left is a chain that holds together: only the anchors tell
				superuser.sql("DELETE FROM audit_entry WHERE seq >= :s").param("s", first.seq()).update();
				ChainVerification result = log.verify();
				assertThat(result.firstBrokenSeq()).isNull();
				assertThat(result.firstAnchorBroken()).isEqualTo(first.seq());
				assertThat(result.intact()).isFalse();
			}
			finally {
				putBack(superuser, first.seq(), original);
				guard(superuser, true);
			}
		});
		assertThat(log.verify().intact()).isTrue();
	}

	@Test
	void a_forged_anchor_line_does_not_hide_an_earlier_entry_that_was_changed() throws Exception {
		AuditEntry target = tx.execute(s -> log.append("person:6", "test.forged", "thing:6", "1"));
		tx.execute(s -> log.append("person:6", "test.forged", "thing:6", "2"));
		List<String> lines = Files.readAllLines(anchorFile, StandardCharsets.UTF_8);
		String chain = lines.get(lines.size() - 1).split(" ")[0];
		asSuperuser(superuser -> {
			List<Map<String, Object>> original = from(superuser, target.seq());
			guard(superuser, false);
			try {
				// a line without the key's MAC, naming a later entry, then an earlier
				// entry
				// changed: the report names the earlier one, the first in the chain
				Files.writeString(anchorFile, chain + " " + (target.seq() + 1000) + " 00ff 00ff\n",
						StandardCharsets.UTF_8, StandardOpenOption.APPEND);
				superuser.sql("UPDATE audit_entry SET details = 'rewritten', hash = md5(hash) WHERE seq = :s")
					.param("s", target.seq())
					.update();
				ChainVerification result = log.verify();
				assertThat(result.firstAnchorBroken()).isEqualTo(target.seq());
				assertThat(result.firstBrokenSeq()).isEqualTo(target.seq());
			}
			catch (java.io.IOException ex) {
				throw new IllegalStateException(ex);
			}
			finally {
				putBack(superuser, target.seq(), original);
				guard(superuser, true);
				try {
					Files.write(anchorFile, lines, StandardCharsets.UTF_8);
				}
				catch (java.io.IOException ex) {
					throw new IllegalStateException(ex);
				}
			}
		});
		assertThat(log.verify().intact()).isTrue();
	}

}
