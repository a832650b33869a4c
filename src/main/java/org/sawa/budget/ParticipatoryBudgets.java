package org.sawa.budget;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sawa.audit.AuditLog;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participatory budgets: staff of a collectivity open one (envelope, split, reserved
 * share, method, dates), everyone finds them by territory and code, and their phases
 * follow the clock.
 */
@Service
public class ParticipatoryBudgets {

	/** The themes a proposal belongs to, and an envelope may be split by. */
	public static final List<String> THEMES = List.of("water", "roads", "education", "health", "culture_sport",
			"environment", "economy", "social");

	static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{2,39}$");

	/**
	 * What staff write to open a participatory budget (dates ISO, amounts in dirhams).
	 */
	public record Form(String code, String territory, Integer year, String language, String title, String summary,
			BigDecimal envelope, String split, Map<String, BigDecimal> parts, String method, Integer choices,
			Integer reservedPercent, String reservedFor, LocalDate proposalsFrom, LocalDate proposalsTo,
			LocalDate reviewTo, LocalDate votingFrom, LocalDate votingTo) {
	}

	private final JdbcClient jdbc;

	private final Budgets budgets;

	private final Territories territories;

	private final AuditLog audit;

	private final Clock clock;

	ParticipatoryBudgets(JdbcClient jdbc, Budgets budgets, Territories territories, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.budgets = budgets;
		this.territories = territories;
		this.audit = audit;
		this.clock = clock;
	}

	/** A budget with the parts of its envelope, read in the same query. */
	static final String SELECT = """
			SELECT p.*, ARRAY(SELECT key FROM pb_part WHERE process_id = p.id ORDER BY key) AS part_keys,
			  ARRAY(SELECT amount FROM pb_part WHERE process_id = p.id ORDER BY key) AS part_amounts
			FROM pb_process p""";

	public Optional<PbProcess> byCode(String code) {
		return jdbc.sql(SELECT + " WHERE code = :c").param("c", code).query(ParticipatoryBudgets::process).optional();
	}

	public Optional<PbProcess> byId(long id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(ParticipatoryBudgets::process).optional();
	}

	/** Every participatory budget, latest year first. */
	public List<PbProcess> all() {
		return jdbc.sql(SELECT + " ORDER BY year DESC, id").query(ParticipatoryBudgets::process).list();
	}

	/** A territory's latest participatory budget, if it has one. */
	public Optional<PbProcess> latest(long territoryId) {
		return jdbc.sql(SELECT + " WHERE territory_id = :t ORDER BY year DESC, id LIMIT 1")
			.param("t", territoryId)
			.query(ParticipatoryBudgets::process)
			.optional();
	}

	/**
	 * The communes of a budget's territory (the territory itself when it is a commune).
	 */
	public List<Territory> communes(PbProcess p) {
		return territories.within(p.territoryId(), Level.COMMUNE);
	}

	public PbProcess.Phase phase(PbProcess p) {
		return p.phase(LocalDate.now(clock));
	}

	/** Whether the person is staff or administrator of the budget's territory. */
	public boolean manages(long personId, PbProcess p) {
		return budgets.manages(personId, p.territoryId());
	}

	/** Opens a participatory budget; every mistake refused at its field. Audited. */
	@Transactional
	public PbProcess open(Form f, long actorId) {
		Refusals refusals = new Refusals();
		String code = f.code() == null ? "" : f.code().trim().toUpperCase(java.util.Locale.ROOT);
		if (!CODE.matcher(code).matches()) {
			refusals.add("code", "budget.pb.error.code");
		}
		else if (byCode(code).isPresent()) {
			refusals.add("code", "budget.pb.error.codeTaken");
		}
		Optional<Territory> territory = territories.byCode(f.territory() == null ? "" : f.territory())
			.filter(t -> t.level() != Level.COUNTRY);
		if (territory.isEmpty()) {
			refusals.add("territory", "budget.error.territory");
		}
		else if (!budgets.manages(actorId, territory.get().id())) {
			refusals.add("territory", "budget.error.notYours");
		}
		if (f.year() == null || f.year() < 2000 || f.year() > 2100) {
			refusals.add("year", "budget.error.year");
		}
		if (!Texts.oneOf(f.language(), List.of("ar", "fr"))) {
			refusals.add("language", "budget.error.language");
		}
		String title = Texts.cleanOrEmpty(f.title());
		if (Texts.length(title) < 5 || Texts.length(title) > 150) {
			refusals.add("title", "budget.pb.error.title", 150);
		}
		String summary = Texts.cleanOrEmpty(f.summary());
		if (Texts.length(summary) < 20 || Texts.length(summary) > 3000) {
			refusals.add("summary", "budget.pb.error.summary", 3000);
		}
		checkMoney(f, territory, refusals);
		checkDates(f, refusals);
		refusals.throwIfAny();
		long id = insert(code, territory.get(), title, summary, f, actorId);
		f.parts()
			.forEach((key, amount) -> jdbc.sql("INSERT INTO pb_part (process_id, key, amount) VALUES (:p, :k, :a)")
				.param("p", id)
				.param("k", key)
				.param("a", amount)
				.update());
		audit.append("person:" + actorId, "budget.pb.open", "pb:" + code, f.envelope().toPlainString());
		return byId(id).orElseThrow();
	}

