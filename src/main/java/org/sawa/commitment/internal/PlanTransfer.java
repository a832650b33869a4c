package org.sawa.commitment.internal;

import static org.sawa.imports.Cells.date;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.sawa.commitment.ActionPlan;
import org.sawa.commitment.ActionPlans;
import org.sawa.commitment.Commitment;
import org.sawa.commitment.Milestone;
import org.sawa.imports.AllOrNothing;
import org.sawa.imports.Csv;
import org.sawa.imports.ImportProblem;
import org.sawa.imports.ImportReport;
import org.sawa.imports.ImportTally;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A plan out and in, as CSV (one row per milestone) or JSON (the plan, its commitments
 * and their milestones). An import adds what is missing (plan, commitments, milestones)
 * and changes nothing that exists: a milestone's status moves only with a dated note,
 * never from a file. All or nothing, each problem with its line (CSV) or milestone number
 * (JSON); importing an export again changes nothing.
 */
@Service
public class PlanTransfer {

	static final List<String> COLUMNS = List.of("plan_code", "plan_territory", "plan_title", "plan_language",
			"plan_starts_on", "plan_ends_on", "commitment_code", "commitment_title", "policy_area", "sector",
			"commitment_starts_on", "commitment_ends_on", "milestone", "description", "starts_on", "ends_on", "status");

	/**
	 * One milestone with its commitment and plan, as a CSV row or a JSON milestone gives
	 * it.
	 */
	record Line(long line, Map<String, String> values) {

		String get(String column) {
			String value = values.get(column);
			return value == null ? "" : value.trim();
		}
	}

	private final ActionPlans plans;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final Territories territories;

	private final Permissions permissions;

	private final ObjectMapper json;

	PlanTransfer(ActionPlans plans, JdbcClient jdbc, TransactionTemplate tx, Territories territories,
			Permissions permissions, ObjectMapper json) {
		this.plans = plans;
		this.jdbc = jdbc;
		this.tx = tx;
		this.territories = territories;
		this.permissions = permissions;
		this.json = json;
	}

	// ------------------------------------------------------------------ export

	public String csv(ActionPlan plan) {
		StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
		for (Line line : lines(plan)) {
			List<String> cells = new ArrayList<>();
			COLUMNS.forEach(c -> cells.add(Csv.cell(line.get(c))));
			out.append(String.join(",", cells)).append("\r\n");
		}
		return out.toString();
	}

