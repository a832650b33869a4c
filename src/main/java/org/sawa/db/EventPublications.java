package org.sawa.db;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The event publication registry's rows once their listener is done (issue 23, ADR 0044).
 * Spring Modulith keeps a row, with the event's JSON, for every listener of every event
 * published, and marks it completed when the listener returns; it never removes one.
 * Every act of a person publishes one: at national scale the table would grow by the
 * millions, as large as the acts themselves. Completed publications are kept
 * {@code sawa.events.keep-completed} (an hour: what the registry did lately can still be
 * looked at), then removed every ten minutes on one node, oldest first, in batches. A
 * publication not completed (its listener still to run, failed or cut short by a crash)
 * is never removed: it is what the registry delivers again.
 * <p>
 * Why an hour and not a week: a new row's key is random, so it lands on any page of the
 * index; the first change of a page after a checkpoint (every five minutes) writes the
 * whole page to the log. An index holding a week of rows has more pages than five minutes
 * of acts touch: nearly every new row costs a page in the log. An hour's rows fit in a
 * twelfth of five minutes' pages (docs/performance.md: the log a signature writes, more
 * than halved).
 */
@Component
public class EventPublications {

	private static final Logger log = LoggerFactory.getLogger(EventPublications.class);

	/** Rows removed per transaction. */
	static final int BATCH = 10_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration keep;

	private final Batches batches;

	EventPublications(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions,
			@Value("${sawa.events.keep-completed:PT1H}") Duration keep) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.keep = keep;
		// a removal lost in a crash is made again at the next run
		this.batches = new Batches(transactions, "completed-events");
	}

	@Scheduled(fixedDelayString = "${sawa.events.prune-every:PT10M}",
			initialDelayString = "${sawa.events.prune-every:PT10M}")
	void removeCompleted() {
		long removed = removeCompletedBefore(clock.instant().minus(keep), BATCH);
		if (removed > 0) {
			log.info("Removed {} event publications completed more than {} ago", removed, keep);
		}
	}

	/**
	 * Removes the publications completed before {@code before}, {@code batch} rows per
	 * transaction; answers how many.
	 */
	long removeCompletedBefore(Instant before, int batch) {
		Timestamp until = Timestamp.from(before);
		return batches.all(batch, max -> jdbc.sql("""
				DELETE FROM event_publication WHERE id IN (
				  SELECT id FROM event_publication
				  WHERE completion_date < :before AND (status = 'COMPLETED' OR status IS NULL)
				  ORDER BY completion_date LIMIT :max)""").param("before", until).param("max", max).update());
	}

	/**
	 * The instant before which no event of these types can be delivered again: the time
	 * completed publications are kept (an hour) before now, or before the oldest
	 * publication of these types not completed yet, whichever is earlier (the margin
	 * covers the clocks of several nodes, and the commits a crash may lose are less than
	 * a second old). What a listener noted of the events it handled before that instant
	 * (to handle each once) is no longer needed.
	 */
	public Instant settledBefore(Collection<Class<?>> types) {
		List<String> names = types.stream().map(Class::getName).toList();
		Instant now = clock.instant();
		Instant from = jdbc.sql("""
				SELECT publication_date FROM event_publication
				WHERE completion_date IS NULL AND event_type IN (:types) ORDER BY publication_date LIMIT 1""")
			.param("types", names)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.filter(oldest -> oldest.isBefore(now))
			.orElse(now);
		return from.minus(keep);
	}

}
