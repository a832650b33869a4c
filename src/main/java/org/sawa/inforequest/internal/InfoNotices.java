package org.sawa.inforequest.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.sawa.account.Accounts;
import org.sawa.casework.StepTaken;
import org.sawa.inforequest.InfoBodies;
import org.sawa.inforequest.InfoBody;
import org.sawa.inforequest.InfoRequest;
import org.sawa.inforequest.InfoRequests;
import org.sawa.follow.Changes;
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

	private final Changes changes;

	InfoNotices(InfoRequests requests, Accounts accounts, InfoBodies bodies, Mailer mailer, MessageSource messages,
			Changes changes, @Value("${sawa.base-url}") String baseUrl) {
		this.changes = changes;
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
	 * The dated receipt to the requester, if their address is confirmed; the new request
	 * to each officer of the body.
	 */
	public void filed(InfoRequest request, InfoBody body) {
		if (requests.addressConfirmed(request.id())) {
			receipt(request, body);
		}
		for (long officer : bodies.officers(body.id())) {
			accounts.contact(officer).ifPresent(contact -> {
				Locale locale = contact.locale();
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

	/** The dated receipt, to the requester's confirmed address. */
	public void receipt(InfoRequest request, InfoBody body) {
		Locale locale = Locale.forLanguageTag(request.language());
		String subject = messages.getMessage("info.mail.receipt.subject", new Object[] { request.reference() }, locale);
		String text = messages.getMessage("info.mail.receipt.body",
				new Object[] { request.firstName(), request.reference(), body.name(locale),
						request.receivedOn().format(DateTimeFormatter.ISO_LOCAL_DATE), request.subject(),
						request.dueOn() == null ? "" : request.dueOn().format(DateTimeFormatter.ISO_LOCAL_DATE),
						link(request) },
				locale);
		mailer.send(request.email(), subject, text);
	}

	/**
	 * The one mail to a paper request's address before its owner confirms it: what was
	 * recorded (the reference and the body, no text anyone typed) and the link that
	 * confirms. Nothing else is mailed there until then.
	 */
	public void confirmAddress(InfoRequest request, InfoBody body, String token) {
		Locale locale = Locale.forLanguageTag(request.language());
		String subject = messages.getMessage("info.mail.confirm.subject", new Object[] { request.reference() }, locale);
		String text = messages.getMessage("info.mail.confirm.body", new Object[] { request.reference(),
				body.name(locale), baseUrl + "/information/confirm-address/" + token }, locale);
		mailer.send(request.email(), subject, text);
	}

	/**
	 * Each step of a request after its receipt (mailed by {@link #filed}), once recorded;
	 * it leaves if the step commits.
	 */
	@EventListener(condition = "#step.caseKind() == 'info-request' and #step.kind() != 'received'")
	void stepReached(StepTaken step) {
		requests.byId(step.caseId()).ifPresent(request -> {
			stepReached(request, step.kind(), step.note());
			// to those who follow it from its published page (a request is followed only
			// once public; its territory's followers are not told of private requests)
			changes.record(Changes.Change.of("inforequest", request.reference(), null, request.subject(),
					"follow.change.request", List.of("#info.step." + step.kind()),
					"/information/archive/" + request.reference()));
		});
	}

	/** A step of the request, to the requester. */
	private void stepReached(InfoRequest request, String kind, String note) {
		if (!requests.addressConfirmed(request.id())) {
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
			Locale locale = contact.locale();
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
