package org.sawa.follow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.sawa.security.Hmac;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who follows what: a signed-in person follows or stops following a subject, chooses how
 * often she is told (at once, a daily or a weekly digest), and may stop from a mail's
 * link without signing in, the link being signed with the server's key. How many follow a
 * subject is a count, never a list of names.
 */
@Service
public class Follows {

	/** What may be followed. */
	public static final List<String> KINDS = List.of("consultation", "petition", "inforequest", "commitment", "event",
			"territory", "feedback");

	/** How often a person is told. */
	public static final List<String> FREQUENCIES = List.of("immediate", "daily", "weekly");

	/** A subscription: what is followed, since when. */
	public record Subscription(long id, String kind, String subject, String label, Instant since) {

		/** The page of what is followed. */
		public String path() {
			return switch (kind) {
				case "consultation" -> "/consultations/" + subject;
				case "petition" -> "/petitions/" + subject;
				case "inforequest" -> "/information/archive/" + subject;
				case "commitment" -> "/commitments/" + subject;
				case "event" -> "/events/" + subject;
				case "feedback" -> "/feedback/reports/" + subject;
				default -> "/territories/" + subject;
			};
		}

	}

	private final JdbcClient jdbc;

	private final Hmac hmac;

	private final Clock clock;

	Follows(JdbcClient jdbc, Hmac hmac, Clock clock) {
		this.jdbc = jdbc;
		this.hmac = hmac;
		this.clock = clock;
	}

	/** Follows the subject (once: following again changes nothing). */
	@Transactional
	public void follow(long personId, String kind, String subject, String label) {
		if (!KINDS.contains(kind) || subject == null || !subject.matches("[A-Za-z0-9-]{1,60}")) {
			throw new FollowRefused("form", "follow.error.subject");
		}
		String title = org.sawa.input.Texts.cleanOrEmpty(label);
		jdbc.sql(
				"""
						INSERT INTO follow_subscription (person_id, kind, subject, label, created_at) VALUES (:p, :k, :s, :l, :at)
						ON CONFLICT (person_id, kind, subject) DO NOTHING""")
			.param("p", personId)
			.param("k", kind)
			.param("s", subject)
			.param("l", title.length() > 300 ? title.substring(0, 300) : title)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	@Transactional
	public void unfollow(long personId, String kind, String subject) {
		jdbc.sql("DELETE FROM follow_subscription WHERE person_id = :p AND kind = :k AND subject = :s")
			.param("p", personId)
			.param("k", kind)
			.param("s", subject)
			.update();
	}

	public boolean following(long personId, String kind, String subject) {
		return jdbc
			.sql("""
					SELECT EXISTS (SELECT 1 FROM follow_subscription WHERE person_id = :p AND kind = :k AND subject = :s)""")
			.param("p", personId)
			.param("k", kind)
			.param("s", subject)
			.query(Boolean.class)
			.single();
	}

	/** How many people follow the subject. */
	public long count(String kind, String subject) {
		return jdbc.sql("SELECT count(*) FROM follow_subscription WHERE kind = :k AND subject = :s")
			.param("k", kind)
			.param("s", subject)
			.query(Long.class)
			.single();
	}

	/** What the person follows, the latest first. */
	public List<Subscription> of(long personId) {
		return jdbc.sql("SELECT * FROM follow_subscription WHERE person_id = :p ORDER BY created_at DESC, id DESC")
			.param("p", personId)
			.query(Follows::map)
			.list();
	}

	/** How often the person is told; at once until she chooses. */
	public String frequency(long personId) {
		return jdbc.sql("SELECT frequency FROM follow_setting WHERE person_id = :p")
			.param("p", personId)
			.query(String.class)
			.optional()
			.orElse("immediate");
	}

	@Transactional
	public void setFrequency(long personId, String frequency) {
		if (!FREQUENCIES.contains(frequency == null ? "" : frequency)) {
			throw new FollowRefused("frequency", "validation.option");
		}
		jdbc.sql("""
				INSERT INTO follow_setting (person_id, frequency, updated_at) VALUES (:p, :f, :at)
				ON CONFLICT (person_id) DO UPDATE SET frequency = :f, updated_at = :at""")
			.param("p", personId)
			.param("f", frequency)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	private static Subscription map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Subscription(rs.getLong("id"), rs.getString("kind"), rs.getString("subject"), rs.getString("label"),
				rs.getTimestamp("created_at").toInstant());
	}

	/**
	 * The signature of a mail's link that stops one subscription, or all of a person's.
	 */
	public String token(String what, long id) {
		return hmac.digest("follow-stop:" + what + ":" + id).substring(0, 32);
	}

	/** Whether the link's signature is the server's (compared in constant time). */
	public boolean signed(String what, long id, String token) {
		return token != null && MessageDigest.isEqual(token(what, id).getBytes(StandardCharsets.US_ASCII),
				token.getBytes(StandardCharsets.US_ASCII));
	}

	/** The subscription a signed link stops, if it still exists. */
	public java.util.Optional<Subscription> subscription(long id) {
		return jdbc.sql("SELECT * FROM follow_subscription WHERE id = :id")
			.param("id", id)
			.query(Follows::map)
			.optional();
	}

	/** Stops one subscription from a mail's signed link; false when the link is not. */
	@Transactional
	public boolean stop(long subscriptionId, String token) {
		if (!signed("one", subscriptionId, token)) {
			return false;
		}
		jdbc.sql("DELETE FROM follow_subscription WHERE id = :id").param("id", subscriptionId).update();
		return true;
	}

	/** Stops everything a person follows, from a mail's signed link. */
	@Transactional
	public boolean stopAll(long personId, String token) {
		if (!signed("all", personId, token)) {
			return false;
		}
		jdbc.sql("DELETE FROM follow_subscription WHERE person_id = :p").param("p", personId).update();
		return true;
	}

}
