package org.sawa.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.audit.AuditLog;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Associations' organisational capacity (OCA: capacity areas scored 1-4 with evidence)
 * and performance (OPI: domains at levels 1-4), a baseline and a follow-up round each,
 * compared area by area, and the improvement plan that follows.
 */
@Service
@Transactional
public class Assessments {

	public static final Map<String, List<String>> AREAS = Map.of("oca",
			List.of("governance", "administration", "human_resources", "financial_management",
					"organisational_management", "programme_management", "project_performance"),
			"opi", List.of("mastery", "results", "delivery", "reach", "target_population", "learning", "resources",
					"social_capital"));

	public static final List<String> ROUNDS = List.of("baseline", "follow_up");

	/** A score typed in: 1 to 4, with its evidence. */
	public record Score(Integer score, String evidence) {
	}

	/** An area's score in both rounds (null when the round is not recorded). */
	public record Comparison(String area, Integer baseline, Integer followUp) {

		public Integer change() {
			return baseline == null || followUp == null ? null : followUp - baseline;
		}
	}

	public record Action(long id, String area, String action, LocalDate dueOn, boolean done) {
	}

	private final JdbcClient jdbc;

	private final Programmes programmes;

	private final AuditLog audit;

	Assessments(JdbcClient jdbc, Programmes programmes, AuditLog audit) {
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.audit = audit;
	}

	/** Records a whole round: every area of the tool scored, or nothing. */
	public long record(long programmeId, long organisationId, String tool, String round, LocalDate assessedOn,
			Map<String, Score> scores, long actorId) {
		Programme programme = programmes.byId(programmeId)
			.orElseThrow(() -> new CapacityRefused("", "capacity.error.noProgramme"));
		Refusals refusals = new Refusals();
		List<String> areas = AREAS.get(tool == null ? "" : tool);
		if (areas == null) {
			throw new CapacityRefused("tool", "validation.option");
		}
		if (!ROUNDS.contains(round == null ? "" : round)) {
			refusals.add("round", "validation.option");
		}
		if (assessedOn == null) {
			refusals.add("assessedOn", "validation.date");
		}
		if (exists(programmeId, organisationId, tool, round)) {
			refusals.add("round", "capacity.error.roundExists");
		}
		for (String area : areas) {
			Score score = scores.get(area);
			if (score == null || score.score() == null || score.score() < 1 || score.score() > 4) {
				refusals.add("score." + area, "capacity.error.level");
			}
			else if (score.evidence() != null && Texts.length(score.evidence()) > 2000) {
				refusals.add("evidence." + area, "council.error.summaryLong", 2000);
			}
		}
		refusals.throwIfAny();
		long id = jdbc.sql("""
				INSERT INTO capacity_assessment (programme_id, organisation_id, tool, round, assessed_on, created_by)
				VALUES (:p, :o, :t, :r, :d, :by) RETURNING id""")
			.param("p", programmeId)
			.param("o", organisationId)
			.param("t", tool)
			.param("r", round)
			.param("d", assessedOn)
			.param("by", actorId)
			.query(Long.class)
			.single();
		for (String area : areas) {
			Score score = scores.get(area);
			jdbc.sql(
					"INSERT INTO capacity_assessment_score (assessment_id, area, score, evidence) VALUES (:a, :k, :s, :e)")
				.param("a", id)
				.param("k", area)
				.param("s", score.score())
				.param("e", score.evidence() == null || score.evidence().isBlank() ? null : score.evidence().trim())
				.update();
		}
		audit.append("person:" + actorId, "capacity.assessment.recorded", "programme:" + programme.code(),
				"organisation:" + organisationId + " " + tool + " " + round);
		return id;
	}

	/** Whether the organisation already has this round of this tool in the programme. */
	private boolean exists(long programmeId, long organisationId, String tool, String round) {
		return jdbc
			.sql("""
					SELECT EXISTS (SELECT 1 FROM capacity_assessment WHERE programme_id = :p AND organisation_id = :o AND tool = :t
					AND round = :r)""")
			.param("p", programmeId)
			.param("o", organisationId)
			.param("t", tool)
			.param("r", round == null ? "" : round)
			.query(Boolean.class)
			.single();
	}

