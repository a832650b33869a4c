package org.sawa.follow.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sawa.account.Accounts;
import org.sawa.follow.Follows;
import org.sawa.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends what people follow: to those told at once, every notice waiting (several in one
 * mail when they came together); to the others one digest a day, or a week (on Monday),
 * from seven in the morning in Morocco. Each notice is claimed by stamping it, so it goes
 * once even when every node runs the job. Every mail is in the person's language, with a
 * link under each change to stop following it and one to stop following everything.
 */
@Component
public class Digests {

	/** The hour (Morocco) from which a day's or a week's digest goes. */
	static final int MORNING = 7;

	private record Notice(long subscriptionId, String title, String key, String[] arguments, String path) {
	}

	private record Waiting(long personId, String frequency, Instant lastDigest) {
	}

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final Follows follows;

	private final Mailer mailer;

	private final MessageSource messages;

	private final String baseUrl;

	private final Clock clock;

	Digests(JdbcClient jdbc, Accounts accounts, Follows follows, Mailer mailer, MessageSource messages,
			@Value("${sawa.base-url}") String baseUrl, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.follows = follows;
		this.mailer = mailer;
		this.messages = messages;
		this.baseUrl = baseUrl;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${sawa.follow.send-every:PT5M}", initialDelayString = "PT3M")
	void run() {
		send();
	}

	/** Sends the mails due now; answers how many. */
	@Transactional
	public int send() {
		Instant now = clock.instant();
		ZonedDateTime here = now.atZone(clock.getZone());
		List<Waiting> waiting = jdbc.sql("""
				SELECT DISTINCT n.person_id, coalesce(s.frequency, 'immediate') AS frequency, s.last_digest_at
				FROM follow_notice n LEFT JOIN follow_setting s ON s.person_id = n.person_id
				WHERE n.sent_at IS NULL ORDER BY n.person_id""")
			.query((rs, n) -> new Waiting(rs.getLong(1), rs.getString(2),
					rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
			.list();
		int sent = 0;
		for (Waiting w : waiting) {
			if (due(w, here)) {
				sent += mail(w, now) ? 1 : 0;
			}
		}
		return sent;
	}

	static boolean due(Waiting w, ZonedDateTime here) {
		if ("immediate".equals(w.frequency())) {
			return true;
		}
		if (here.getHour() < MORNING) {
			return false;
		}
		ZonedDateTime last = w.lastDigest() == null ? null : w.lastDigest().atZone(here.getZone());
		if ("daily".equals(w.frequency())) {
			return last == null || last.toLocalDate().isBefore(here.toLocalDate());
		}
		return here.getDayOfWeek() == DayOfWeek.MONDAY
				&& (last == null || ChronoUnit.DAYS.between(last.toLocalDate(), here.toLocalDate()) >= 7);
	}

	/** The arguments, those written {@code #key} translated. */
	private Object[] translated(String[] arguments, Locale locale) {
		Object[] out = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			String a = arguments[i];
			out[i] = a.startsWith("#") ? messages.getMessage(a.substring(1), null, a.substring(1), locale) : a;
		}
		return out;
	}

	private boolean mail(Waiting w, Instant now) {
		List<Notice> notices = jdbc.sql("""
				UPDATE follow_notice SET sent_at = :now WHERE person_id = :p AND sent_at IS NULL
				RETURNING subscription_id, title, message_key, arguments, path, created_at""")
			.param("now", Timestamp.from(now))
			.param("p", w.personId())
			.query((rs, n) -> new Notice(rs.getLong(1), rs.getString(2), rs.getString(3),
					(String[]) rs.getArray(4).getArray(), rs.getString(5)))
			.list();
		if (!"immediate".equals(w.frequency())) {
			jdbc.sql("UPDATE follow_setting SET last_digest_at = :now WHERE person_id = :p")
				.param("now", Timestamp.from(now))
				.param("p", w.personId())
				.update();
		}
		var contact = accounts.contact(w.personId());
		if (notices.isEmpty() || contact.isEmpty()) {
			return false;
		}
		Locale locale = contact.get().locale();
		List<String> parts = new ArrayList<>();
		for (Notice n : notices) {
			parts.add(messages.getMessage("follow.mail.item", new Object[] { n.title(),
					messages.getMessage(n.key(), translated(n.arguments(), locale), locale), baseUrl + n.path(),
					baseUrl + "/follow/stop/" + n.subscriptionId() + "/" + follows.token("one", n.subscriptionId()) },
					locale));
		}
		String subject = notices.size() == 1
				? messages.getMessage("follow.mail.one", new Object[] { notices.get(0).title() }, locale)
				: messages.getMessage("follow.mail.several", new Object[] { notices.size() }, locale);
		String body = messages.getMessage("follow.mail.body",
				new Object[] { contact.get().displayName(), String.join("\n", parts), baseUrl + "/me/follows",
						baseUrl + "/follow/stop-all/" + w.personId() + "/" + follows.token("all", w.personId()) },
				locale);
		mailer.send(contact.get().email(), subject, body);
		return true;
	}

}
