package org.sawa.inforequest.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sawa.account.Accounts;
import org.sawa.casework.StepTaken;
import org.sawa.inforequest.InfoBodies;
import org.sawa.inforequest.InfoBody;
import org.sawa.inforequest.InfoRequest;
import org.sawa.inforequest.InfoRequests;
import org.sawa.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails about requests, in the reader's language, once the step is committed: the receipt
 * and every step to the requester (at the address on the request), a new request to the
 * body's officers, and the reminder before a deadline.
 */
@Component
public class InfoNotices {

	private final Accounts accounts;

	private final InfoBodies bodies;

	private final Mailer mailer;

	private final MessageSource messages;

	private final String baseUrl;

	private final InfoRequests requests;

	InfoNotices(InfoRequests requests, Accounts accounts, InfoBodies bodies, Mailer mailer, MessageSource messages,
			@Value("${sawa.base-url}") String baseUrl) {
		this.requests = requests;
		this.accounts = accounts;
		this.bodies = bodies;
		this.mailer = mailer;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	private String link(InfoRequest request) {
		return baseUrl + "/information/requests/" + request.reference();
	}

	/**
	 * The dated receipt to the requester; the new request to each officer of the body.
	 */
	public void filed(InfoRequest request, InfoBody body) {
		if (!request.email().isEmpty()) {
			Locale locale = Locale.forLanguageTag(request.language());
			String subject = messages.getMessage("info.mail.receipt.subject", new Object[] { request.reference() },
					locale);
			String text = messages.getMessage("info.mail.receipt.body",
					new Object[] { request.firstName(), request.reference(), body.name(locale),
							request.receivedOn().format(DateTimeFormatter.ISO_LOCAL_DATE), request.subject(),
							request.dueOn() == null ? "" : request.dueOn().format(DateTimeFormatter.ISO_LOCAL_DATE),
							link(request) },
					locale);
			mailer.send(request.email(), subject, text);
		}
		for (long officer : bodies.officers(body.id())) {
			accounts.contact(officer).ifPresent(contact -> {
				Locale locale = Locale.forLanguageTag(contact.language() == null ? "ar" : contact.language());
				String subject = messages.getMessage("info.mail.new.subject",
						new Object[] { request.reference(), body.name(locale) }, locale);
				String text = messages
					.getMessage("info.mail.new.body",
							new Object[] { contact.displayName(), request.reference(), request.subject(),
									request.dueOn() == null ? ""
											: request.dueOn().format(DateTimeFormatter.ISO_LOCAL_DATE),
									link(request) },
							locale);
				mailer.send(contact.email(), subject, text);
			});
		}
	}

	/**
	 * Each step of a request after its receipt (mailed by {@link #filed}), once recorded;
	 * it leaves if the step commits.
	 */
	@EventListener(condition = "#step.caseKind() == 'info-request' and #step.kind() != 'received'")
	void stepReached(StepTaken step) {
		requests.byId(step.caseId()).ifPresent(request -> stepReached(request, step.kind(), step.note()));
	}

	/** A step of the request, to the requester. */
	private void stepReached(InfoRequest request, String kind, String note) {
		if (request.email().isEmpty()) {
			return;
		}
		Locale locale = Locale.forLanguageTag(request.language());
		String step = messages.getMessage("info.step." + kind, null, kind, locale);
		String subject = messages.getMessage("info.mail.step.subject", new Object[] { request.reference(), step },
				locale);
		String text = messages.getMessage("info.mail.step.body",
				new Object[] { request.firstName(), request.subject(), step, note, link(request) }, locale);
		mailer.send(request.email(), subject, text);
	}

	/** The reminder to an officer that a deadline is near. */
	void reminder(InfoRequest request, long officerId) {
		accounts.contact(officerId).ifPresent(contact -> {
			Locale locale = Locale.forLanguageTag(contact.language() == null ? "ar" : contact.language());
			String subject = messages.getMessage("info.mail.reminder.subject",
					new Object[] { request.reference(), request.dueOn().format(DateTimeFormatter.ISO_LOCAL_DATE) },
					locale);
			String text = messages.getMessage("info.mail.reminder.body",
					new Object[] { contact.displayName(), request.reference(), request.subject(),
							request.dueOn().format(DateTimeFormatter.ISO_LOCAL_DATE), link(request) },
					locale);
			mailer.send(contact.email(), subject, text);
		});
	}

}
