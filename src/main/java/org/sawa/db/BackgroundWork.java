package org.sawa.db;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Work done in the background from a stored event (an annual report's generation, a large
 * import) keeps its state in a row: {@code queued}, {@code running}, then a final state;
 * while it runs, its node writes a sign of life ({@code heartbeat_at}, PostgreSQL's
 * clock) with each step. A node takes the work only when it is queued, or running on a
 * node silent for longer than the lease (ADR 0035): a listener that receives its event
 * twice (republished after a restart, or by a live node for a node that stopped) does it
 * once.
 */
public final class BackgroundWork {

	/** This node, as the rows name it. */
	private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

	private static final Logger log = LoggerFactory.getLogger(BackgroundWork.class);

	/** This node's sign of life, in an UPDATE of the row: {@code heartbeat_at = ...}. */
	public static final String SIGN_OF_LIFE = "heartbeat_at = clock_timestamp()";

	/**
	 * A row running on a node silent for longer than the lease ({@code :lease} seconds).
	 */
	private static final String ABANDONED = """
			state = 'running' AND (heartbeat_at IS NULL
			  OR heartbeat_at < clock_timestamp() - make_interval(secs => :lease))""";

	private BackgroundWork() {
	}

	/**
	 * Takes the row of {@code table} (a table name from code, never input) with this id
	 * for this node; answers false when it is finished (a request delivered again), and
	 * throws when another node is at it, so that the request stays incomplete and a live
	 * node takes it up if that node stops.
	 */
	public static boolean take(JdbcClient jdbc, String table, Object id, Duration lease) {
		boolean taken = jdbc.sql("""
				UPDATE %s SET state = 'running', %s, node = :node
				WHERE id = :id AND (state = 'queued' OR %s)
				RETURNING true""".formatted(table, SIGN_OF_LIFE, ABANDONED))
			.param("node", NODE)
			.param("id", id)
			.param("lease", lease.toSeconds())
			.query(Boolean.class)
			.optional()
			.isPresent();
		if (!taken && pending(jdbc, table, id)) {
			throw new IllegalStateException(table + " " + id + " is being worked on by another node");
		}
		return taken;
	}

	/** Whether the row of {@code table} with this id is still queued or running. */
	public static boolean pending(JdbcClient jdbc, String table, Object id) {
		String state = jdbc.sql("SELECT state FROM " + table + " WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse("");
		return "queued".equals(state) || "running".equals(state);
	}

	/** The ids of the rows running on nodes silent for longer than the lease. */
	static <T> List<T> abandoned(JdbcClient jdbc, String table, Duration lease, Class<T> idType) {
		return jdbc.sql("""
				SELECT id FROM %s WHERE %s ORDER BY id""".formatted(table, ABANDONED))
			.param("lease", lease.toSeconds())
			.query(idType)
			.list();
	}

	/**
	 * Takes up the work of nodes that stopped: the rows of {@code table} running on a
	 * node silent for longer than the lease have their stored requests (the incomplete
	 * event publications whose event {@code idOf} maps to one of them; {@code idOf}
	 * answers null for other events) delivered again, and their listener takes each once
	 * across the nodes. Answers the ids taken up.
	 */
	public static <T> List<T> resume(JdbcClient jdbc, String table, Duration lease, Class<T> idType,
			IncompleteEventPublications incomplete, Function<Object, T> idOf) {
		List<T> abandoned = abandoned(jdbc, table, lease, idType);
		if (!abandoned.isEmpty()) {
			log.warn("Work in {} left running by a node that stopped, taken up: {}", table, abandoned);
			incomplete.resubmitIncompletePublications(publication -> {
				T id = idOf.apply(publication.getEvent());
				return id != null && abandoned.contains(id);
			});
		}
		return abandoned;
	}

}
