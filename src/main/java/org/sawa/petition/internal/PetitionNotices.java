package org.sawa.petition.internal;

import java.util.List;
import java.util.Locale;
import org.sawa.account.Accounts;
import org.sawa.casework.StepTaken;
import org.sawa.follow.Changes;
import org.sawa.mail.Mailer;
import org.sawa.petition.Petition;
import org.sawa.petition.Petitions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a petition's agent, by e-mail in their language, that the petition reached a
 * step. The mail leaves only once the step is committed: a refused or rolled-back action
 * mails no one.
 */
@Component
class PetitionNotices {

	private final Accounts accounts;

	private final Mailer mailer;

	private final MessageSource messages;

	private final String baseUrl;

	private final Petitions petitions;

	private final Changes changes;

	PetitionNotices(Petitions petitions, Accounts accounts, Mailer mailer, MessageSource messages, Changes changes,
			@Value("${sawa.base-url}") String baseUrl) {
		this.changes = changes;
		this.petitions = petitions;
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/**
	 * Each step of a petition but its drafting, once recorded; the mail leaves if the
	 * step commits.
	 */
	@EventListener(condition = "#step.caseKind() == 'petition' and #step.kind() != 'draft'")
	void stepReached(StepTaken step) {
		petitions.byId(step.caseId()).ifPresent(petition -> {
			stepReached(petition, step.kind(), step.detail());
			// only those who follow the petition itself: a territory's followers learn of
			// a petition once it is public, from its page
			changes.record(Changes.Change.of("petition", petition.reference(), null, petition.title(),
					"follow.change.petition", List.of("#petition.status." + step.kind()),
					"/petitions/" + petition.reference()));
		});
	}

	private void stepReached(Petition petition, String status, String detail) {
		accounts.contact(petition.agentId()).ifPresent(contact -> {
			Locale locale = contact.locale();
			String statusName = messages.getMessage("petition.status." + status, null, status, locale);
			String subject = messages.getMessage("petition.mail.subject",
					new Object[] { petition.reference(), statusName }, locale);
			String body = messages.getMessage("petition.mail.body", new Object[] { contact.displayName(),
					petition.title(), statusName, detail, baseUrl + "/petitions/" + petition.reference() }, locale);
			mailer.send(contact.email(), subject, body);
		});
	}

}
