package org.sawa.inforequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.calendar.WorkingDays;
import org.sawa.refusal.Refusals;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The rules of law 31-13 as stored: each deadline with its unit, article, source and "to
 * confirm" flag, and the grounds on which a refusal may rest. The code reads them, never
 * a constant.
 */
@Service
public class InfoRules {

	public static final List<String> RULES = List.of("answer", "extension", "urgent_answer", "urgent_extension",
			"complaint_head_window", "head_answer", "complaint_cdai_window", "cdai_answer", "reminder_before");

	/** One deadline rule as stored, with its legal basis. */
	public record Rule(String rule, int days, boolean workingDays, String article, String source, boolean toConfirm) {
	}

	/**
	 * A ground of refusal (art. 7 exceptions, art. 18 cases); its name is the message
	 * {@code info.ground.<code>}.
	 */
	public record Ground(String code, String article, boolean toConfirm) {
	}

	private final JdbcClient jdbc;

	private final WorkingDays workingDays;

	private final org.sawa.audit.AuditLog audit;

	private final ApplicationEventPublisher events;

	InfoRules(JdbcClient jdbc, WorkingDays workingDays, org.sawa.audit.AuditLog audit,
			ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.workingDays = workingDays;
		this.audit = audit;
	}

	public List<Rule> all() {
		return jdbc
			.sql("""
					SELECT * FROM info_rule
					ORDER BY array_position(ARRAY['answer', 'extension', 'urgent_answer', 'urgent_extension',
					  'complaint_head_window', 'head_answer', 'complaint_cdai_window', 'cdai_answer', 'reminder_before'], rule)""")
			.query((rs, n) -> new Rule(rs.getString("rule"), rs.getInt("days"),
					"working_days".equals(rs.getString("unit")), rs.getString("article"), rs.getString("source"),
					rs.getBoolean("to_confirm")))
			.list();
	}

	public List<Ground> grounds() {
		return jdbc.sql("SELECT * FROM info_refusal_ground ORDER BY position")
			.query((rs, n) -> new Ground(rs.getString("code"), rs.getString("article"), rs.getBoolean("to_confirm")))
			.list();
	}

	/** The deadline engine with today's rule values, holidays and convention. */
	public InfoDeadlines deadlines() {
		Map<String, InfoDeadlines.Length> lengths = new LinkedHashMap<>();
		all().forEach(r -> lengths.put(r.rule(), new InfoDeadlines.Length(r.days(), r.workingDays())));
		if (!lengths.keySet().containsAll(RULES)) {
			throw new IllegalStateException("access to information rules incomplete: " + lengths.keySet());
		}
		return new InfoDeadlines(lengths, workingDays.calendar(), clarificationPauses());
	}

	/**
	 * Whether a request for clarification stops the clock: Sawa's convention, not the
	 * law's; on unless an administrator switched it off.
	 */
	public boolean clarificationPauses() {
		return jdbc.sql("SELECT enabled FROM info_setting WHERE setting = 'clarification_pauses'")
			.query(Boolean.class)
			.optional()
			.orElse(true);
	}

	/**
	 * Switches the convention on or off; audited, and every open deadline is computed
	 * again.
	 */
	@org.springframework.transaction.annotation.Transactional
	public void clarificationPauses(boolean enabled, String actor) {
		boolean before = clarificationPauses();
		if (before == enabled) {
			return;
		}
		jdbc.sql("UPDATE info_setting SET enabled = :e WHERE setting = 'clarification_pauses'")
			.param("e", enabled)
			.update();
		audit.append(actor, "info.setting.changed", "info_setting:clarification_pauses", before + " -> " + enabled);
		events.publishEvent(new RulesChanged());
	}

	/** A rule or setting changed: the open deadlines are to be computed again. */
	public record RulesChanged() {
	}

	/**
	 * Saves the rules an administrator corrected, once every one has 0 to 365 days and
	 * names its article (each problem at its field); each change is audited with its old
	 * and new value.
	 */
	@org.springframework.transaction.annotation.Transactional
	public void save(List<Rule> changed, String actor) {
		Refusals refusals = new Refusals();
		for (Rule rule : changed) {
			if (rule.days() < 0 || rule.days() > 365) {
				refusals.add("days." + rule.rule(), "infoRules.error.days");
			}
			if (rule.article().isBlank()) {
				refusals.add("article." + rule.rule(), "petitionRules.error.article");
			}
		}
		refusals.throwIfAny();
		Map<String, Rule> before = new LinkedHashMap<>();
		all().forEach(r -> before.put(r.rule(), r));
		for (Rule rule : changed) {
			Rule old = before.get(rule.rule());
			if (old == null || old.equals(rule)) {
				continue;
			}
			jdbc.sql(
					"""
							UPDATE info_rule SET days = :days, unit = :unit, article = :article, source = :source, to_confirm = :confirm
							WHERE rule = :rule""")
				.param("days", rule.days())
				.param("unit", rule.workingDays() ? "working_days" : "days")
				.param("article", rule.article().trim())
				.param("source", rule.source().trim())
				.param("confirm", rule.toConfirm())
				.param("rule", rule.rule())
				.update();
			audit.append(actor, "info.rule.changed", "info_rule:" + rule.rule(),
					old.days() + (old.workingDays() ? " wd" : " d") + " -> " + rule.days()
							+ (rule.workingDays() ? " wd" : " d") + (rule.toConfirm() ? " (to confirm)" : ""));
		}
		events.publishEvent(new RulesChanged());
	}

}
