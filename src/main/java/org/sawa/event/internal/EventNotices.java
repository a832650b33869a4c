package org.sawa.event.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.sawa.account.Accounts;
import org.sawa.event.Event;
import org.sawa.event.EventTexts;
import org.sawa.follow.Changes;
import org.sawa.mail.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails of an event to a person, in her language: her registration confirmed (with
 * the needs she asked for and what the venue offers), cancelled, and the reminder before
 * the event; each with the event's page and its iCalendar file.
 */
@Component
public class EventNotices {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Accounts accounts;

	private final EventTexts texts;

	private final Mailer mailer;

	private final MessageSource messages;

	private final String baseUrl;

	private final Changes changes;

	EventNotices(Accounts accounts, EventTexts texts, Mailer mailer, MessageSource messages, Changes changes,
			@Value("${sawa.base-url}") String baseUrl) {
		this.changes = changes;
		this.accounts = accounts;
		this.texts = texts;
		this.mailer = mailer;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	public void registered(Event event, long personId, boolean updated) {
		send(event, personId, updated ? "updated" : "registered");
	}

	public void cancelled(Event event, long personId) {
		send(event, personId, "cancelled");
	}

	public void reminder(Event event, long personId) {
		send(event, personId, "reminder");
	}

	/**
	 * A new event (the first of a series): those who follow its consultation or its
	 * territory are told.
	 */
	public void scheduled(Event event, String processCode) {
		var change = Changes.Change.of("event", String.valueOf(event.id()),
				event.communeId() == null ? event.territoryId() : event.communeId(), event.title(),
				"follow.change.event", List.of(WHEN.format(event.startsAt().atZone(Event.ZONE))),
				"/events/" + event.id());
		changes.record(processCode == null ? change : change.and("consultation", processCode));
	}

	/** The event itself is cancelled, with the reason staff gave. */
	public void eventCancelled(Event event, long personId, String reason) {
		send(event, personId, "eventCancelled", reason);
	}

	private void send(Event event, long personId, String which) {
		send(event, personId, which, "");
	}

	private void send(Event event, long personId, String which, String reason) {
		accounts.contact(personId).ifPresent(contact -> {
			Locale locale = contact.locale();
			Event shown = texts.in(event, locale.getLanguage()).event();
			String page = baseUrl + "/events/" + event.id();
			String subject = messages.getMessage("event.mail." + which + ".subject", new Object[] { shown.title() },
					locale);
			String body = messages
				.getMessage("event.mail." + which + ".body",
						new Object[] { contact.displayName(), shown.title(), when(event.startsAt()),
								when(event.endsAt()), where(event, locale), page, page + "/calendar.ics", reason },
						locale);
			mailer.send(contact.email(), subject, body);
		});
	}

	private static String when(Instant at) {
		return WHEN.format(at.atZone(Event.ZONE));
	}

	private String where(Event event, Locale locale) {
		StringBuilder where = new StringBuilder(event.place());
		if (event.online()) {
			where.append(where.isEmpty() ? "" : " / ").append(event.onlineUrl());
		}
		for (String offer : new String[] { "step_free", "sign_language", "childcare" }) {
			if (event.venue().offers(offer)) {
				where.append("\n- ").append(messages.getMessage("event.venue." + offer, null, locale));
			}
		}
		return where.toString();
	}

}
