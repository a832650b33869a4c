package org.sawa.db;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Work done in the background from a stored event (an annual report's generation, a large
 * import) keeps its state in a row: {@code queued}, {@code running}, then a final state.
 * A listener that may receive its event twice (republished after a restart) asks here
 * whether the work is still to do.
 */
public final class BackgroundWork {

	private BackgroundWork() {
	}

	/**
	 * Whether the row of {@code table} (a table name from code, never input) with this id
	 * is still queued or running.
	 */
	public static boolean pending(JdbcClient jdbc, String table, Object id) {
		String state = jdbc.sql("SELECT state FROM " + table + " WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse("");
		return "queued".equals(state) || "running".equals(state);
	}

}
