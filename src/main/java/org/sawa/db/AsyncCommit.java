package org.sawa.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One durable commit per act of a person (ADR 0034). A signature, a request, a ballot is
 * committed with {@code synchronous_commit} on: the act and its event publication are on
 * disk before the person is told. What can be rebuilt from them is committed without
 * waiting for the disk ({@code SET LOCAL synchronous_commit TO OFF}): the inclusion
 * lens's fact (its transaction is labelled {@link #LABEL}), the event publication's state
 * marks (processing, completed, failed: after a crash an incomplete publication is
 * republished and its listener is idempotent) and the session's writes (its last access:
 * a lost one only shortens or ends a session). A crash of PostgreSQL loses at most the
 * last few hundred milliseconds of those, never an act. The rebuildable transactions take
 * their connections from a pool of their own whose connections have that setting from
 * their start ({@link RebuildableConnections}), or, without it, begin with the
 * {@code SET LOCAL}.
 */
@Configuration(proxyBeanMethods = false)
public class AsyncCommit {

	/** The label of a transaction whose writes can be rebuilt after a crash. */
	public static final String LABEL = "sawa:rebuildable";

	/**
	 * Spring Modulith's registry (not on the compile path): its state marks run in
	 * transactions named after its methods ({@code markProcessing},
	 * {@code markCompleted}, {@code markFailed}).
	 */
	static final String EVENT_REGISTRY = "org.springframework.modulith.events.core.DefaultEventPublicationRegistry";

	/** Transactions by name, for code that is not ours to label. */
	private static final List<String> REBUILDABLE_NAMES = List.of(EVENT_REGISTRY + ".mark", LABEL);

	static boolean applies(TransactionDefinition definition) {
		if (definition instanceof TransactionAttribute attribute && attribute.getLabels().contains(LABEL)) {
			return true;
		}
		String name = definition.getName();
		return name != null && REBUILDABLE_NAMES.stream().anyMatch(name::startsWith);
	}

	/** The application's transaction manager, with the rule above. */
	@Bean
	JdbcTransactionManager transactionManager(DataSource dataSource) {
		boolean ownConnections = RebuildableConnections.given(dataSource);
		return new JdbcTransactionManager(dataSource) {
			/**
			 * A transaction that may write takes its connection from the primary; one
			 * whose writes can be rebuilt, from the connections that do not wait for the
			 * disk (when there are: {@link RebuildableConnections}).
			 */
			@Override
			protected void doBegin(Object transaction, TransactionDefinition definition) {
				if (definition.isReadOnly()) {
					super.doBegin(transaction, definition);
				}
				else if (ownConnections && applies(definition)) {
					ReadRoute
						.onPrimary(() -> RebuildableConnections.taking(() -> super.doBegin(transaction, definition)));
				}
				else {
					ReadRoute.onPrimary(() -> super.doBegin(transaction, definition));
				}
			}

			@Override
			protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
					throws SQLException {
				super.prepareTransactionalConnection(connection, definition);
				if (!ownConnections && applies(definition)) {
					try (Statement statement = connection.createStatement()) {
						statement.execute("SET LOCAL synchronous_commit TO OFF");
					}
				}
			}
		};
	}

	/**
	 * The template code uses for its transactions: durable ones, as any not labelled.
	 * Declared here because the session's operations below would keep Spring Boot from
	 * declaring it.
	 */
	@Bean
	@Primary
	TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
		return new TransactionTemplate(transactions);
	}

	/**
	 * Spring Session's writes: each in a transaction of its own, not waited for. Not a
	 * {@link TransactionTemplate}, so that nothing else is given it by type. A read
	 * inside {@link #alone} runs without a transaction.
	 */
	@Bean
	TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		template.setName(LABEL + ":session");
		return new TransactionOperations() {
			@Override
			public <T> T execute(TransactionCallback<T> action) {
				if (Boolean.TRUE.equals(ALONE.get())) {
					// once: whatever the read then does (deleting an expired session) has
					// its transaction
					ALONE.remove();
					return ReadRoute.onPrimary(() -> action.doInTransaction(new SimpleTransactionStatus(false)));
				}
				return template.execute(action);
			}
		};
	}

	private static final ThreadLocal<Boolean> ALONE = new ThreadLocal<>();

	/** Work that answers, or fails as it may. */
	public interface Work<T> {

		T run() throws Throwable;

	}

	/**
	 * Runs {@code work}, whose first use of Spring Session's transactions is one
	 * statement that only reads (the session and its attributes, one SELECT): it runs
	 * without a transaction, on the primary (the session may have just been written
	 * there). A transaction around one SELECT sees the same rows; its COMMIT cost a round
	 * trip on every request of a signed-in person.
	 */
	public static <T> T alone(Work<T> work) throws Throwable {
		ALONE.set(Boolean.TRUE);
		try {
			return work.run();
		}
		finally {
			ALONE.remove();
		}
	}

}
