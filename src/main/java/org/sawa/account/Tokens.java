package org.sawa.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.sawa.security.Hmac;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Single-use e-mail tokens (confirmation, password reset). Only their keyed hash is
 * stored, so a copy of the database does not let anyone take over an account.
 */
@Repository
class Tokens {

	private final Clock clock;

	enum Purpose {

		CONFIRM, RESET

	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Hmac hmac;

	Tokens(JdbcClient jdbc, Hmac hmac, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.hmac = hmac;
	}

	String issue(long personId, Purpose purpose, Duration validity) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				INSERT INTO account_token (token_hash, person_id, purpose, expires_at)
				VALUES (:hash, :person, :purpose, :expires)""")
			.param("hash", hmac.digest(token))
			.param("person", personId)
			.param("purpose", purpose.name())
			.param("expires", java.sql.Timestamp.from(clock.instant().plus(validity)))
			.update();
		return token;
	}

	/**
	 * Marks the token used and answers its person, if it is valid, unused and of that
	 * purpose.
	 */
	Optional<Long> consume(String token, Purpose purpose) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				UPDATE account_token SET used_at = :now
				WHERE token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
				RETURNING person_id""")
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.param("hash", hmac.digest(token))
			.param("purpose", purpose.name())
			.query(Long.class)
			.optional();
	}

	boolean isValid(String token, Purpose purpose) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return false;
		}
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM account_token WHERE token_hash = :hash AND purpose = :purpose
				               AND used_at IS NULL AND expires_at > :now)""")
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.param("hash", hmac.digest(token))
			.param("purpose", purpose.name())
			.query(Boolean.class)
			.single();
	}

}
