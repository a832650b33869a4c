package org.sawa.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Sends plain-text, UTF-8 mail. */
@Service
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final ObjectProvider<JavaMailSender> sender;
	private final String from;

	Mailer(ObjectProvider<JavaMailSender> sender, @Value("${sawa.mail.from}") String from) {
		this.sender = sender;
		this.from = from;
	}

	/** Sends the mail, or logs it when no SMTP server is configured. Failures are logged, never thrown. */
	public void send(String to, String subject, String body) {
		JavaMailSender smtp = sender.getIfAvailable();
		if (smtp == null) {
			log.info("Mail (no SMTP configured) to={} subject={}\n{}", to, subject, body);
			return;
		}
		try {
			MimeMessage message = smtp.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(body, false);
			smtp.send(message);
		}
		catch (MessagingException | MailException ex) {
			log.warn("Could not send mail to {}: {}", to, ex.getMessage());
		}
	}

	/**
	 * Sends the mail once the current transaction commits (at once outside a transaction): a
	 * refused or rolled-back action mails no one.
	 */
	public void sendAfterCommit(String to, String subject, String body) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			send(to, subject, body);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				send(to, subject, body);
			}
		});
	}
}
