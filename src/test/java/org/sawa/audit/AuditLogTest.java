package org.sawa.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SawaTest
class AuditLogTest {

	@Autowired
	AuditLog log;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Test
	void entries_are_chained_and_the_untouched_chain_verifies() {
		AuditEntry first = tx.execute(s -> log.append("person:1", "test.first", "thing:1", "a"));
		AuditEntry second = tx.execute(s -> log.append("person:1", "test.second", "thing:1", "b"));
		assertThat(second.previousHash()).isEqualTo(first.hash());
		assertThat(second.seq()).isGreaterThan(first.seq());
		assertThat(log.verify().intact()).isTrue();
	}

	@Test
	void the_database_refuses_to_update_or_delete_an_entry() {
		AuditEntry entry = tx.execute(s -> log.append("person:2", "test.refuse", "thing:2", "x"));
		assertThatThrownBy(
				() -> jdbc.sql("UPDATE audit_entry SET details = 'y' WHERE seq = :s").param("s", entry.seq()).update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE seq = :s").param("s", entry.seq()).update())
			.hasMessageContaining("append-only");
	}

	@Test
	void a_row_altered_behind_the_applications_back_breaks_the_chain_where_it_was_altered() {
		AuditEntry target = tx.execute(s -> log.append("person:3", "role.granted", "person:9", "staff@MA-05"));
		tx.execute(s -> log.append("person:3", "test.after", "thing:3", ""));
		tx.executeWithoutResult(s -> {
			// a superuser disables the guard and rewrites history
			jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
			jdbc.sql("UPDATE audit_entry SET details = 'admin@MA' WHERE seq = :s").param("s", target.seq()).update();
			jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update").update();
		});
		try {
			ChainVerification result = log.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenSeq()).isEqualTo(target.seq());
		}
		finally {
			tx.executeWithoutResult(s -> {
				jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
				jdbc.sql("UPDATE audit_entry SET details = 'staff@MA-05' WHERE seq = :s")
					.param("s", target.seq())
					.update();
				jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update").update();
			});
		}
		assertThat(log.verify().intact()).isTrue();
	}

}
