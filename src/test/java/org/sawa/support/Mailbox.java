package org.sawa.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** What the test SMTP server (GreenMail) received for one address. */
public final class Mailbox {

	private Mailbox() {
	}

	/** Each mail to the address, as its subject, a line break and its decoded text. */
	public static List<String> to(GreenMailExtension mail, String address) {
		return Arrays.stream(mail.getReceivedMessages())
			.filter(m -> addressedTo(m, address))
			.map(m -> subject(m) + "\n" + text(m))
			.toList();
	}

	private static boolean addressedTo(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
		}
		catch (MessagingException ex) {
			return false;
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
