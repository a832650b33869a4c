/**
 * Outgoing e-mail. With an SMTP server configured ({@code spring.mail.host}) mail is sent
 * through it; without one (development), each mail is written to the log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package org.sawa.mail;
