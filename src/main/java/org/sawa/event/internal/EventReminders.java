package org.sawa.event.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.sawa.event.Events;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds each person registered for an event by e-mail, in her language, a set number of
 * hours before it begins (or later, if the job missed that hour, until it begins). Each
 * reminder is claimed by stamping the registration, so it goes once even when every node
 * runs the job; registering again after cancelling brings a new one.
 */
@Component
public class EventReminders {

	private final JdbcClient jdbc;

	private final Events events;

	private final EventNotices notices;

	private final Duration before;

	private final Clock clock;

	EventReminders(JdbcClient jdbc, Events events, EventNotices notices,
			@Value("${sawa.event.reminder-before:PT24H}") Duration before, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.notices = notices;
		this.before = before;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${sawa.event.reminder-every:PT15M}",
			initialDelayString = "${sawa.scheduled.initial-delay:PT2M}")
	void run() {
		remind();
	}

	/** Sends the reminders due now; answers how many. */
	@Transactional
	public int remind() {
		Instant now = clock.instant();
		record Due(long eventId, long personId) {
		}
		List<Due> due = jdbc.sql("""
				UPDATE event_registration r SET reminded_at = :now
				FROM event_event e
				WHERE e.id = r.event_id AND r.cancelled_at IS NULL AND r.reminded_at IS NULL
				  AND e.cancelled_at IS NULL AND e.starts_at > :now AND e.starts_at <= :horizon
				RETURNING r.event_id, r.person_id""")
			.param("now", Timestamp.from(now))
			.param("horizon", Timestamp.from(now.plus(before)))
			.query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2)))
			.list();
		due.forEach(d -> events.byId(d.eventId()).ifPresent(event -> notices.reminder(event, d.personId())));
		return due.size();
	}

}
