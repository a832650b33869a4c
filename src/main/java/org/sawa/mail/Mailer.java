package org.sawa.mail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Asks for plain-text, UTF-8 mail: the one way any module sends mail. */
@Service
public class Mailer {

	private final ApplicationEventPublisher events;

	Mailer(ApplicationEventPublisher events) {
		this.events = events;
	}

	/**
	 * Sends the mail once the current transaction commits (a transaction of its own when
	 * there is none): a refused or rolled-back action mails no one, and a committed one
	 * mails for sure ({@link MailRequested}).
	 */
	@Transactional
	public void send(String to, String subject, String body) {
		events.publishEvent(new MailRequested(to, subject, body));
	}

}
