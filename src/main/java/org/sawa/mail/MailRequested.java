package org.sawa.mail;

/**
 * A mail to send once the transaction that asked for it commits. It is stored with the
 * transaction in the event publication registry, so a mail whose action committed is sent
 * even if SMTP is down or the application stops before sending it: the publication stays
 * incomplete and is delivered again at the next start or retry.
 */
public record MailRequested(String to, String subject, String body) {
}
