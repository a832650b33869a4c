package org.sawa.commitment.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.sawa.account.Accounts;
import org.sawa.commitment.ActionPlans;
import org.sawa.commitment.Commitment;
import org.sawa.commitment.Milestone;
import org.sawa.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds a milestone's owner by e-mail, in their language, a set number of days before
 * its end date (or later, if that day was missed) while it is not finished. Each reminder
 * is claimed by a row in {@code commitment_reminder}, so it goes once even when every
 * node runs the job; moving the end date brings a new reminder.
 */
@Component
public class MilestoneReminders {

	private final Clock clock;

	private final JdbcClient jdbc;

	private final ActionPlans plans;

	private final Accounts accounts;

	private final Mailer mailer;

	private final MessageSource messages;

	private final int daysBefore;

	private final String baseUrl;

	MilestoneReminders(JdbcClient jdbc, ActionPlans plans, Accounts accounts, Mailer mailer, MessageSource messages,
			@Value("${sawa.commitment.reminder-days-before:14}") int daysBefore,
			@Value("${sawa.base-url}") String baseUrl, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.plans = plans;
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.daysBefore = daysBefore;
		this.baseUrl = baseUrl;
	}

	@Scheduled(fixedDelayString = "${sawa.commitment.reminder-every:PT1H}",
			initialDelayString = "${sawa.scheduled.initial-delay:PT2M}")
	void run() {
		remind(LocalDate.now(clock));
	}

	/**
	 * Sends the reminders due on {@code today}; returns how many milestones were
	 * reminded.
	 */
	@Transactional
	public int remind(LocalDate today) {
		List<Long> due = jdbc.sql("""
				SELECT id FROM commitment_milestone
				WHERE owner_id IS NOT NULL AND status NOT IN ('finished', 'incomplete')
				  AND ends_on >= :today AND ends_on <= :horizon
				ORDER BY ends_on, id""")
			.param("today", today)
			.param("horizon", today.plusDays(daysBefore))
			.query(Long.class)
			.list();
		int reminded = 0;
		for (long id : due) {
			Milestone milestone = plans.milestone(id).orElseThrow();
			int claimed = jdbc.sql(
					"INSERT INTO commitment_reminder (milestone_id, ends_on, sent_at) VALUES (:m, :d, :stampedAt) ON CONFLICT DO NOTHING")
				.param("stampedAt", Timestamp.from(clock.instant()))
				.param("m", id)
				.param("d", milestone.endsOn())
				.update();
			if (claimed == 1) {
				Commitment commitment = plans.byId(milestone.commitmentId()).orElseThrow();
				accounts.contact(milestone.ownerId()).ifPresent(contact -> {
					Locale locale = contact.locale();
					String end = milestone.endsOn().format(DateTimeFormatter.ISO_LOCAL_DATE);
					String subject = messages.getMessage("commitment.mail.reminder.subject",
							new Object[] { commitment.code(), milestone.position(), end }, locale);
					String text = messages.getMessage("commitment.mail.reminder.body", new Object[] {
							contact.displayName(), commitment.code(), commitment.title(), milestone.position(),
							milestone.description(), end,
							messages.getMessage("commitment.status." + milestone.status().code(), null, locale),
							baseUrl + "/commitments/" + commitment.code() + "#milestone-" + milestone.position() },
							locale);
					mailer.send(contact.email(), subject, text);
				});
				reminded++;
			}
		}
		return reminded;
	}

}