	private void checkMoney(Form f, Optional<Territory> territory, Refusals refusals) {
		if (f.envelope() == null || f.envelope().signum() <= 0 || f.envelope().compareTo(BudgetSheet.MOST) > 0) {
			refusals.add("envelope", "budget.pb.error.envelope");
		}
		if (!Texts.oneOf(f.split(), List.of("none", "province", "theme"))) {
			refusals.add("split", "validation.option");
		}
		else if (!"none".equals(f.split())) {
			List<String> keys = "theme".equals(f.split()) ? THEMES
					: territory.map(t -> territories.children(t.id()).stream().map(Territory::code).toList())
						.orElse(List.of());
			BigDecimal sum = f.parts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			if (f.parts().isEmpty() || !keys.containsAll(f.parts().keySet())
					|| f.parts().values().stream().anyMatch(a -> a.signum() <= 0)) {
				refusals.add("parts", "budget.pb.error.parts", String.join(", ", keys));
			}
			else if (f.envelope() != null && sum.compareTo(f.envelope()) != 0) {
				refusals.add("parts", "budget.pb.error.partsSum", sum, f.envelope());
			}
		}
		if (!Texts.oneOf(f.method(), List.of("knapsack", "approval"))) {
			refusals.add("method", "validation.option");
		}
		else if ("approval".equals(f.method()) && (f.choices() == null || f.choices() < 1 || f.choices() > 20)) {
			refusals.add("choices", "budget.pb.error.choices");
		}
		int reserved = f.reservedPercent() == null ? 0 : f.reservedPercent();
		if (reserved < 0 || reserved > 50) {
			refusals.add("reservedPercent", "budget.pb.error.reserved");
		}
		else if (reserved > 0 && !Texts.oneOf(f.reservedFor(), List.of("women", "youth"))) {
			refusals.add("reservedFor", "budget.pb.error.reservedFor");
		}
	}

	private static void checkDates(Form f, Refusals refusals) {
		LocalDate[] days = { f.proposalsFrom(), f.proposalsTo(), f.reviewTo(), f.votingFrom(), f.votingTo() };
		String[] fields = { "proposalsFrom", "proposalsTo", "reviewTo", "votingFrom", "votingTo" };
		for (int i = 0; i < days.length; i++) {
			if (days[i] == null) {
				refusals.add(fields[i], "budget.pb.error.date");
			}
			else if (i > 0 && days[i - 1] != null
					&& (i == 3 ? !days[i].isAfter(days[i - 1]) : days[i].isBefore(days[i - 1]))) {
				refusals.add(fields[i], "budget.pb.error.order");
			}
		}
	}

	private long insert(String code, Territory territory, String title, String summary, Form f, long actorId) {
		int reserved = f.reservedPercent() == null ? 0 : f.reservedPercent();
		return jdbc
			.sql("""
					INSERT INTO pb_process (code, territory_id, year, language, title, summary, envelope, split, method,
					  choices, reserved_share, reserved_for, proposals_from, proposals_to, review_to, voting_from, voting_to,
					  created_by, created_at)
					VALUES (:code, :t, :y, :l, :title, :summary, :e, :split, :m, :c, :rs, :rf, :pf, :pt, :rt, :vf, :vt,
					  :by, :at) RETURNING id""")
			.param("code", code)
			.param("t", territory.id())
			.param("y", f.year())
			.param("l", f.language())
			.param("title", title)
			.param("summary", summary)
			.param("e", f.envelope())
			.param("split", f.split())
			.param("m", f.method())
			.param("c", "approval".equals(f.method()) ? f.choices() : null)
			.param("rs", BigDecimal.valueOf(reserved, 2))
			.param("rf", reserved > 0 ? f.reservedFor() : null)
			.param("pf", f.proposalsFrom())
			.param("pt", f.proposalsTo())
			.param("rt", f.reviewTo())
			.param("vf", f.votingFrom())
			.param("vt", f.votingTo())
			.param("by", actorId)
			.param("at", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	/**
	 * Publishes the staff's reviews of every proposal: the vote may then open. Audited.
	 */
	@Transactional
	public void publishReviews(PbProcess p, long actorId) {
		if (!manages(actorId, p)) {
			throw new BudgetRefused("form", "budget.error.notYours");
		}
		long unreviewed = jdbc.sql("""
				SELECT count(*) FROM pb_proposal WHERE process_id = :p AND withdrawn_at IS NULL AND feasible IS NULL""")
			.param("p", p.id())
			.query(Long.class)
			.single();
		if (unreviewed > 0) {
			throw new BudgetRefused("form", "budget.pb.error.unreviewed", unreviewed);
		}
		jdbc.sql("UPDATE pb_process SET reviews_published_at = :at WHERE id = :id")
			.param("at", Timestamp.from(clock.instant()))
			.param("id", p.id())
			.update();
		audit.append("person:" + actorId, "budget.pb.reviews", "pb:" + p.code(), "");
	}

	private static PbProcess process(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		Map<String, BigDecimal> parts = new LinkedHashMap<>();
		String[] keys = (String[]) rs.getArray("part_keys").getArray();
		BigDecimal[] amounts = (BigDecimal[]) rs.getArray("part_amounts").getArray();
		for (int i = 0; i < keys.length; i++) {
			parts.put(keys[i], amounts[i]);
		}
		int choices = rs.getInt("choices");
		Integer chosen = rs.wasNull() ? null : choices;
		return new PbProcess(id, rs.getString("code"), rs.getLong("territory_id"), rs.getInt("year"),
				rs.getString("language"), rs.getString("title"), rs.getString("summary"), rs.getBigDecimal("envelope"),
				rs.getString("split"), rs.getString("method"), chosen, rs.getBigDecimal("reserved_share"),
				rs.getString("reserved_for"), day(rs, "proposals_from"), day(rs, "proposals_to"), day(rs, "review_to"),
				day(rs, "voting_from"), day(rs, "voting_to"), instant(rs, "reviews_published_at"),
				instant(rs, "results_published_at"), parts);
	}

	private static LocalDate day(ResultSet rs, String column) throws SQLException {
		return rs.getDate(column).toLocalDate();
	}

	private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

}
