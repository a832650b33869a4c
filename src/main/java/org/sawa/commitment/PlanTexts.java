package org.sawa.commitment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.audit.AuditLog;
import org.sawa.input.Shown;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of a plan's and its commitments' texts in other languages than the plan's
 * own: staff add or change them (audited, one transaction per form), readers see theirs
 * ({@link Shown}) and are told when a text is in another language.
 */
@Service
public class PlanTexts {

	/** A commitment with its texts in the reader's language where they exist. */
	public record Localized(Commitment commitment, ActionPlan plan, Shown shown) {
	}

	private record Version(String subject, long subjectId, String field, String language, String text) {
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	PlanTexts(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The commitment and its plan as a reader of {@code language} sees them. Keys of the
	 * {@link Shown}: the fields above, {@code plan} for the plan's title and {@code m1},
	 * {@code m2}... for the milestones.
	 */
	public Localized in(Commitment c, ActionPlan plan, String language) {
		Map<String, Map<String, String>> versions = versions(c, plan);
		Shown shown = new Shown(language);
		String original = plan.language();
		ActionPlan p = new ActionPlan(plan.id(), plan.code(), plan.territoryId(),
				shown.text("plan", plan.title(), original, of(versions, "plan", plan.id(), "title")), plan.language(),
				plan.startsOn(), plan.endsOn(), plan.status(), plan.sourceUrl());
		// a commitment's text fields are those a correction changes, by form name
		Map<String, String> t = new HashMap<>();
		CommitmentCorrections.texts(c)
			.forEach((key, text) -> t.put(key, shown.text(key, text, original,
					of(versions, "commitment", c.id(), CommitmentCorrections.TEXTS.get(key)))));
		List<Milestone> milestones = new ArrayList<>();
		for (Milestone m : c.milestones()) {
			milestones.add(new Milestone(m.id(), m.commitmentId(), m.position(),
					shown.text("m" + m.position(), m.description(), original,
							of(versions, "milestone", m.id(), "description")),
					m.startsOn(), m.endsOn(), m.status(), m.ownerId()));
		}
		Commitment localized = new Commitment(c.id(), c.planId(), c.code(), t.get("title"), t.get("problem"),
				t.get("statusQuo"), t.get("action"), t.get("contribution"), t.get("longTermGoal"), t.get("policyArea"),
				t.get("sector"), c.ogpValues(), t.get("otherInstitutions"), c.startsOn(), c.endsOn(), c.completion(),
				c.openedGovernment(), c.assessedOn(), milestones);
		return new Localized(localized, p, shown);
	}

	/**
	 * The titles of plans ({@code plan:<id>}) and commitments ({@code c:<id>}) and the
	 * commitments' policy areas ({@code area:<id>}) as a reader of {@code language} sees
	 * them, put in {@code into}; one query for the whole tracker.
	 */
	public Shown titles(Map<ActionPlan, List<Commitment>> plans, String language, Map<String, String> into) {
		Map<String, Map<String, String>> versions = grouped(jdbc.sql("""
				SELECT subject, subject_id, field, language, text FROM commitment_text
				WHERE subject IN ('plan', 'commitment') AND field IN ('title', 'policy_area')"""));
		Shown shown = new Shown(language);
		plans.forEach((plan, commitments) -> {
			into.put("plan:" + plan.id(), shown.text("plan:" + plan.id(), plan.title(), plan.language(),
					of(versions, "plan", plan.id(), "title")));
			for (Commitment c : commitments) {
				into.put("c:" + c.id(), shown.text("c:" + c.id(), c.title(), plan.language(),
						of(versions, "commitment", c.id(), "title")));
				into.put("area:" + c.id(), shown.text("area:" + c.id(), c.policyArea(), plan.language(),
						of(versions, "commitment", c.id(), "policy_area")));
			}
		});
		return shown;
	}

	/** The versions written in one language, keyed as {@link #in} keys them. */
	public Map<String, String> written(Commitment c, ActionPlan plan, String language) {
		Map<String, Map<String, String>> versions = versions(c, plan);
		Map<String, String> written = new LinkedHashMap<>();
		written.put("plan", of(versions, "plan", plan.id(), "title").getOrDefault(language, ""));
		CommitmentCorrections.TEXTS.forEach((key, column) -> written.put(key,
				of(versions, "commitment", c.id(), column).getOrDefault(language, "")));
		c.milestones()
			.forEach(m -> written.put("m" + m.position(),
					of(versions, "milestone", m.id(), "description").getOrDefault(language, "")));
		return written;
	}

	/**
	 * Writes the versions in one language (keys as {@link #in}); an empty text removes
	 * that version. Refused as a whole, at each field, when a text is too short or long,
	 * or when the language is the plan's own (the original is corrected, not translated).
	 */
	@Transactional
	public void write(Commitment c, ActionPlan plan, String language, Map<String, String> texts, long actorId) {
		Refusals refusals = new Refusals();
		if (!ActionPlans.PLAN_LANGUAGES.contains(language) || language.equals(plan.language())) {
			refusals.add("language", "commitment.texts.error.language");
		}
		texts.forEach((key, text) -> {
			int length = Texts.length(text == null ? "" : text.strip());
			int most = java.util.Set.of("plan", "title", "policyArea", "sector").contains(key) ? 300
					: key.matches("m[0-9]+") ? 2000 : 5000;
			if (length > 0 && (length > most || length < 3)) {
				refusals.add(key, "commitment.texts.error.length", 3, most);
			}
		});
		refusals.throwIfAny();
		Instant now = clock.instant();
		put("plan", plan.id(), "title", language, texts.get("plan"), actorId, now);
		CommitmentCorrections.TEXTS
			.forEach((key, column) -> put("commitment", c.id(), column, language, texts.get(key), actorId, now));
		for (Milestone m : c.milestones()) {
			put("milestone", m.id(), "description", language, texts.get("m" + m.position()), actorId, now);
		}
		audit.append("person:" + actorId, "commitment.texts", "commitment:" + c.code(), language);
	}

	private void put(String subject, long id, String field, String language, String text, long actorId, Instant at) {
		if (text == null) {
			return;
		}
		if (text.isBlank()) {
			jdbc.sql(
					"DELETE FROM commitment_text WHERE subject = :s AND subject_id = :id AND field = :f AND language = :l")
				.param("s", subject)
				.param("id", id)
				.param("f", field)
				.param("l", language)
				.update();
			return;
		}
		jdbc.sql(
				"""
						INSERT INTO commitment_text (subject, subject_id, field, language, text, updated_by, updated_at)
						VALUES (:s, :id, :f, :l, :t, :by, :at)
						ON CONFLICT (subject, subject_id, field, language)
						DO UPDATE SET text = EXCLUDED.text, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at""")
			.param("s", subject)
			.param("id", id)
			.param("f", field)
			.param("l", language)
			.param("t", text.strip())
			.param("by", actorId)
			.param("at", java.sql.Timestamp.from(at))
			.update();
	}

	private Map<String, Map<String, String>> versions(Commitment c, ActionPlan plan) {
		List<Long> milestones = c.milestones().stream().map(Milestone::id).toList();
		return grouped(jdbc.sql("""
				SELECT subject, subject_id, field, language, text FROM commitment_text
				WHERE (subject = 'plan' AND subject_id = :plan) OR (subject = 'commitment' AND subject_id = :c)
				   OR (subject = 'milestone' AND subject_id = ANY(:m))""")
			.param("plan", plan.id())
			.param("c", c.id())
			.param("m", milestones.toArray(Long[]::new)));
	}

	/** Versions read by a statement, by subject, id and field, then by language. */
	private static Map<String, Map<String, String>> grouped(JdbcClient.StatementSpec statement) {
		Map<String, Map<String, String>> versions = new HashMap<>();
		statement
			.query((rs, n) -> new Version(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list()
			.forEach(v -> versions
				.computeIfAbsent(v.subject() + ":" + v.subjectId() + ":" + v.field(), k -> new HashMap<>())
				.put(v.language(), v.text()));
		return versions;
	}

	private static Map<String, String> of(Map<String, Map<String, String>> versions, String subject, long id,
			String field) {
		return versions.getOrDefault(subject + ":" + id + ":" + field, Map.of());
	}

}
