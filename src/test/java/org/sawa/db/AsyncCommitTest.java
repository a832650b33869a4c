package org.sawa.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
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

	private String synchronousCommit(TransactionOperations operations) {
		return operations.execute(status -> jdbc.sql("SHOW synchronous_commit").query(String.class).single());
	}

	@Test
	void an_act_waits_for_the_disk_what_can_be_rebuilt_does_not() throws Exception {
		assertThat(synchronousCommit(template)).isEqualTo("on");
		assertThat(synchronousCommit(sessions)).isEqualTo("off");
		TransactionTemplate labelled = new TransactionTemplate(transactions);
		labelled.setName(AsyncCommit.LABEL);
		assertThat(synchronousCommit(labelled)).isEqualTo("off");
		// and the setting ends with its transaction: the next one on the pool's
		// connection
		// waits again
		for (int i = 0; i < 30; i++) {
			assertThat(synchronousCommit(template)).isEqualTo("on");
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

}
