package org.sawa.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.sawa.security.Hmac;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the audit log inside the caller's transaction (so an action and its
 * entry commit or roll back together) and verifies the chain. Each entry's hash is an
 * HMAC-SHA-256, under a key the database does not hold, of the previous entry's hash and
 * the entry's content: whoever edits a row cannot compute the hashes that would hide it.
 * After each transaction the chain's head is anchored outside the database
 * ({@link AuditAnchors}), so a truncated tail is seen too.
 */
@Service
public class AuditLog {

	private final Clock clock;

	static final String GENESIS = "0".repeat(64);

	private static final long APPEND_LOCK = 0x5A3A_A0D1L;

	private final JdbcClient jdbc;

	private final Hmac key;

	private final AuditAnchors anchors;

	AuditLog(JdbcClient jdbc, Clock clock, @Value("${sawa.audit.chain-key}") String key,
			@Value("${sawa.audit.anchor-file:./audit-anchors.log}") Path anchorFile) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.key = Hmac.withKey(key, "sawa.audit.chain-key");
		this.anchors = new AuditAnchors(anchorFile, this.key, jdbc);
	}

	/** The anchors file as it is now. */
	byte[] anchorsContent() {
		return anchors.content();
	}

	/**
	 * Records that {@code actor} did {@code action} on {@code subject}. Must run within
	 * the transaction of the change it records.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry append(String actor, String action, String subject, String details) {
		jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", APPEND_LOCK).query(Object.class).single();
		String previous = jdbc.sql("SELECT hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
			.query(String.class)
			.optional()
			.orElse(GENESIS);
		long seq = jdbc.sql("SELECT nextval('audit_entry_seq')").query(Long.class).single();
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String safeDetails = details == null ? "" : details;
		String hash = key.digest(content(previous, seq, at, actor, action, subject, safeDetails));
		jdbc.sql("""
				INSERT INTO audit_entry (seq, occurred_at, actor, action, subject, details, previous_hash, hash, keyed)
				VALUES (:seq, :at, :actor, :action, :subject, :details, :previous, :hash, true)""")
			.param("seq", seq)
			.param("at", java.sql.Timestamp.from(at))
			.param("actor", actor)
			.param("action", action)
			.param("subject", subject)
			.param("details", safeDetails)
			.param("previous", previous)
			.param("hash", hash)
			.update();
		AuditEntry entry = new AuditEntry(seq, at, actor, action, subject, safeDetails, previous, hash);
		anchors.afterCommit(entry);
		return entry;
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> latest(int limit, int offset) {
		return jdbc.sql("SELECT * FROM audit_entry ORDER BY seq DESC LIMIT :limit OFFSET :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(AuditLog::map)
			.list();
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> forSubject(String subject) {
		return jdbc.sql("SELECT * FROM audit_entry WHERE subject = :subject ORDER BY seq")
			.param("subject", subject)
			.query(AuditLog::map)
			.list();
	}

	@Transactional(readOnly = true)
	public long count() {
		return jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
	}

	/**
	 * Re-computes every hash in order and reports the first entry that does not match;
	 * then checks that every anchor of this database still names an entry with the same
	 * hash. Entries written before the chain was keyed are checked with SHA-256, and only
	 * as the chain's first entries.
	 */
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		String chain = anchors.chain();
		Map<Long, String> anchored = new HashMap<>();
		Long forged = null;
		long other = 0;
		for (AuditAnchors.Anchor anchor : anchors.read()) {
			if (!anchor.authentic()) {
				forged = forged == null ? Long.valueOf(anchor.seq()) : Long.valueOf(Math.min(forged, anchor.seq()));
			}
			else if (anchor.chain().equals(chain)) {
				anchored.put(anchor.seq(), anchor.hash());
			}
			else {
				other++;
			}
		}
		Walk walk = new Walk(new HashMap<>(anchored), forged);
		RowCallbackHandler each = rs -> walk.step(map(rs, 0), rs.getBoolean("keyed"));
		jdbc.sql("SELECT * FROM audit_entry ORDER BY seq").query(each);
		return new ChainVerification(walk.checked, walk.broken, anchored.size(), walk.anchorBroken(), other);
	}

	/**
	 * One pass over the entries in order: the chain recomputed up to its first broken
	 * entry, and each entry compared with its anchor, if it has one.
	 */
	private final class Walk {

		/** The anchors not yet met: what is left at the end is gone from the log. */
		private final Map<Long, String> unmet;

		private String expectedPrevious = GENESIS;

		private long checked;

		private boolean keyedSeen;

		private Long broken;

		private Long anchorBroken;

		Walk(Map<Long, String> anchored, Long forged) {
			this.unmet = anchored;
			this.anchorBroken = forged;
		}

		void step(AuditEntry entry, boolean keyed) {
			String anchoredHash = unmet.remove(entry.seq());
			if (anchoredHash != null && !anchoredHash.equals(entry.hash())) {
				// the first one in the chain, whatever order the anchors were found in
				anchorBroken = anchorBroken == null ? Long.valueOf(entry.seq())
						: Long.valueOf(Math.min(anchorBroken, entry.seq()));
			}
			if (broken != null) {
				return;
			}
			checked++;
			String content = content(entry.previousHash(), entry.seq(), entry.occurredAt(), entry.actor(),
					entry.action(), entry.subject(), entry.details());
			String recomputed = keyed ? key.digest(content) : sha256(content);
			if (!entry.previousHash().equals(expectedPrevious) || !recomputed.equals(entry.hash())
					|| (keyedSeen && !keyed)) {
				broken = entry.seq();
			}
			keyedSeen |= keyed;
			expectedPrevious = entry.hash();
		}

		/** The first anchored entry changed, forged or gone, if any. */
		Long anchorBroken() {
			return unmet.keySet()
				.stream()
				.min(Long::compare)
				.map(missing -> anchorBroken == null ? missing : Long.valueOf(Math.min(anchorBroken, missing)))
				.orElse(anchorBroken);
		}

	}

	/** What an entry's hash covers: the previous hash and every field, in order. */
	static String content(String previous, long seq, Instant at, String actor, String action, String subject,
			String details) {
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
		return String.join("\u001f", previous, Long.toString(seq), Long.toString(micros), actor, action, subject,
				details);
	}

	/** The unkeyed hash of the entries written before the chain was keyed. */
	static String sha256(String content) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static AuditEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("subject"), rs.getString("details"), rs.getString("previous_hash"),
				rs.getString("hash"));
	}

}
