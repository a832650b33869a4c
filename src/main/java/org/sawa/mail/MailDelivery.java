package org.sawa.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends each {@link MailRequested} after its transaction committed, through SMTP (or to
 * the log when no server is configured). A failure is thrown, so the event publication
 * stays incomplete: it is delivered again when the application starts
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}) and by the
 * retry below.
 */
@Component
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	/** Any number: the advisory lock that lets one node at a time retry failed mail. */
	private static final long RETRY_LOCK = 7_245_001L;

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	private final IncompleteEventPublications incomplete;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration retryAfter;

	MailDelivery(ObjectProvider<JavaMailSender> sender, @Value("${sawa.mail.from}") String from,
			IncompleteEventPublications incomplete, JdbcClient jdbc, Clock clock,
			@Value("${sawa.mail.retry-after:PT10M}") Duration retryAfter) {
		this.sender = sender;
		this.from = from;
		this.incomplete = incomplete;
		this.jdbc = jdbc;
		this.clock = clock;
		this.retryAfter = retryAfter;
	}

	@ApplicationModuleListener
	void deliver(MailRequested mail) {
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp == null) {
			log.info("Mail (no SMTP configured) to={} subject={}\n{}", mail.to(), mail.subject(), mail.body());
			return;
		}
		try {
			MimeMessage message = smtp.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(from);
			helper.setTo(mail.to());
			helper.setSubject(mail.subject());
			helper.setText(mail.body(), false);
			smtp.send(message);
		}
		catch (MessagingException ex) {
			throw new MailSendException("Could not send mail to " + mail.to(), ex);
		}
	}

	/**
	 * Mail that could not be sent (SMTP down) is tried again every few minutes, by one
	 * node at a time; a mail is retried only once it is older than
	 * {@code sawa.mail.retry-after}, so one still on its way is not sent twice.
	 */
	@Scheduled(fixedDelayString = "${sawa.mail.retry-every:PT5M}", initialDelayString = "${sawa.mail.retry-every:PT5M}")
	@Transactional
	public void retryFailed() {
		boolean mine = jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)")
			.param("lock", RETRY_LOCK)
			.query(Boolean.class)
			.single();
		if (!mine) {
			return;
		}
		var before = clock.instant().minus(retryAfter);
		incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof MailRequested
				&& publication.getPublicationDate().isBefore(before));
	}

}
