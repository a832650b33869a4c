package org.sawa.db;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A scheduled job runs once per period however many application nodes share the database
 * (ADR 0035): each node's scheduler asks here before running it, and only the node that
 * claims the period's turn runs it. The claim is a row of {@code scheduled_job}, updated
 * only when no node has started the job within (nine tenths of) the period, so two nodes
 * asking at the same moment cannot both get it. Times are PostgreSQL's, not the nodes'
 * (their clocks may differ); the jobs stay idempotent, so a job that runs twice across a
 * crash does no harm.
 */
@Component
public class OneNode {

	/** This node, as the claims name it: the JVM's name (its process id and host). */
	private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

	private final JdbcClient jdbc;

	OneNode(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims this period's turn of {@code job} for this node; answers whether it got it.
	 * Committed at once, in a transaction of its own, before the job runs.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean claim(String job, Duration period) {
		return jdbc.sql("""
				INSERT INTO scheduled_job AS j (name, started_at, node, runs)
				VALUES (:name, clock_timestamp(), :node, 1)
				ON CONFLICT (name) DO UPDATE SET started_at = clock_timestamp(), node = :node, runs = j.runs + 1
				WHERE j.started_at <= clock_timestamp() - make_interval(secs => :gap)
				RETURNING name""")
			.param("name", job)
			.param("node", NODE)
			.param("gap", period.toMillis() * 0.9 / 1000)
			.query(String.class)
			.optional()
			.isPresent();
	}

	/** Runs the job if this node claims its turn; answers whether it ran. */
	public boolean run(String job, Duration period, Runnable work) {
		if (!claim(job, period)) {
			return false;
		}
		work.run();
		return true;
	}

}
