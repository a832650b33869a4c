package org.sawa.lens;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.sawa.account.ParticipationRecorded;
import org.sawa.account.ParticipationWithdrawn;
import org.sawa.calendar.WorkingDays;
import org.sawa.db.AsyncCommit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns every {@link ParticipationRecorded} event into a count, exactly once, and answers
 * questions on those counts. The listener runs after the publishing transaction commits,
 * in its own transaction; the event publication registry retries it after a crash.
 */
@Service
public class ParticipationFacts {

	/** A count of participants for one value of one dimension. */
	public record Count(String channel, String option, long count) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	ParticipationFacts(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(ParticipationRecorded event) {
		count(event);
	}

	/**
	 * Counts the event unless it was already counted; answers whether it counted it now.
	 */
	@Transactional(label = AsyncCommit.LABEL)
	public boolean count(ParticipationRecorded event) {
		if (!firstTime(event.id())) {
			return false;
		}
		LocalDate day = event.at().atZone(WorkingDays.MOROCCO).toLocalDate();
		jdbc.sql("""
				INSERT INTO participation_fact AS f (channel, territory_id, day, sex, age_band, disability, area, count)
				VALUES (:channel, :territory, :day, :sex, :band, :disability, :area, 1)
				ON CONFLICT (channel, territory_id, day, sex, age_band, disability, area)
				DO UPDATE SET count = f.count + 1""")
			.param("channel", event.channel())
			.param("territory", event.territoryId())
			.param("day", Date.valueOf(day))
			.param("sex", event.snapshot().sex())
			.param("band", event.snapshot().ageBand())
			.param("disability", event.snapshot().disability())
			.param("area", event.snapshot().area())
			.update();
		return true;
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
				.param("channel", event.channel())
				.param("territory", event.territoryId())
				.param("day", Date.valueOf(day))
				.param("sex", event.snapshot().sex())
				.param("band", event.snapshot().ageBand())
				.param("disability", event.snapshot().disability())
				.param("area", event.snapshot().area())
				.update();
			if (changed > 0) {
				break;
			}
		}
		return true;
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

	/** The channels with any participation in the given territories. */
	public List<String> channels(Collection<Long> territoryIds) {
		return jdbc.sql("SELECT DISTINCT channel FROM participation_fact WHERE territory_id IN (:ids) ORDER BY channel")
			.param("ids", territoryIds)
			.query(String.class)
			.list();
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
