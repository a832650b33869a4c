package org.sawa.feedback.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sawa.account.Accounts;
import org.sawa.casework.StepTaken;
import org.sawa.feedback.Categories;
import org.sawa.feedback.Report;
import org.sawa.feedback.ReportKeys;
import org.sawa.feedback.Reports;
import org.sawa.follow.Changes;
import org.sawa.inforequest.InfoBodies;
import org.sawa.inforequest.InfoBody;
import org.sawa.mail.Mailer;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails about reports, in the reader's language, leaving only if the step commits (the
 * mail outbox): the receipt with the tracking number and link, and each step the body
 * takes, to the person (her account's address, or the one she gave); a new report, new
 * details and a reopening to the body's staff; each public step to those who follow the
 * report. A phone number alone is not messaged: staff call.
 */
@Component
public class FeedbackNotices {

	private final Reports reports;

	private final Categories categories;

	private final InfoBodies bodies;

	private final Territories territories;

	private final Accounts accounts;

	private final ReportKeys keys;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Changes changes;

	private final String baseUrl;

	FeedbackNotices(Reports reports, Categories categories, InfoBodies bodies, Territories territories,
			Accounts accounts, ReportKeys keys, Mailer mailer, MessageSource messages, Changes changes,
			@Value("${sawa.base-url}") String baseUrl) {
		this.reports = reports;
		this.categories = categories;
		this.bodies = bodies;
		this.territories = territories;
		this.accounts = accounts;
		this.keys = keys;
		this.mailer = mailer;
		this.messages = messages;
		this.changes = changes;
		this.baseUrl = baseUrl;
	}

	/** Where the person reads her report: with its key when she has no account. */
	private String link(Report report) {
		return baseUrl + "/feedback/reports/" + report.number()
				+ keys.key(report.id()).map(k -> "?key=" + k).orElse("");
	}

	/** The person's address and language: her account's, else what she gave. */
	private Optional<Recipient> reporter(Report report) {
		if (report.reporterId() != null) {
			return accounts.contact(report.reporterId())
				.map(c -> new Recipient(c.email(), c.locale(), c.displayName()));
		}
		return report.contactEmail().isEmpty() ? Optional.empty()
				: Optional.of(new Recipient(report.contactEmail(), Locale.forLanguageTag(report.language()), ""));
	}

	private record Recipient(String email, Locale locale, String name) {
	}

	/** The receipt to the person; the new report to the body's staff. */
	public void received(long reportId) {
		Report report = reports.byId(reportId).orElseThrow();
		reporter(report).ifPresent(to -> {
			String body = report.triage() ? messages.getMessage("feedback.mail.triage", null, to.locale())
					: bodies.byId(report.bodyId()).map(b -> b.name(to.locale())).orElse("");
			mailer
				.send(to.email(),
						messages.getMessage("feedback.mail.receipt.subject", new Object[] { report.number() },
								to.locale()),
						messages
							.getMessage("feedback.mail.receipt.body",
									new Object[] { report.number(), category(report, to.locale()),
											commune(report, to.locale()), body, due(report), link(report) },
									to.locale()));
		});
		toStaff(report, "feedback.mail.new");
	}

	@EventListener(condition = "#step.caseKind() == 'feedback' and #step.kind() != 'received'")
	void stepTaken(StepTaken step) {
		reports.byId(step.caseId()).ifPresent(report -> {
			switch (step.kind()) {
				case "details_added", "reopened" -> toStaff(report, "feedback.mail." + step.kind());
				case "rated" -> {
				}
				default -> {
					toReporter(report, step);
					if (step.kind().equals("routed") || step.kind().equals("transferred")) {
						toStaff(report, "feedback.mail.new");
					}
					changes.record(Changes.Change.of("feedback", report.number(), null,
							report.number() + " · " + category(report, Locale.FRENCH), "follow.change.feedback",
							List.of("#feedback.step." + step.kind()), "/feedback/reports/" + report.number()));
				}
			}
		});
	}

	private void toReporter(Report report, StepTaken step) {
		reporter(report).ifPresent(to -> {
			String what = messages.getMessage("feedback.step." + step.kind(), null, step.kind(), to.locale());
			String detail = step.kind().equals("closed")
					? messages.getMessage("feedback.outcome." + report.outcome(), null, to.locale())
							+ (step.note().isEmpty() ? "" : "\n\n" + step.note())
					: step.kind().equals("transferred") || step.kind().equals("routed")
							? bodies.byId(report.bodyId()).map(b -> b.name(to.locale())).orElse("")
									+ (step.note().isEmpty() ? "" : "\n\n" + step.note())
							: step.note();
			String after = step.kind().equals("closed") ? messages.getMessage("feedback.mail.rate", null, to.locale())
					: step.kind().equals("details_asked")
							? messages.getMessage("feedback.mail.answerQuestion", null, to.locale()) : "";
			mailer.send(to.email(),
					messages.getMessage("feedback.mail.step.subject", new Object[] { report.number(), what },
							to.locale()),
					messages.getMessage("feedback.mail.step.body",
							new Object[] { report.number(), category(report, to.locale()), what, String.join("\n\n",
									java.util.stream.Stream.of(detail, after).filter(t -> !t.isBlank()).toList()),
									link(report) },
							to.locale()));
		});
	}

	/** To each information officer of the report's body. */
	private void toStaff(Report report, String key) {
		if (report.triage()) {
			return;
		}
		InfoBody body = bodies.byId(report.bodyId()).orElseThrow();
		for (long officer : bodies.officers(body.id())) {
			accounts.contact(officer).ifPresent(contact -> {
				Locale locale = contact.locale();
				mailer.send(contact.email(),
						messages.getMessage(key + ".subject", new Object[] { report.number(), body.name(locale) },
								locale),
						messages.getMessage(key + ".body",
								new Object[] { contact.displayName(), report.number(), category(report, locale),
										commune(report, locale), due(report),
										baseUrl + "/feedback/reports/" + report.number() },
								locale));
			});
		}
	}

	private String category(Report report, Locale locale) {
		return categories.byId(report.categoryId()).map(c -> c.name(locale)).orElse("");
	}

	private String commune(Report report, Locale locale) {
		return territories.byId(report.territoryId()).map(t -> t.name(locale)).orElse("");
	}

	private static String due(Report report) {
		return report.nextDue() == null ? "" : report.nextDue().format(DateTimeFormatter.ISO_LOCAL_DATE);
	}

}
