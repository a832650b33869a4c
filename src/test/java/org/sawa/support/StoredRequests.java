package org.sawa.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Background work's stored requests (event publications), as a crash leaves them: not
 * marked done. The registry marks a request done just after its listener returns, a
 * moment after the work's own row says finished; reopened before that mark, a request
 * would be closed again behind the test, and nothing would take it up.
 */
public final class StoredRequests {

	private StoredRequests() {
	}

	/**
	 * The requests of {@code type} not marked done, once they are all done or after 30 s.
	 */
	public static long notDone(JdbcClient jdbc, Class<?> type) {
		return await(() -> jdbc.sql("""
				SELECT count(*) FROM event_publication WHERE event_type = :type AND completion_date IS NULL""")
			.param("type", type.getName())
			.query(Long.class)
			.single(), count -> count == 0);
	}

	/**
	 * Waits (up to 30 s) until the one request of {@code type} whose stored event
	 * contains {@code naming} is marked done, then marks it not done.
	 */
	public static void reopen(JdbcClient jdbc, Class<?> type, String naming) {
		String like = "%" + naming + "%";
		await(() -> jdbc.sql("""
				SELECT count(*) FROM event_publication
				WHERE event_type = :type AND serialized_event LIKE :like AND completion_date IS NOT NULL""")
			.param("type", type.getName())
			.param("like", like)
			.query(Long.class)
			.single(), count -> count > 0);
		int reopened = jdbc.sql("""
				UPDATE event_publication SET completion_date = NULL
				WHERE event_type = :type AND serialized_event LIKE :like""")
			.param("type", type.getName())
			.param("like", like)
			.update();
		assertThat(reopened).as("the request is kept by the event publication registry").isEqualTo(1);
	}

	/**
	 * A publication as the registry stores one, of an event {@code type} no listener has,
	 * published at {@code published} and completed at {@code completed} (null: not
	 * completed) with {@code status}; answers its id.
	 */
	public static UUID stored(JdbcClient jdbc, String type, Instant published, Instant completed, String status) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
				  completion_date, status, completion_attempts)
				VALUES (:id, 'test.listener', :type, :json, :published, :completed, :status, 1)""")
			.param("id", id)
			.param("type", type)
			.param("json", "{\"row\":\"" + id + "\"}")
			.param("published", Timestamp.from(published))
			.param("completed", completed == null ? null : Timestamp.from(completed))
			.param("status", status)
			.update();
		return id;
	}

	/**
	 * Reads {@code count} until {@code enough} holds or 30 s have passed; the last count.
	 */
	private static long await(Supplier<Long> count, LongPredicate enough) {
		long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		long last = count.get();
		while (!enough.test(last) && System.nanoTime() < until) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
			last = count.get();
		}
		return last;
	}

}
