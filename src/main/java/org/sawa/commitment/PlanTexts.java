package org.sawa.commitment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sawa.audit.AuditLog;
import org.sawa.input.Shown;
import org.sawa.db.TextVersions;
import org.sawa.db.TextVersions.Field;
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

	private final TextVersions versions;

	private final AuditLog audit;

	private final Clock clock;

	PlanTexts(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.versions = new TextVersions(jdbc, "commitment_text");
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The texts of a commitment that may have versions, keyed as {@link #in} keys them:
	 * {@code plan} for the plan's title, the commitment's fields by form name,
	 * {@code m1}, {@code m2}... for the milestones.
	 */
	static List<Field> fields(Commitment c, ActionPlan plan) {
		List<Field> fields = new ArrayList<>();
		fields.add(Field.of("plan", "plan", plan.id(), "title", 300));
		CommitmentCorrections.TEXTS.forEach((key, column) -> fields.add(Field.of(key, "commitment", c.id(), column,
				java.util.Set.of("title", "policyArea", "sector").contains(key) ? 300 : 5000)));
		c.milestones().forEach(m -> fields.add(Field.of("m" + m.position(), "milestone", m.id(), "description", 2000)));
		return fields;
	}

	/** The commitment and its plan as a reader of {@code language} sees them. */
	public Localized in(Commitment c, ActionPlan plan, String language) {
		List<Field> fields = fields(c, plan);
		TextVersions.Read read = versions.read(fields.stream().map(Field::of).distinct().toList());
		Shown shown = new Shown(language);
		String original = plan.language();
		ActionPlan p = new ActionPlan(plan.id(), plan.code(), plan.territoryId(),
				shown.text("plan", plan.title(), original, read.of("plan", plan.id(), "title")), plan.language(),
				plan.startsOn(), plan.endsOn(), plan.status(), plan.sourceUrl());
		Map<String, String> t = new HashMap<>();
		CommitmentCorrections.texts(c)
			.forEach((key, text) -> t.put(key, shown.text(key, text, original,
					read.of("commitment", c.id(), CommitmentCorrections.TEXTS.get(key)))));
		List<Milestone> milestones = new ArrayList<>();
		for (Milestone m : c.milestones()) {
			milestones.add(new Milestone(m.id(), m.commitmentId(), m.position(),
					shown.text("m" + m.position(), m.description(), original,
							read.of("milestone", m.id(), "description")),
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
		TextVersions.Read read = versions.readAll(List.of("plan", "commitment"), List.of("title", "policy_area"));
		Shown shown = new Shown(language);
		plans.forEach((plan, commitments) -> {
			into.put("plan:" + plan.id(), shown.text("plan:" + plan.id(), plan.title(), plan.language(),
					read.of("plan", plan.id(), "title")));
			for (Commitment c : commitments) {
				into.put("c:" + c.id(),
						shown.text("c:" + c.id(), c.title(), plan.language(), read.of("commitment", c.id(), "title")));
				into.put("area:" + c.id(), shown.text("area:" + c.id(), c.policyArea(), plan.language(),
						read.of("commitment", c.id(), "policy_area")));
			}
		});
		return shown;
	}

	/** The versions written in one language, keyed as {@link #in} keys them. */
	public Map<String, String> written(Commitment c, ActionPlan plan, String language) {
		return versions.written(fields(c, plan), language);
	}

	/**
	 * Writes the versions in one language (keys as {@link #in}); an empty text removes
	 * that version. Refused as a whole, at each field, when a text is too short or long,
	 * or when the language is the plan's own (the original is corrected, not translated).
	 */
	@Transactional
	public void write(Commitment c, ActionPlan plan, String language, Map<String, String> texts, long actorId) {
		versions.write(fields(c, plan), plan.language(), language, texts, actorId, clock.instant());
		audit.append("person:" + actorId, "commitment.texts", "commitment:" + c.code(), language);
	}

}
