package org.sawa.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.audit.Corrections;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff correct a commitment as it was entered: the OGP template's texts, its period and
 * each milestone's description and dates (a milestone's status moves only with a dated
 * progress note, never by correction). Checked as a new commitment would be, kept with
 * its reason as the commitment's next version ({@link Corrections}) and shown on its
 * page.
 */
@Service
@Transactional
public class CommitmentCorrections {

	/** The commitment's text fields, by form name, and their columns. */
	static final Map<String, String> TEXTS = new LinkedHashMap<>();
	static {
		TEXTS.put("title", "title");
		TEXTS.put("problem", "problem");
		TEXTS.put("statusQuo", "status_quo");
		TEXTS.put("action", "action");
		TEXTS.put("contribution", "contribution");
		TEXTS.put("longTermGoal", "long_term_goal");
		TEXTS.put("policyArea", "policy_area");
		TEXTS.put("sector", "sector");
		TEXTS.put("otherInstitutions", "other_institutions");
	}

	/** A milestone as corrected, by its position. */
	public record MilestoneLine(int position, String description, LocalDate startsOn, LocalDate endsOn) {
	}

	/** The corrected commitment: texts by form name, period, milestones, reason. */
	public record Correction(Map<String, String> texts, LocalDate startsOn, LocalDate endsOn,
			List<MilestoneLine> milestones, String reason) {
	}

	private final JdbcClient jdbc;

	private final ActionPlans plans;

	private final Corrections corrections;

