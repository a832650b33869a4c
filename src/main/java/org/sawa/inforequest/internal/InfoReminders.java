package org.sawa.inforequest.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sawa.inforequest.InfoBodies;
import org.sawa.inforequest.InfoDeadlines;
import org.sawa.inforequest.InfoRequest;
import org.sawa.inforequest.InfoRequests;
import org.sawa.inforequest.InfoRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds a body's officers of a deadline the configured number of working days before it
 * (or later, if the reminder day was missed). Each reminder is claimed by a row in
 * {@code info_reminder}, so it goes once even when every node runs the job.
 */
@Component
public class InfoReminders {

	private final Clock clock;

	private final JdbcClient jdbc;

	private final InfoRules rules;

	private final InfoRequests requests;

	private final InfoBodies bodies;

	private final InfoNotices notices;

	InfoReminders(JdbcClient jdbc, InfoRules rules, InfoRequests requests, InfoBodies bodies, InfoNotices notices,
			Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.rules = rules;
		this.requests = requests;
		this.bodies = bodies;
		this.notices = notices;
	}

	@Scheduled(fixedDelayString = "${sawa.inforequest.reminder-every:PT1H}",
			initialDelayString = "${sawa.scheduled.initial-delay:PT2M}")
	void run() {
		remind(LocalDate.now(clock));
	}

	/**
	 * Sends the reminders due on {@code today}; returns how many requests were reminded.
	 */
	@Transactional
	public int remind(LocalDate today) {
		InfoDeadlines law = rules.deadlines();
		List<Long> due = jdbc.sql("""
				SELECT id FROM info_request
				WHERE due_on IS NOT NULL AND due_on >= :today
				  AND status IN ('received', 'extended', 'complaint_head', 'complaint_cdai')
				ORDER BY due_on""").param("today", today).query(Long.class).list();
		int reminded = 0;
		for (long id : due) {
			InfoRequest request = requests.byId(id).orElseThrow();
			if (law.reminderOn(request.dueOn()).isAfter(today)) {
				continue;
			}
			int claimed = jdbc.sql(
					"INSERT INTO info_reminder (request_id, due_on, sent_at) VALUES (:r, :d, :stampedAt) ON CONFLICT DO NOTHING")
				.param("stampedAt", Timestamp.from(clock.instant()))
				.param("r", id)
				.param("d", request.dueOn())
				.update();
			if (claimed == 1) {
				bodies.officers(request.bodyId()).forEach(officer -> notices.reminder(request, officer));
				reminded++;
			}
		}
		return reminded;
	}

}
