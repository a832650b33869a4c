package org.sawa.consultation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.sawa.audit.AuditLog;
import org.sawa.input.RichText;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports and moderation of contributions. Anyone signed in reports a proposal or a
 * comment once, with a reason; after {@code sawa.consultation.reports-to-hide} reports
 * not yet reviewed it is hidden until a moderator of the process's territory (or an
 * administrator) decides: hide it with a reason the public reads, restore it, or block
 * its author from the territory's consultations. Each decision is kept and audited, and
 * clears the reports it reviewed.
 */
@Service
public class Moderation {

	/** Why a person reports a contribution. */
	public static final List<String> REASONS = List.of("spam", "offensive", "personal_data", "off_topic", "other");

	/** What a moderator decides. */
	public static final List<String> DECISIONS = List.of("hide", "restore", "block");

	/** A person blocked from a territory's consultations, and why. */
	public record Block(long personId, long territoryId, String reason, Instant at) {
	}

	/** A contribution waiting for a moderator, with the reports not yet reviewed. */
	public record Reported(String subject, long id, Process process, int number, String title, String text,
			long authorId, String state, String hiddenReason, List<Report> reports) {
	}

	public record Report(String reason, String details, Instant at) {
	}

	/** What a report or a decision is about: a proposal or a comment, in its process. */
	private record Target(String subject, long id, Process process, int number, String title, String text,
			long authorId, String state, String hiddenReason) {
	}

	private final JdbcClient jdbc;

	private final Processes processes;

	private final Territories territories;

	private final Permissions permissions;

	private final AuditLog audit;

	private final Clock clock;

	private final int threshold;

	Moderation(JdbcClient jdbc, Processes processes, Territories territories, Permissions permissions, AuditLog audit,
			Clock clock, @Value("${sawa.consultation.reports-to-hide:3}") int threshold) {
		this.jdbc = jdbc;
		this.processes = processes;
		this.territories = territories;
		this.permissions = permissions;
		this.audit = audit;
		this.clock = clock;
		this.threshold = threshold;
	}

	/**
	 * Reports a contribution ({@code proposal} or {@code comment} and its id) once per
	 * person; the reasons are keyed {@code reason}, {@code details} or {@code form}.
	 */
	@Transactional
	public void report(String subject, long id, String reason, String details, long personId) {
		Target target = target(subject, id);
		Refusals refusals = new Refusals();
		if ("hidden".equals(target.state())) {
			refusals.add("form", "consultation.error.hidden");
		}
		if (!REASONS.contains(reason == null ? "" : reason)) {
			refusals.add("reason", "validation.option");
		}
		String more = Proposals.clean(details);
		if (Texts.length(more) > 500) {
			refusals.add("details", "consultation.error.details", 500);
		}
		refusals.throwIfAny();
		int added = jdbc.sql("""
				INSERT INTO consultation_report (subject, subject_id, person_id, reason, details, created_at)
				VALUES (:s, :id, :p, :r, :d, :at) ON CONFLICT DO NOTHING""")
			.param("s", subject)
			.param("id", id)
			.param("p", personId)
			.param("r", reason)
			.param("d", more)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		if (added == 0) {
			throw new ConsultationRefused("form", "consultation.error.reported");
		}
		jdbc.sql("UPDATE " + table(subject) + """
				 SET reports = reports + 1,
				     state = CASE WHEN state = 'published' AND reports + 1 >= :limit THEN 'pending' ELSE state END
				WHERE id = :id""").param("limit", threshold).param("id", id).update();
	}

	/**
	 * The contribution a report would be about ({@code proposal} or {@code comment} and
	 * its id), as the report form shows it; empty when there is none.
	 */
	public java.util.Optional<Reported> reported(String subject, long id) {
		try {
			Target t = target(subject, id);
			return java.util.Optional.of(new Reported(subject, id, t.process(), t.number(), t.title(), t.text(),
					t.authorId(), t.state(), t.hiddenReason(), List.of()));
		}
		catch (ConsultationRefused ex) {
			return java.util.Optional.empty();
		}
	}

	/** Whether the person moderates the process's territory (or administers it). */
	public boolean mayModerate(long personId, Process process) {
		return permissions.hasAny(personId, process.territoryId(), Role.MODERATOR, Role.ADMIN);
	}