	CommitmentCorrections(JdbcClient jdbc, ActionPlans plans, Corrections corrections) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.corrections = corrections;
	}

	public static String subject(Commitment commitment) {
		return "commitment:" + commitment.code();
	}

	public void correct(long commitmentId, Correction correction, long actorId) {
		Commitment commitment = plans.byId(commitmentId)
			.orElseThrow(() -> new CommitmentRefused("", "commitment.error.noCommitment"));
		Map<String, String> texts = new LinkedHashMap<>();
		TEXTS.keySet().forEach(f -> texts.put(f, clean(correction.texts().get(f))));
		check(commitment, texts, correction);
		Map<String, String> before = texts(commitment);
		List<Corrections.Change> changes = new ArrayList<>();
		texts.forEach((field, value) -> changes.add(Corrections.Change.of(field, null, before.get(field), value)));
		changes.add(Corrections.Change.of("startsOn", null, commitment.startsOn(), correction.startsOn()));
		changes.add(Corrections.Change.of("endsOn", null, commitment.endsOn(), correction.endsOn()));
		for (MilestoneLine line : correction.milestones()) {
			Milestone milestone = commitment.milestones().get(line.position() - 1);
			String item = String.valueOf(line.position());
			changes.add(Corrections.Change.of("milestone", item, milestone.description(), clean(line.description())));
			changes.add(Corrections.Change.of("milestoneStartsOn", item, milestone.startsOn(), line.startsOn()));
			changes.add(Corrections.Change.of("milestoneEndsOn", item, milestone.endsOn(), line.endsOn()));
		}
		corrections.record(subject(commitment), changes, correction.reason(), actorId);
		StringBuilder set = new StringBuilder();
		TEXTS.values().forEach(column -> set.append(column).append(" = :").append(column).append(", "));
		var update = jdbc.sql("UPDATE commitment SET " + set + "starts_on = :s, ends_on = :e WHERE id = :id");
		for (var entry : TEXTS.entrySet()) {
			update = update.param(entry.getValue(), texts.get(entry.getKey()));
		}
		update.param("s", correction.startsOn()).param("e", correction.endsOn()).param("id", commitmentId).update();
		for (MilestoneLine line : correction.milestones()) {
			jdbc.sql("""
					UPDATE commitment_milestone SET description = :d, starts_on = :s, ends_on = :e
					WHERE commitment_id = :c AND position = :p""")
				.param("d", clean(line.description()))
				.param("s", line.startsOn())
				.param("e", line.endsOn())
				.param("c", commitmentId)
				.param("p", line.position())
				.update();
		}
	}

	public static String subject(ActionPlan plan) {
		return "plan:" + plan.code();
	}

	/**
	 * Corrects a plan's title, language, period, status and source link, with a reason,
	 * checked as a new plan would be.
	 */
	public void correctPlan(long planId, ActionPlans.PlanFields fields, String reason, long actorId) {
		ActionPlan plan = plans.plan(planId).orElseThrow(() -> new CommitmentRefused("", "commitment.error.noPlan"));
		Refusals refusals = new Refusals();
		plans.checkPlan(fields, refusals);
		Corrections.checkReason(reason, refusals);
		refusals.throwIfAny();
		corrections.record(subject(plan),
				List.of(Corrections.Change.of("title", null, plan.title(), fields.cleanTitle()),
						Corrections.Change.of("language", null, plan.language(), fields.language()),
						Corrections.Change.of("startsOn", null, plan.startsOn(), fields.startsOn()),
						Corrections.Change.of("endsOn", null, plan.endsOn(), fields.endsOn()),
						Corrections.Change.of("status", null, plan.status(), fields.status()),
						Corrections.Change.of("sourceUrl", null, plan.sourceUrl(), fields.cleanSource())),
				reason, actorId);
		jdbc.sql("""
				UPDATE commitment_plan SET title = :t, language = :l, starts_on = :s, ends_on = :e, status = :st,
				  source_url = :u WHERE id = :id""")
			.param("t", fields.cleanTitle())
			.param("l", fields.language())
			.param("s", fields.startsOn())
			.param("e", fields.endsOn())
			.param("st", fields.status())
			.param("u", fields.cleanSource())
			.param("id", planId)
			.update();
	}

	/** Every reason to refuse, at its field, before anything is written. */
	private void check(Commitment commitment, Map<String, String> texts, Correction correction) {
		Refusals refusals = new Refusals();
		if (Texts.length(texts.get("title")) < 3 || Texts.length(texts.get("title")) > 300) {
			refusals.add("title", "council.error.memoTitle", 3, 300);
		}
		texts.forEach((field, value) -> {
			if (!"title".equals(field) && Texts.length(value) > 5000) {
				refusals.add(field, "council.error.summaryLong", 5000);
			}
		});
		if (correction.startsOn() == null || correction.endsOn() == null
				|| correction.endsOn().isBefore(correction.startsOn())) {
			refusals.add("endsOn", "capacity.error.period");
		}
		for (MilestoneLine line : correction.milestones()) {
			String prefix = "m." + line.position() + ".";
			if (line.position() < 1 || line.position() > commitment.milestones().size()) {
				refusals.add("", "commitment.error.noCommitment");
				continue;
			}
			String description = clean(line.description());
			if (Texts.length(description) < 3 || Texts.length(description) > 2000) {
				refusals.add(prefix + "description", "commitment.error.description");
			}
			if (line.startsOn() == null || line.endsOn() == null || line.endsOn().isBefore(line.startsOn())) {
				refusals.add(prefix + "endsOn", "capacity.error.period");
			}
		}
		Corrections.checkReason(correction.reason(), refusals);
		refusals.throwIfAny();
	}

	/** The commitment's texts as recorded, by form name. */
	public static Map<String, String> texts(Commitment c) {
		Map<String, String> before = new LinkedHashMap<>();
		before.put("title", c.title());
		before.put("problem", c.problem());
		before.put("statusQuo", c.statusQuo());
		before.put("action", c.action());
		before.put("contribution", c.contribution());
		before.put("longTermGoal", c.longTermGoal());
		before.put("policyArea", c.policyArea());
		before.put("sector", c.sector());
		before.put("otherInstitutions", c.otherInstitutions());
		return before;
	}

	private static String clean(String text) {
		return text == null ? "" : text.trim();
	}

}
