package org.sawa.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Method;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sawa.account.ParticipationRecorded;
import org.sawa.account.ParticipationWithdrawn;
import org.sawa.lens.ParticipationFacts;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which transactions wait for the disk (ADR 0034): every one by default; the lens's fact,
 * the event registry's marks and the session's writes do not.
 */
@SawaTest
class AsyncCommitTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	TransactionTemplate template;

	@Autowired
	@Qualifier("springSessionTransactionOperations")
	TransactionOperations sessions;

	@Autowired
	DataSource dataSource;

	/**
	 * The transaction's setting, then the connection's own (what it had from its start,
	 * before any {@code SET}).
	 */
	private String synchronousCommit(TransactionOperations operations) {
		return synchronousCommit(operations, jdbc);
	}

	private static String synchronousCommit(TransactionOperations operations, JdbcClient jdbc) {
		return operations.execute(status -> jdbc
			.sql("SELECT setting || '/' || reset_val FROM pg_settings WHERE name = 'synchronous_commit'")
			.query(String.class)
			.single());
	}

	@Test
	void an_act_waits_for_the_disk_what_can_be_rebuilt_does_not() throws Exception {
		assertThat(synchronousCommit(template)).isEqualTo("on/on");
		// the rebuildable transactions run on connections that never wait for the disk,
		// without a statement of their own to say so
		assertThat(synchronousCommit(sessions)).isEqualTo("off/off");
		TransactionTemplate labelled = new TransactionTemplate(transactions);
		labelled.setName(AsyncCommit.LABEL);
		assertThat(synchronousCommit(labelled)).isEqualTo("off/off");
		// and none of the application's own pool does: each act waits
		for (int i = 0; i < 30; i++) {
			assertThat(synchronousCommit(labelled)).isEqualTo("off/off");
			assertThat(synchronousCommit(template)).isEqualTo("on/on");
		}

		var attributes = new AnnotationTransactionAttributeSource();
		for (Method method : new Method[] { ParticipationFacts.class.getMethod("count", ParticipationRecorded.class),
				ParticipationFacts.class.getMethod("withdraw", ParticipationWithdrawn.class) }) {
			assertThat(AsyncCommit.applies(attributes.getTransactionAttribute(method, ParticipationFacts.class)))
				.isTrue();
		}
		// the registry's class is where the name says
		assertThat(Class.forName(AsyncCommit.EVENT_REGISTRY)
			.getMethod("markCompleted", Object.class,
					Class.forName("org.springframework.modulith.events.core.PublicationTargetIdentifier")))
			.isNotNull();
		DefaultTransactionDefinition mark = new DefaultTransactionDefinition();
		mark.setName(AsyncCommit.EVENT_REGISTRY + ".markCompleted");
		assertThat(AsyncCommit.applies(mark)).isTrue();
		mark.setName(AsyncCommit.EVENT_REGISTRY + ".store");
		assertThat(AsyncCommit.applies(mark)).isFalse();
	}

	/**
	 * Without the second pool ({@code sawa.datasource.rebuildable-pool-size=0}, as behind
	 * a pooler in transaction mode), a rebuildable transaction says so itself, and the
	 * setting ends with it.
	 */
	@Test
	void without_their_own_connections_the_rebuildable_transactions_set_it_themselves() throws Exception {
		var onePool = new AsyncCommit().transactionManager(dataSource.unwrap(HikariDataSource.class));
		JdbcClient direct = JdbcClient.create(dataSource.unwrap(HikariDataSource.class));
		TransactionTemplate durable = new TransactionTemplate(onePool);
		TransactionTemplate labelled = new TransactionTemplate(onePool);
		labelled.setName(AsyncCommit.LABEL);
		for (int i = 0; i < 30; i++) {
			assertThat(synchronousCommit(labelled, direct)).isEqualTo("off/on");
			assertThat(synchronousCommit(durable, direct)).isEqualTo("on/on");
		}
	}

	/**
	 * Spring Session's read of a session (one SELECT) runs without a transaction; what it
	 * does next (deleting an expired session) and its writes have theirs.
	 */
	@Test
	void a_sessions_read_runs_alone_its_writes_in_a_transaction() throws Throwable {
		TransactionCallback<Boolean> inTransaction = status -> TransactionSynchronizationManager
			.isActualTransactionActive();
		Boolean alone = AsyncCommit.alone(() -> sessions.execute(inTransaction));
		assertThat(alone).isFalse();
		List<Boolean> readThenDelete = AsyncCommit
			.alone(() -> List.of(sessions.execute(inTransaction), sessions.execute(inTransaction)));
		assertThat(readThenDelete).containsExactly(false, true);
		assertThat(sessions.execute(inTransaction)).isTrue();
		// the read is the primary's even while a public page is served (the session may
		// have just been written there): the tests' replica refuses to write
		ReadRoute.beginPublicRead();
		try {
			String where = "SELECT current_setting('default_transaction_read_only')";
			assertThat(jdbc.sql(where).query(String.class).single()).isEqualTo("on");
			String read = AsyncCommit
				.alone(() -> sessions.execute(status -> jdbc.sql(where).query(String.class).single()));
			assertThat(read).isEqualTo("off");
		}
		finally {
			ReadRoute.endPublicRead();
		}
	}

}
