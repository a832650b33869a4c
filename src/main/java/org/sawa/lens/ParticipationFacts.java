package org.sawa.lens;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.account.DemographicSnapshot;
import org.sawa.account.ParticipationRecorded;
import org.sawa.account.ParticipationWithdrawn;
import org.sawa.calendar.WorkingDays;
import org.sawa.db.AsyncCommit;
import org.sawa.db.Batches;
import org.sawa.db.EventPublications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns every {@link ParticipationRecorded} event into a count, exactly once, and answers
 * questions on those counts. The listener runs after the publishing transaction commits,
 * in its own transaction; the event publication registry retries it after a crash.
 */
@Service
public class ParticipationFacts {

	private static final Logger log = LoggerFactory.getLogger(ParticipationFacts.class);

	/** A count of participants for one value of one dimension. */
	public record Count(String channel, String option, long count) {
	}

	/** Marks forgotten per transaction. */
	static final int BATCH = 10_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final EventPublications publications;

	private final Batches batches;

	ParticipationFacts(JdbcClient jdbc, Clock clock, EventPublications publications,
			PlatformTransactionManager transactions) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.publications = publications;
		// a mark forgotten is one no event can need again; a removal lost in a crash is
		// made again at the next run
		this.batches = new Batches(transactions, "participation-marks");
	}

	@ApplicationModuleListener
	void on(ParticipationRecorded event) {
		count(event);
	}

	/**
	 * Counts the event unless it was already counted; answers whether it counted it now.
	 * One statement: the mark that the event was counted, the fact and its change for the
	 * rollup's fold (lens V2), the last two only when the mark is new (a republished
	 * event writes nothing).
	 */
	@Transactional(label = AsyncCommit.LABEL)
	public boolean count(ParticipationRecorded event) {
		LocalDate day = event.at().atZone(WorkingDays.MOROCCO).toLocalDate();
		return jdbc
			.sql("""
					WITH counted AS (
					  INSERT INTO participation_event_counted (event_id, counted_at) VALUES (:id, :at)
					  ON CONFLICT DO NOTHING RETURNING event_id
					), fact AS (
					  INSERT INTO participation_fact AS f (channel, territory_id, day, sex, age_band, disability, area, count)
					  SELECT :channel, :territory, :day, :sex, :band, :disability, :area, 1 FROM counted
					  ON CONFLICT (channel, territory_id, day, sex, age_band, disability, area)
					  DO UPDATE SET count = f.count + 1
					)
					INSERT INTO participation_change (channel, territory_id, day, sex, age_band, disability, area, delta)
					SELECT :channel, :territory, :day, :sex, :band, :disability, :area, 1 FROM counted""")
			.params(act(event.channel(), event.territoryId(), day, event.snapshot()))
			.param("id", event.id())
			.param("at", Timestamp.from(clock.instant()))
			.update() == 1;
	}

	/** An act's key, as the statements on facts and changes name it. */
	private static Map<String, Object> act(String channel, long territoryId, LocalDate day,
			DemographicSnapshot snapshot) {
		return Map.of("channel", channel, "territory", territoryId, "day", Date.valueOf(day), "sex", snapshot.sex(),
				"band", snapshot.ageBand(), "disability", snapshot.disability(), "area", snapshot.area());
	}

	/**
	 * The change of a fact, for the rollup's fold (lens V2): appended in the fact's
	 * transaction, no row shared with another act.
	 */
	private void changed(String channel, long territoryId, LocalDate day, DemographicSnapshot snapshot, int delta) {
		jdbc.sql("""
				INSERT INTO participation_change (channel, territory_id, day, sex, age_band, disability, area, delta)
				VALUES (:channel, :territory, :day, :sex, :band, :disability, :area, :delta)""")
			.params(act(channel, territoryId, day, snapshot))
			.param("delta", delta)
			.update();
	}

	@ApplicationModuleListener
	void on(ParticipationWithdrawn event) {
		withdraw(event);
	}

	/**
	 * Takes one count back from the fact the withdrawn act was counted in, once; a fact
	 * that falls to zero is removed. Answers whether it took it back now.
	 */
	@Transactional(label = AsyncCommit.LABEL)
	public boolean withdraw(ParticipationWithdrawn event) {
		if (!firstTime(event.id())) {
			return false;
		}
		String where = """
				channel = :channel AND territory_id = :territory AND day = :day AND sex = :sex AND age_band = :band
				AND disability = :disability AND area = :area""";
		LocalDate day = event.at().atZone(WorkingDays.MOROCCO).toLocalDate();
		for (String statement : List.of("UPDATE participation_fact SET count = count - 1 WHERE count > 1 AND " + where,
				"DELETE FROM participation_fact WHERE count = 1 AND " + where)) {
			int changed = jdbc.sql(statement)
				.params(act(event.channel(), event.territoryId(), day, event.snapshot()))
				.update();
			if (changed > 0) {
				// the rollup follows the fact: an act never counted (another snapshot,
				// another day) takes nothing back
				changed(event.channel(), event.territoryId(), day, event.snapshot(), -1);
				break;
			}
		}
		return true;
	}

	@Scheduled(fixedDelayString = "${sawa.events.prune-every:PT10M}",
			initialDelayString = "${sawa.events.prune-every:PT10M}")
	void forgetSettled() {
		long forgotten = forgetMarksBefore(
				publications.settledBefore(List.of(ParticipationRecorded.class, ParticipationWithdrawn.class)), BATCH);
		if (forgotten > 0) {
			log.info("Forgot the counted marks of {} settled events", forgotten);
		}
	}

	/**
	 * Forgets the marks of the events counted before {@code before}, {@code batch} per
	 * transaction, oldest first; answers how many. A mark only stops an event delivered
	 * again from being counted twice: once no event that old can be delivered again
	 * ({@link EventPublications#settledBefore}), it is not needed, and the table stays
	 * the size of an hour or two of acts instead of every act ever counted.
	 */
	long forgetMarksBefore(Instant before, int batch) {
		Timestamp until = Timestamp.from(before);
		return batches.all(batch, max -> jdbc
			.sql("""
					DELETE FROM participation_event_counted WHERE event_id IN (
					  SELECT event_id FROM participation_event_counted WHERE counted_at < :before ORDER BY counted_at LIMIT :max)""")
			.param("before", until)
			.param("max", max)
			.update());
	}

	/**
	 * Marks the event handled; answers false when it already was (a republished event).
	 */
	private boolean firstTime(java.util.UUID eventId) {
		return jdbc.sql(
				"INSERT INTO participation_event_counted (event_id, counted_at) VALUES (:id, :at) ON CONFLICT DO NOTHING")
			.param("id", eventId)
			.param("at", Timestamp.from(clock.instant()))
			.update() == 1;
	}

	/** The dimensions a fact is counted by. */
	static final List<String> DIMENSIONS = List.of("sex", "age_band", "disability", "area");

	/**
	 * A period longer than this many months is read from the territories' totals less the
	 * months outside it, a shorter one from its months.
	 */
	static final int LONG_PERIOD_MONTHS = 24;

	/**
	 * Participants per channel and option of every dimension in the territory and below
	 * ({@code subtree}), between two days inclusive, by dimension. Whole months (from a
	 * first to a last day of a month) are read from the rollup (the territory's own rows;
	 * for a period longer than {@link #LONG_PERIOD_MONTHS}, its totals less the months
	 * outside the period) plus the changes not folded yet, in one statement; other
	 * periods from the subtree's facts.
	 */
	public Map<String, List<Count>> byEveryDimension(long territoryId, Collection<Long> subtree, LocalDate from,
			LocalDate to) {
		Map<String, List<Count>> byDimension = new LinkedHashMap<>();
		DIMENSIONS.forEach(dimension -> byDimension.put(dimension, new ArrayList<>()));
		if (from.getDayOfMonth() != 1 || to.getDayOfMonth() != to.lengthOfMonth()) {
			for (String dimension : DIMENSIONS) {
				byDimension.put(dimension, byDimension(dimension, subtree, from, to));
			}
			return byDimension;
		}
		// a long period (to date: every month since 2000) from the territory's totals
		// less the months outside it, normally none (lens V4); a shorter one from its
		// months
		String kept = from.plusMonths(LONG_PERIOD_MONTHS).isBefore(to) ? """
				SELECT channel, dimension, option, count FROM participation_total WHERE territory_id = :id
				UNION ALL
				SELECT channel, dimension, option, -count FROM participation_rollup
				WHERE territory_id = :id AND (month < :from OR month > :toMonth)""" : """
				SELECT channel, dimension, option, count FROM participation_rollup
				WHERE territory_id = :id AND month BETWEEN :from AND :toMonth""";
		jdbc.sql("""
				SELECT channel, dimension, option, sum(count) AS count FROM (
				%s
				  UNION ALL
				  SELECT c.channel, d.dimension, d.option, c.delta FROM participation_change c,
				    LATERAL (VALUES ('sex', c.sex), ('age_band', c.age_band), ('disability', c.disability),
				                    ('area', c.area)) AS d(dimension, option)
				  WHERE c.territory_id = ANY(:ids) AND c.day BETWEEN :from AND :to) counted
				GROUP BY channel, dimension, option HAVING sum(count) <> 0
				ORDER BY channel, dimension, option""".formatted(kept))
			.param("id", territoryId)
			// one array, not a parameter per territory (the country's subtree: 1,588)
			.param("ids", subtree.toArray(Long[]::new))
			.param("from", Date.valueOf(from))
			.param("toMonth", Date.valueOf(to.withDayOfMonth(1)))
			.param("to", Date.valueOf(to))
			.query(rs -> {
				byDimension.get(rs.getString("dimension"))
					.add(new Count(rs.getString("channel"), rs.getString("option"), rs.getLong("count")));
			});
		return byDimension;
	}

	/**
	 * Participants per channel and option of one dimension ({@code sex},
	 * {@code age_band}, {@code disability}, {@code area}) in the given territories,
	 * between two days inclusive.
	 */
	public List<Count> byDimension(String dimension, Collection<Long> territoryIds, LocalDate from, LocalDate to) {
		String column = switch (dimension) {
			case "sex", "age_band", "disability", "area" -> dimension;
			default -> throw new IllegalArgumentException("unknown dimension " + dimension);
		};
		return jdbc.sql("""
				SELECT channel, %s AS option, sum(count) AS count FROM participation_fact
				WHERE territory_id IN (:ids) AND day BETWEEN :from AND :to
				GROUP BY channel, %s ORDER BY channel, %s""".formatted(column, column, column))
			.param("ids", territoryIds)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, n) -> new Count(rs.getString("channel"), rs.getString("option"), rs.getLong("count")))
			.list();
	}

}