	/** Whether the person moderates (or administers) any territory. */
	public boolean moderatorAnywhere(long personId) {
		return permissions.of(personId).stream().anyMatch(g -> g.role() == Role.MODERATOR || g.role() == Role.ADMIN);
	}

	/**
	 * The contributions with reports not yet reviewed in the consultations the person
	 * moderates, the most reported first.
	 */
	public List<Reported> queue(long personId) {
		Predicate<Territory> scope = permissions.scope(personId, Role.MODERATOR);
		List<Long> places = processes.concerning(null)
			.stream()
			.filter(p -> territories.byId(p.territoryId()).filter(scope).isPresent())
			.map(Process::id)
			.toList();
		if (places.isEmpty()) {
			return List.of();
		}
		List<Reported> queue = new ArrayList<>();
		for (String subject : List.of("proposal", "comment")) {
			String sql = "proposal".equals(subject)
					? "SELECT id FROM consultation_proposal WHERE reports > 0 AND process_id IN (:ps)" : """
							SELECT c.id FROM consultation_comment c JOIN consultation_proposal p ON p.id = c.proposal_id
							WHERE c.reports > 0 AND p.process_id IN (:ps)""";
			for (long id : jdbc.sql(sql + " LIMIT 200").param("ps", places).query(Long.class).list()) {
				Target t = target(subject, id);
				queue.add(new Reported(subject, id, t.process(), t.number(), t.title(), t.text(), t.authorId(),
						t.state(), t.hiddenReason(), reports(subject, id)));
			}
		}
		queue.sort(Comparator.comparing((Reported r) -> -r.reports().size()));
		return queue;
	}