	public long addAction(long programmeId, long organisationId, String area, String action, LocalDate dueOn,
			long actorId) {
		if (AREAS.values().stream().noneMatch(list -> list.contains(area))) {
			throw new CapacityRefused("area", "validation.option");
		}
		String text = action == null ? "" : action.trim();
		if (Texts.length(text) < 3 || Texts.length(text) > 1000) {
			throw new CapacityRefused("action", "capacity.error.action");
		}
		long id = jdbc.sql("""
				INSERT INTO capacity_improvement_action (programme_id, organisation_id, area, action, due_on)
				VALUES (:p, :o, :a, :t, :d) RETURNING id""")
			.param("p", programmeId)
			.param("o", organisationId)
			.param("a", area)
			.param("t", text)
			.param("d", dueOn)
			.query(Long.class)
			.single();
		audit.append("person:" + actorId, "capacity.action.added", "organisation:" + organisationId, area);
		return id;
	}

	/** Marks an improvement action of the programme done. */
	public void markDone(long programmeId, long actionId, long actorId) {
		int changed = jdbc
			.sql("UPDATE capacity_improvement_action SET done = TRUE WHERE id = :id AND programme_id = :p AND NOT done")
			.param("id", actionId)
			.param("p", programmeId)
			.update();
		if (changed == 0) {
			throw new CapacityRefused("", "capacity.error.noAction");
		}
		audit.append("person:" + actorId, "capacity.action.done", "action:" + actionId, "");
	}

	/** The organisations assessed in the programme. */
	@Transactional(readOnly = true)
	public List<Long> organisations(long programmeId) {
		return jdbc.sql(
				"SELECT DISTINCT organisation_id FROM capacity_assessment WHERE programme_id = :p ORDER BY organisation_id")
			.param("p", programmeId)
			.query(Long.class)
			.list();
	}

	/** Both rounds of a tool, area by area. */
	@Transactional(readOnly = true)
	public List<Comparison> compare(long programmeId, long organisationId, String tool) {
		Map<String, Integer[]> byArea = new LinkedHashMap<>();
		AREAS.get(tool).forEach(area -> byArea.put(area, new Integer[2]));
		jdbc.sql(
				"""
						SELECT a.round, s.area, s.score FROM capacity_assessment a JOIN capacity_assessment_score s ON s.assessment_id = a.id
						WHERE a.programme_id = :p AND a.organisation_id = :o AND a.tool = :t""")
			.param("p", programmeId)
			.param("o", organisationId)
			.param("t", tool)
			.query((rs,
					n) -> byArea.get(rs.getString("area"))["baseline".equals(rs.getString("round")) ? 0 : 1] = rs
						.getInt("score"))
			.list();
		List<Comparison> rows = new ArrayList<>();
		byArea.forEach((area, scores) -> rows.add(new Comparison(area, scores[0], scores[1])));
		return rows;
	}

	/** The day of each recorded round of a tool. */
	@Transactional(readOnly = true)
	public Map<String, LocalDate> rounds(long programmeId, long organisationId, String tool) {
		Map<String, LocalDate> rounds = new LinkedHashMap<>();
		jdbc.sql(
				"SELECT round, assessed_on FROM capacity_assessment WHERE programme_id = :p AND organisation_id = :o AND tool = :t ORDER BY assessed_on")
			.param("p", programmeId)
			.param("o", organisationId)
			.param("t", tool)
			.query((rs, n) -> rounds.put(rs.getString(1), rs.getObject(2, LocalDate.class)))
			.list();
		return rounds;
	}

	@Transactional(readOnly = true)
	public List<Action> actions(long programmeId, long organisationId) {
		return jdbc.sql(
				"SELECT * FROM capacity_improvement_action WHERE programme_id = :p AND organisation_id = :o ORDER BY due_on NULLS LAST, id")
			.param("p", programmeId)
			.param("o", organisationId)
			.query((rs, n) -> new Action(rs.getLong("id"), rs.getString("area"), rs.getString("action"),
					rs.getObject("due_on", LocalDate.class), rs.getBoolean("done")))
			.list();
	}

}
