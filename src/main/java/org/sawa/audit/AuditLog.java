package org.sawa.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the audit log inside the caller's transaction (so an action and its
 * entry commit or roll back together) and verifies the hash chain.
 */
@Service
public class AuditLog {

	private final Clock clock;

	static final String GENESIS = "0".repeat(64);

	private static final long APPEND_LOCK = 0x5A3A_A0D1L;

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
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
		String hash = hash(previous, seq, at, actor, action, subject, safeDetails);
		jdbc.sql("""
				INSERT INTO audit_entry (seq, occurred_at, actor, action, subject, details, previous_hash, hash)
				VALUES (:seq, :at, :actor, :action, :subject, :details, :previous, :hash)""")
			.param("seq", seq)
			.param("at", java.sql.Timestamp.from(at))
			.param("actor", actor)
			.param("action", action)
			.param("subject", subject)
			.param("details", safeDetails)
			.param("previous", previous)
			.param("hash", hash)
			.update();
		return new AuditEntry(seq, at, actor, action, subject, safeDetails, previous, hash);
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
	 * Re-computes every hash in order and reports the first entry that does not match.
	 */
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		AtomicReference<String> expectedPrevious = new AtomicReference<>(GENESIS);
		AtomicLong checked = new AtomicLong();
		AtomicReference<Long> broken = new AtomicReference<>();
		jdbc.sql("SELECT * FROM audit_entry ORDER BY seq").query(rs -> {
			if (broken.get() != null) {
				return;
			}
			AuditEntry entry = map(rs, 0);
			checked.incrementAndGet();
			String recomputed = hash(entry.previousHash(), entry.seq(), entry.occurredAt(), entry.actor(),
					entry.action(), entry.subject(), entry.details());
			if (!entry.previousHash().equals(expectedPrevious.get()) || !recomputed.equals(entry.hash())) {
				broken.set(entry.seq());
			}
			expectedPrevious.set(entry.hash());
		});
		return new ChainVerification(checked.get(), broken.get());
	}

	static String hash(String previous, long seq, Instant at, String actor, String action, String subject,
			String details) {
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
		String content = String.join("\u001f", previous, Long.toString(seq), Long.toString(micros), actor, action,
				subject, details);
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