	private List<Report> reports(String subject, long id) {
		// the reports since the last decision on it: a decision clears the count
		return jdbc.sql("""
				SELECT reason, details, created_at FROM consultation_report
				WHERE subject = :s AND subject_id = :id AND created_at > coalesce((SELECT max(decided_at)
				  FROM consultation_decision WHERE subject = :s AND subject_id = :id), '-infinity')
				ORDER BY created_at DESC""")
			.param("s", subject)
			.param("id", id)
			.query((rs, n) -> new Report(rs.getString("reason"), rs.getString("details"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/**
	 * A moderator's decision on a contribution, with its reason (shown to the public when
	 * it is hidden); refused outside the moderator's territory. Reasons are keyed
	 * {@code <subject><id>.reason} or {@code <subject><id>.form}, as the queue names its
	 * forms.
	 */
	@Transactional
	public void decide(String subject, long id, String decision, String reason, long moderatorId) {
		Target target = target(subject, id);
		String form = subject + id;
		if (!mayModerate(moderatorId, target.process())) {
			throw new ConsultationRefused(form + ".form", "consultation.error.notModerator");
		}
		Refusals refusals = new Refusals();
		if (!DECISIONS.contains(decision == null ? "" : decision)) {
			refusals.add(form + ".form", "validation.option");
		}
		String why = Proposals.clean(reason);
		if (Texts.length(why) < 3 || Texts.length(why) > 500) {
			refusals.add(form + ".reason", "consultation.error.decisionReason", 3, 500);
		}
		refusals.throwIfAny();
		Timestamp now = Timestamp.from(clock.instant());
		switch (decision) {
			case "hide" -> setState(subject, id, "hidden", why);
			case "restore" -> setState(subject, id, "published", null);
			default -> {
				jdbc.sql("""
						INSERT INTO consultation_block (person_id, territory_id, reason, moderator_id, blocked_at)
						VALUES (:p, :t, :r, :m, :at) ON CONFLICT DO NOTHING""")
					.param("p", target.authorId())
					.param("t", target.process().territoryId())
					.param("r", why)
					.param("m", moderatorId)
					.param("at", now)
					.update();
				setState(subject, id, target.state(), target.hiddenReason());
			}
		}
		jdbc.sql("""
				INSERT INTO consultation_decision (subject, subject_id, decision, reason, moderator_id, decided_at)
				VALUES (:s, :id, :d, :r, :m, :at)""")
			.param("s", subject)
			.param("id", id)
			.param("d", decision)
			.param("r", why)
			.param("m", moderatorId)
			.param("at", now)
			.update();
		audit.append("person:" + moderatorId, "consultation.moderated." + decision, subject + ":" + id, why);
	}

	/** The blocks in the territories the person moderates, latest first. */
	public List<Block> blocks(long moderatorId) {
		Predicate<Territory> scope = permissions.scope(moderatorId, Role.MODERATOR);
		return jdbc.sql("SELECT * FROM consultation_block ORDER BY blocked_at DESC LIMIT 500")
			.query((rs, n) -> new Block(rs.getLong("person_id"), rs.getLong("territory_id"), rs.getString("reason"),
					rs.getTimestamp("blocked_at").toInstant()))
			.list()
			.stream()
			.filter(b -> territories.byId(b.territoryId()).filter(scope).isPresent())
			.toList();
	}

	/**
	 * Lifts a block, with a reason (keyed {@code person<id>.reason}); refused outside the
	 * moderator's territory. Kept as a decision about the person and audited.
	 */
	@Transactional
	public void lift(long personId, long territoryId, String reason, long moderatorId) {
		String form = "person" + personId;
		boolean moderates = territories.byId(territoryId)
			.filter(permissions.scope(moderatorId, Role.MODERATOR))
			.isPresent();
		if (!moderates) {
			throw new ConsultationRefused(form + ".form", "consultation.error.notModerator");
		}
		String why = Proposals.clean(reason);
		if (Texts.length(why) < 3 || Texts.length(why) > 500) {
			throw new ConsultationRefused(form + ".reason", "consultation.error.decisionReason", 3, 500);
		}
		int lifted = jdbc.sql("DELETE FROM consultation_block WHERE person_id = :p AND territory_id = :t")
			.param("p", personId)
			.param("t", territoryId)
			.update();
		if (lifted == 0) {
			throw new ConsultationRefused(form + ".form", "consultation.error.notBlocked");
		}
		jdbc.sql("""
				INSERT INTO consultation_decision (subject, subject_id, decision, reason, moderator_id, decided_at)
				VALUES ('person', :p, 'unblock', :r, :m, :at)""")
			.param("p", personId)
			.param("r", why)
			.param("m", moderatorId)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		audit.append("person:" + moderatorId, "consultation.moderated.unblock", "person:" + personId,
				"territory:" + territoryId + " " + why);
	}

	private void setState(String subject, long id, String state, String reason) {
		jdbc.sql("UPDATE " + table(subject) + " SET state = :s, hidden_reason = :r, reports = 0 WHERE id = :id")
			.param("s", state)
			.param("r", reason)
			.param("id", id)
			.update();
	}

	private Target target(String subject, long id) {
		if ("proposal".equals(subject)) {
			Proposal p = jdbc.sql("SELECT * FROM consultation_proposal WHERE id = :id")
				.param("id", id)
				.query(Proposals::map)
				.optional()
				.orElseThrow(() -> new ConsultationRefused("form", "consultation.error.noProposal"));
			return new Target(subject, id, process(p.processId()), p.number(), p.title(),
					RichText.excerpt(p.body(), 300), p.authorId(), p.state(), p.hiddenReason());
		}
		if ("comment".equals(subject)) {
			Map<String, Object> row = jdbc
				.sql("""
						SELECT c.body, c.author_id, c.state, c.hidden_reason, p.process_id, p.number, p.title
						FROM consultation_comment c JOIN consultation_proposal p ON p.id = c.proposal_id WHERE c.id = :id""")
				.param("id", id)
				.query()
				.listOfRows()
				.stream()
				.findFirst()
				.orElseThrow(() -> new ConsultationRefused("form", "consultation.error.noProposal"));
			return new Target(subject, id, process((Long) row.get("process_id")), (Integer) row.get("number"),
					(String) row.get("title"), (String) row.get("body"), (Long) row.get("author_id"),
					(String) row.get("state"), (String) row.get("hidden_reason"));
		}
		throw new ConsultationRefused("form", "consultation.error.noProposal");
	}

	private Process process(long id) {
		return processes.byId(id).orElseThrow();
	}

	private static String table(String subject) {
		return "proposal".equals(subject) ? "consultation_proposal" : "consultation_comment";
	}

}
