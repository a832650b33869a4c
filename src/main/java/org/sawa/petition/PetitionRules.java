package org.sawa.petition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.audit.AuditLog;
import org.sawa.refusal.Refusals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal rules of petitions per collectivity level, as data an administrator edits:
 * minimum signatures by population, the spread required across provinces, the deadline
 * for notifying a refusal, the age an association must have. Each value keeps its
 * article, source and "to confirm" flag.
 */
@Service
public class PetitionRules {

	public static final List<String> LEVELS = List.of("region", "province", "commune", "commune_arrondissements");

	public static final List<String> RULES = List.of("thresholds", "spread_percent", "refusal_months",
			"association_years");

	/** One rule as stored, with its legal basis. */
	public record Rule(String level, String rule, String value, String article, String source, boolean toConfirm) {
	}

	/** A step of the threshold: from this population up, this many signatures. */
	public record Step(long populationFrom, int minimum) {
	}

	/** A level's rules, read. */
	public record LevelRules(String level, List<Step> thresholds, int spreadPercent, int refusalMonths,
			int associationYears) {

		/** The minimum number of signatures for a territory of this population. */
		public int threshold(long population) {
			int minimum = thresholds.get(0).minimum();
			for (Step step : thresholds) {
				if (population >= step.populationFrom()) {
					minimum = step.minimum();
				}
			}
			return minimum;
		}

		/**
		 * How many signatures each province must give: the percentage of the threshold,
		 * rounded up; 0 when none.
		 */
		public int spreadMinimum(int threshold) {
			return (int) Math.ceil(threshold * spreadPercent / 100.0);
		}
	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	PetitionRules(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public List<Rule> all() {
		return jdbc.sql("""
				SELECT * FROM petition_rule
				ORDER BY array_position(ARRAY['region', 'province', 'commune', 'commune_arrondissements'], level),
				  array_position(ARRAY['thresholds', 'spread_percent', 'refusal_months', 'association_years'], rule)""")
			.query((rs, n) -> new Rule(rs.getString("level"), rs.getString("rule"), rs.getString("value"),
					rs.getString("article"), rs.getString("source"), rs.getBoolean("to_confirm")))
			.list();
	}

	/**
	 * The rules a petition to this collectivity follows: its level's, or for a commune
	 * with arrondissements the rules of those communes.
	 */
	public LevelRules of(org.sawa.territory.Territory collectivity) {
		return of(collectivity.arrondissements() ? "commune_arrondissements" : collectivity.level().code());
	}

	public LevelRules of(String level) {
		Map<String, String> values = new LinkedHashMap<>();
		all().stream().filter(r -> r.level().equals(level)).forEach(r -> values.put(r.rule(), r.value()));
		if (!values.keySet().containsAll(RULES)) {
			throw new IllegalStateException("petition rules incomplete for " + level);
		}
		return new LevelRules(level, parseSteps(values.get("thresholds")),
				Integer.parseInt(values.get("spread_percent")), Integer.parseInt(values.get("refusal_months")),
				Integer.parseInt(values.get("association_years")));
	}

	/**
	 * Reads threshold steps {@code 0:300,1000000:400}: populations rising from 0,
	 * minimums positive. Throws {@link IllegalArgumentException} otherwise.
	 */
	static List<Step> parseSteps(String text) {
		List<Step> steps = new ArrayList<>();
		for (String part : text.split(",")) {
			String[] pair = part.trim().split(":");
			if (pair.length != 2) {
				throw new IllegalArgumentException(text);
			}
			long from = Long.parseLong(pair[0].trim().replace(" ", ""));
			int minimum = Integer.parseInt(pair[1].trim());
			if (minimum <= 0 || (steps.isEmpty() ? from != 0 : from <= steps.get(steps.size() - 1).populationFrom())) {
				throw new IllegalArgumentException(text);
			}
			steps.add(new Step(from, minimum));
		}
		return steps;
	}

	/**
	 * Checks a value typed for a rule: returns the message key of what is wrong, or null.
	 */
	static String check(String rule, String value) {
		try {
			switch (rule) {
				case "thresholds" -> parseSteps(value);
				case "spread_percent" -> {
					int percent = Integer.parseInt(value.trim());
					if (percent < 0 || percent > 100) {
						return "petitionRules.error.percent";
					}
				}
				case "refusal_months", "association_years" -> {
					int number = Integer.parseInt(value.trim());
					if (number < 1 || number > 24) {
						return "petitionRules.error.number";
					}
				}
				default -> {
					return "validation.option";
				}
			}
			return null;
		}
		catch (IllegalArgumentException ex) {
			return "thresholds".equals(rule) ? "petitionRules.error.thresholds" : "petitionRules.error.number";
		}
	}

	/**
	 * Saves the values, articles, sources and flags of every rule at once, once every
	 * value is valid and every rule names its article (each problem at its field); one
	 * audit entry per change.
	 */
	@Transactional
	public void save(List<Rule> rules, String actor) {
		Refusals refusals = new Refusals();
		for (Rule rule : rules) {
			String key = rule.level() + "." + rule.rule();
			String problem = check(rule.rule(), rule.value());
			if (problem != null) {
				refusals.add("value." + key, problem);
			}
			if (rule.article().isBlank()) {
				refusals.add("article." + key, "petitionRules.error.article");
			}
		}
		refusals.throwIfAny();
		Map<String, Rule> before = new LinkedHashMap<>();
		all().forEach(r -> before.put(r.level() + "/" + r.rule(), r));
		for (Rule rule : rules) {
			Rule old = before.get(rule.level() + "/" + rule.rule());
			if (old == null || old.equals(rule)) {
				continue;
			}
			jdbc.sql("""
					UPDATE petition_rule SET value = :value, article = :article, source = :source, to_confirm = :confirm
					WHERE level = :level AND rule = :rule""")
				.param("value", rule.value().trim())
				.param("article", rule.article().trim())
				.param("source", rule.source().trim())
				.param("confirm", rule.toConfirm())
				.param("level", rule.level())
				.param("rule", rule.rule())
				.update();
			audit.append(actor, "petition.rule.changed", "petition_rule:" + rule.level() + "/" + rule.rule(),
					old.value() + " -> " + rule.value().trim() + (rule.toConfirm() ? " (to confirm)" : ""));
		}
	}

}
