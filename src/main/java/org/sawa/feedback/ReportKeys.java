package org.sawa.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.sawa.security.Hmac;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The secret link of a report filed without an account: its key is the server's keyed
 * hash of the report's id and a random salt stored with it, so every mail can carry the
 * link again while the database alone cannot give it; checked in constant time.
 */
@Component
public class ReportKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Hmac hmac;

	ReportKeys(JdbcClient jdbc, Hmac hmac) {
		this.jdbc = jdbc;
		this.hmac = hmac;
	}

	String newSalt() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	String key(long reportId, String salt) {
		return hmac.digest("feedback-key:" + reportId + ":" + salt).substring(0, 40);
	}

	/** The key of a report's link, when it has one. */
	public Optional<String> key(long reportId) {
		return salt(reportId).map(salt -> key(reportId, salt));
	}

	/** Whether the key opens the report. */
	public boolean matches(long reportId, String key) {
		if (key == null || key.length() != 40) {
			return false;
		}
		return salt(reportId)
			.map(salt -> MessageDigest.isEqual(key(reportId, salt).getBytes(StandardCharsets.US_ASCII),
					key.getBytes(StandardCharsets.US_ASCII)))
			.orElse(false);
	}

	private Optional<String> salt(long reportId) {
		return jdbc.sql("SELECT key_salt FROM feedback_report WHERE id = :id AND key_salt IS NOT NULL")
			.param("id", reportId)
			.query(String.class)
			.optional();
	}

}