	public Map<String, Object> json(ActionPlan plan) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("plan", planFields(plan));
		List<Object> commitments = new ArrayList<>();
		for (Commitment commitment : plans.commitments(plan.id())) {
			Map<String, Object> c = new LinkedHashMap<>();
			c.put("code", commitment.code());
			c.put("title", commitment.title());
			c.put("problem", commitment.problem());
			c.put("status_quo", commitment.statusQuo());
			c.put("action", commitment.action());
			c.put("contribution", commitment.contribution());
			c.put("long_term_goal", commitment.longTermGoal());
			c.put("policy_area", commitment.policyArea());
			c.put("sector", commitment.sector());
			c.put("ogp_values", commitment.ogpValues());
			c.put("starts_on", commitment.startsOn().toString());
			c.put("ends_on", commitment.endsOn().toString());
			c.put("completion_from_milestones", commitment.derivedCompletion());
			List<Object> milestones = new ArrayList<>();
			for (Milestone milestone : commitment.milestones()) {
				Map<String, Object> m = new LinkedHashMap<>();
				m.put("milestone", milestone.position());
				m.put("description", milestone.description());
				m.put("starts_on", milestone.startsOn().toString());
				m.put("ends_on", milestone.endsOn().toString());
				m.put("status", milestone.status().code());
				m.put("completion", milestone.completionScale());
				milestones.add(m);
			}
			c.put("milestones", milestones);
			commitments.add(c);
		}
		root.put("commitments", commitments);
		return root;
	}

	private Map<String, Object> planFields(ActionPlan plan) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("code", plan.code());
		p.put("territory", territories.byId(plan.territoryId()).orElseThrow().code());
		p.put("title", plan.title());
		p.put("language", plan.language());
		p.put("starts_on", plan.startsOn().toString());
		p.put("ends_on", plan.endsOn().toString());
		p.put("status", plan.status());
		return p;
	}

	private List<Line> lines(ActionPlan plan) {
		List<Line> lines = new ArrayList<>();
		String territory = territories.byId(plan.territoryId()).orElseThrow().code();
		for (Commitment commitment : plans.commitments(plan.id())) {
			for (Milestone milestone : commitment.milestones()) {
				Map<String, String> v = new LinkedHashMap<>();
				v.put("plan_code", plan.code());
				v.put("plan_territory", territory);
				v.put("plan_title", plan.title());
				v.put("plan_language", plan.language());
				v.put("plan_starts_on", plan.startsOn().toString());
				v.put("plan_ends_on", plan.endsOn().toString());
				v.put("commitment_code", commitment.code());
				v.put("commitment_title", commitment.title());
				v.put("policy_area", commitment.policyArea());
				v.put("sector", commitment.sector());
				v.put("commitment_starts_on", commitment.startsOn().toString());
				v.put("commitment_ends_on", commitment.endsOn().toString());
				v.put("milestone", String.valueOf(milestone.position()));
				v.put("description", milestone.description());
				v.put("starts_on", milestone.startsOn().toString());
				v.put("ends_on", milestone.endsOn().toString());
				v.put("status", milestone.status().code());
				lines.add(new Line(lines.size() + 2, v));
			}
		}
		return lines;
	}

	// ------------------------------------------------------------------ import

	public ImportReport importCsv(InputStream input, long actorId) {
		return AllOrNothing.run(tx, () -> {
			List<Line> lines = new ArrayList<>();
			Csv.read(input, COLUMNS, row -> {
				Map<String, String> values = new LinkedHashMap<>();
				COLUMNS.forEach(c -> values.put(c, Csv.undefuse(row.get(c))));
				lines.add(new Line(row.line(), values));
			});
			return apply(lines, actorId);
		});
	}

	/**
	 * A JSON file as the export writes it; each milestone is numbered as a line, from 1.
	 */
	public ImportReport importJson(InputStream input, long actorId) {
		JsonNode root;
		try {
			root = json.readTree(new String(input.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException | RuntimeException ex) {
			return ImportReport.refused(0, List.of(new ImportProblem(1, "", "commitment.import.error.json")));
		}
		if (root == null || !root.has("plan") || !root.has("commitments")) {
			return ImportReport.refused(0, List.of(new ImportProblem(1, "", "commitment.import.error.json")));
		}
		JsonNode plan = root.get("plan");
		List<Line> lines = new ArrayList<>();
		for (JsonNode c : root.get("commitments")) {
			for (JsonNode m : c.path("milestones")) {
				Map<String, String> v = new LinkedHashMap<>();
				v.put("plan_code", plan.path("code").asString(""));
				v.put("plan_territory", plan.path("territory").asString(""));
				v.put("plan_title", plan.path("title").asString(""));
				v.put("plan_language", plan.path("language").asString(""));
				v.put("plan_starts_on", plan.path("starts_on").asString(""));
				v.put("plan_ends_on", plan.path("ends_on").asString(""));
				v.put("commitment_code", c.path("code").asString(""));
				v.put("commitment_title", c.path("title").asString(""));
				v.put("policy_area", c.path("policy_area").asString(""));
				v.put("sector", c.path("sector").asString(""));
				v.put("commitment_starts_on", c.path("starts_on").asString(""));
				v.put("commitment_ends_on", c.path("ends_on").asString(""));
				v.put("milestone", m.path("milestone").asString(""));
				v.put("description", m.path("description").asString(""));
				v.put("starts_on", m.path("starts_on").asString(""));
				v.put("ends_on", m.path("ends_on").asString(""));
				v.put("status", m.path("status").asString(""));
				lines.add(new Line(lines.size() + 1, v));
			}
		}
		return AllOrNothing.run(tx, () -> apply(lines, actorId));
	}

	private ImportReport apply(List<Line> lines, long actorId) {
		ImportTally tally = new ImportTally();
		Map<String, List<Line>> byCommitment = new LinkedHashMap<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (Line line : lines) {
			tally.rowRead();
			check(line, tally, actorId);
			if (!seen.add(line.get("commitment_code").toUpperCase(Locale.ROOT) + "#" + line.get("milestone"))) {
				tally.problem(line.line(), "milestone", "import.error.duplicateRow", line.get("milestone"));
			}
			byCommitment.computeIfAbsent(line.get("commitment_code").toUpperCase(Locale.ROOT), k -> new ArrayList<>())
				.add(line);
		}
		if (tally.hasProblems()) {
			return tally.finish();
		}
		for (var entry : byCommitment.entrySet()) {
			Line first = entry.getValue().get(0);
			String planCode = first.get("plan_code").toUpperCase(Locale.ROOT);
			ActionPlan plan = plans.planByCode(planCode).orElse(null);
			if (plan == null) {
				plans.createPlan(planCode, first.get("plan_territory"), first.get("plan_title"),
						first.get("plan_language"), date(first.get("plan_starts_on")), date(first.get("plan_ends_on")),
						"in_progress", null, actorId);
				plan = plans.planByCode(planCode).orElseThrow();
			}
			Commitment existing = plans.byCode(entry.getKey()).orElse(null);
			if (existing != null && existing.planId() != plan.id()) {
				tally.problem(first.line(), "commitment_code", "commitment.import.error.otherPlan", entry.getKey());
				continue;
			}
			if (existing == null) {
				List<ActionPlans.NewMilestone> milestones = new ArrayList<>();
				entry.getValue()
					.stream()
					.sorted(java.util.Comparator.comparingInt(l -> Integer.parseInt(l.get("milestone"))))
					.forEach(l -> milestones.add(new ActionPlans.NewMilestone(l.get("description"),
							date(l.get("starts_on")), date(l.get("ends_on")), l.get("status"), null)));
				plans.addCommitment(plan.id(),
						new ActionPlans.NewCommitment(entry.getKey(), first.get("commitment_title"), "", "", "", "", "",
								first.get("policy_area"), first.get("sector"), List.of(), "",
								date(first.get("commitment_starts_on")), date(first.get("commitment_ends_on")),
								Map.of(), milestones),
						actorId);
				entry.getValue().forEach(l -> tally.inserted());
				continue;
			}
			for (Line line : entry.getValue()) {
				int position = Integer.parseInt(line.get("milestone"));
				boolean known = existing.milestones().stream().anyMatch(m -> m.position() == position);
				if (known) {
					tally.updatedOrUnchanged(false);
				}
				else {
					jdbc.sql(
							"""
									INSERT INTO commitment_milestone (commitment_id, position, description, starts_on, ends_on, status)
									VALUES (:c, :p, :d, :s, :e, :st)""")
						.param("c", existing.id())
						.param("p", position)
						.param("d", line.get("description"))
						.param("s", date(line.get("starts_on")))
						.param("e", date(line.get("ends_on")))
						.param("st", line.get("status"))
						.update();
					tally.inserted();
				}
			}
		}
		return tally.finish();
	}

	private void check(Line line, ImportTally tally, long actorId) {
		if (!line.get("plan_code").toUpperCase(Locale.ROOT).matches("[A-Z0-9-]{2,40}")) {
			tally.problem(line.line(), "plan_code", "capacity.error.code");
		}
		Territory territory = territories.byCode(line.get("plan_territory")).orElse(null);
		if (territory == null) {
			tally.problem(line.line(), "plan_territory", "import.error.unknownTerritory", line.get("plan_territory"));
		}
		else if (!permissions.hasAny(actorId, territory.id(), Role.STAFF, Role.PROGRAMME_OFFICER)) {
			tally.problem(line.line(), "plan_territory", "commitment.import.error.notAllowed",
					line.get("plan_territory"));
		}
		if (!List.of("ar", "fr", "en", "zgh").contains(line.get("plan_language"))) {
			tally.problem(line.line(), "plan_language", "validation.option");
		}
		if (!line.get("commitment_code").toUpperCase(Locale.ROOT).matches("[A-Z0-9-]{2,40}")) {
			tally.problem(line.line(), "commitment_code", "capacity.error.code");
		}
		if (line.get("commitment_title").length() < 3 || line.get("plan_title").length() < 3) {
			tally.problem(line.line(), "commitment_title", "import.error.required");
		}
		if (!line.get("milestone").matches("[1-9][0-9]?")) {
			tally.problem(line.line(), "milestone", "commitment.import.error.position");
		}
		if (line.get("description").length() < 3) {
			tally.problem(line.line(), "description", "commitment.error.description");
		}
		if (!ActionPlans.MILESTONE_STATUSES.contains(line.get("status"))) {
			tally.problem(line.line(), "status", "validation.option");
		}
		for (String[] period : new String[][] { { "plan_starts_on", "plan_ends_on" },
				{ "commitment_starts_on", "commitment_ends_on" }, { "starts_on", "ends_on" } }) {
			LocalDate from = date(line.get(period[0]));
			LocalDate to = date(line.get(period[1]));
			if (from == null) {
				tally.problem(line.line(), period[0], "validation.date");
			}
			if (to == null || (from != null && to.isBefore(from))) {
				tally.problem(line.line(), period[1], "capacity.error.period");
			}
		}
	}

}
