package org.sawa.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sawa.input.Texts;
import org.sawa.refusal.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of what staff recorded. A module that lets its staff correct a record
 * writes the new values itself and, in the same transaction, calls {@link #record}: the
 * correction becomes the record's next version with its reason, author and time, keeps
 * every changed field's value before and after (so every earlier version can be read
 * back), and goes into the audit log with before and after. Public pages show when a
 * record was corrected and what changed.
 */
@Service
public class Corrections {

	/**
	 * One field a correction changed; {@code item} names which one of several (a member).
	 */
	public record Change(String field, String item, String before, String after) {

		public static Change of(String field, String item, Object before, Object after) {
			return new Change(field, item, before == null ? null : before.toString(),
					after == null ? null : after.toString());
		}

		boolean changes() {
			return !Objects.equals(before, after);
		}
	}

	/** A version of a record after its first: what changed, why, by whom and when. */
	public record Correction(String subject, int version, String reason, long byPerson, Instant at,
			List<Change> changes) {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	Corrections(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The reason a correction gives, trimmed: 5 to 1,000 characters, or a refusal at the
	 * {@code reason} field. Modules check it with the rest of their form.
	 */
	public static String reason(String reason) {
		String clean = reason == null ? "" : reason.trim();
		if (Texts.length(clean) < 5 || Texts.length(clean) > 1000) {
			throw new Refused("reason", "correction.error.reason", 5, 1000);
		}
		return clean;
	}

	/** The reason's refusal, if any, among the other reasons of the correcting form. */
	public static void checkReason(String reason, org.sawa.refusal.Refusals refusals) {
		try {
			reason(reason);
		}
		catch (Refused refused) {
			refusals.add(refused);
		}
	}

	/**
	 * When each of these records was last corrected, for those corrected at all: the
	 * records by key (an id), each with its subject.
	 */
	@Transactional(readOnly = true)
	public <K> Map<K, Instant> lastCorrected(Map<K, String> subjects) {
		Map<String, K> bySubject = new LinkedHashMap<>();
		subjects.forEach((key, subject) -> bySubject.put(subject, key));
		Map<K, Instant> last = new LinkedHashMap<>();
		of(bySubject.keySet())
			.forEach((subject, versions) -> last.put(bySubject.get(subject), versions.get(versions.size() - 1).at()));
		return last;
	}

	/**
	 * Records the correction of {@code subject} (e.g. {@code session:12}) in the caller's
	 * transaction; the changes that change nothing are dropped, and a correction that
	 * changes nothing is refused.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Correction record(String subject, List<Change> changes, String reason, long actorId) {
		String why = reason(reason);
		List<Change> real = changes.stream().filter(Change::changes).toList();
		if (real.isEmpty()) {
			throw new Refused("", "correction.error.nothing");
		}
		int version = jdbc.sql("SELECT coalesce(max(version), 1) + 1 FROM correction WHERE subject = :s")
			.param("s", subject)
			.query(Integer.class)
			.single();
		Instant at = clock.instant();
		long id = jdbc.sql("""
				INSERT INTO correction (subject, version, reason, by_person, at)
				VALUES (:s, :v, :r, :by, :at) RETURNING id""")
			.param("s", subject)
			.param("v", version)
			.param("r", why)
			.param("by", actorId)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
		StringBuilder details = new StringBuilder("version " + version + ", reason: " + why);
		for (int i = 0; i < real.size(); i++) {
			Change change = real.get(i);
			jdbc.sql("""
					INSERT INTO correction_change (correction_id, position, field, item, before_value, after_value)
					VALUES (:c, :p, :f, :i, :b, :a)""")
				.param("c", id)
				.param("p", i + 1)
				.param("f", change.field())
				.param("i", change.item())
				.param("b", change.before())
				.param("a", change.after())
				.update();
			details.append("; ")
				.append(change.field())
				.append(change.item() == null ? "" : "[" + change.item() + "]")
				.append(": ")
				.append(change.before())
				.append(" -> ")
				.append(change.after());
		}
		audit.append("person:" + actorId, "record.corrected", subject, details.toString());
		return new Correction(subject, version, why, actorId, at, real);
	}

	/** The corrections of a record, oldest first. */
	@Transactional(readOnly = true)
	public List<Correction> of(String subject) {
		return of(List.of(subject)).getOrDefault(subject, List.of());
	}

	/** The corrections of each of these records that has any, oldest first. */
	@Transactional(readOnly = true)
	public Map<String, List<Correction>> of(Collection<String> subjects) {
		Map<String, List<Correction>> bySubject = new LinkedHashMap<>();
		if (subjects.isEmpty()) {
			return bySubject;
		}
		Map<Long, List<Change>> changes = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT ch.* FROM correction_change ch JOIN correction c ON c.id = ch.correction_id
				WHERE c.subject IN (:s) ORDER BY ch.correction_id, ch.position""")
			.param("s", subjects)
			.query((rs, n) -> changes.computeIfAbsent(rs.getLong("correction_id"), k -> new ArrayList<>())
				.add(new Change(rs.getString("field"), rs.getString("item"), rs.getString("before_value"),
						rs.getString("after_value"))))
			.list();
		jdbc.sql("SELECT * FROM correction WHERE subject IN (:s) ORDER BY subject, version")
			.param("s", subjects)
			.query((rs, n) -> bySubject.computeIfAbsent(rs.getString("subject"), k -> new ArrayList<>())
				.add(new Correction(rs.getString("subject"), rs.getInt("version"), rs.getString("reason"),
						rs.getLong("by_person"), rs.getObject("at", OffsetDateTime.class).toInstant(),
						changes.getOrDefault(rs.getLong("id"), List.of()))))
			.list();
		return bySubject;
	}

}
