package org.sawa.budget;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.sawa.audit.AuditLog;
import org.sawa.budget.BudgetLine.Beneficiaries;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budgets imported: found by territory and year, their chapters and lines, who may
 * manage them (staff and administrators of the collectivity or above it), and their
 * publication.
 */
@Service
public class Budgets {

	static final String COLUMNS = "id, territory_id, year, language, source, currency, imported_at, published_at";

	private final JdbcClient jdbc;

	private final Permissions permissions;

	private final Territories territories;

	private final AuditLog audit;

	private final Clock clock;

	Budgets(JdbcClient jdbc, Permissions permissions, Territories territories, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.permissions = permissions;
		this.territories = territories;
		this.audit = audit;
		this.clock = clock;
	}

	public Optional<Budget> find(long territoryId, int year) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM budget WHERE territory_id = :t AND year = :y")
			.param("t", territoryId)
			.param("y", year)
			.query(Budgets::budget)
			.optional();
	}

	public Optional<Budget> byId(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM budget WHERE id = :id")
			.param("id", id)
			.query(Budgets::budget)
			.optional();
	}

	/** Every published budget, latest year first. */
	public List<Budget> published() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM budget WHERE published_at IS NOT NULL ORDER BY year DESC, id")
			.query(Budgets::budget)
			.list();
	}

	/** The published budgets of a territory, latest year first. */
	public List<Budget> published(long territoryId) {
		return jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM budget WHERE territory_id = :t AND published_at IS NOT NULL ORDER BY year DESC")
			.param("t", territoryId)
			.query(Budgets::budget)
			.list();
	}

	/** The budgets a person may manage, latest year first. */
	public List<Budget> managedBy(long personId) {
		var scope = permissions.scopeOfAny(personId, Role.STAFF, Role.ADMIN);
		return jdbc.sql("SELECT " + COLUMNS + " FROM budget ORDER BY year DESC, id")
			.query(Budgets::budget)
			.list()
			.stream()
			.filter(b -> territories.byId(b.territoryId()).filter(scope).isPresent())
			.toList();
	}

	/** Whether the person may import and publish the collectivity's budgets. */
	public boolean manages(long personId, long territoryId) {
		return permissions.hasAny(personId, territoryId, Role.STAFF, Role.ADMIN);
	}

	/**
	 * Whether the person is staff or administrator anywhere (and so may import budgets).
	 */
	public boolean managesAny(long personId) {
		return permissions.staffAnywhere(personId);
	}

	/**
	 * The collectivities (regions, provinces, communes) a person may import budgets of.
	 */
	public List<Territory> collectivities(long personId) {
		return permissions.staffCollectivities(personId);
	}

	/**
	 * Whether a reader may see a budget: the public once published, its managers always.
	 */
	public boolean readable(Budget budget, Long personId) {
		return budget.published() || (personId != null && manages(personId, budget.territoryId()));
	}

	/** A collectivity's budget of a year, if the reader may see it. */
	public Optional<Budget> readable(String territoryCode, int year, Long personId) {
		return territories.byCode(territoryCode).flatMap(t -> find(t.id(), year)).filter(b -> readable(b, personId));
	}

	/**
	 * A year's revenue and spending in force, and spending executed (null when unknown).
	 */
	public record YearTotals(int year, BigDecimal revenue, BigDecimal spending, BigDecimal executed) {
	}

	/**
	 * The totals of a territory's published budgets and of the one given (a draft its
	 * staff read), year by year, summed in the database.
	 */
	public List<YearTotals> totalsByYear(long territoryId, long budgetId) {
		return jdbc.sql("""
				SELECT b.year,
				  coalesce(sum(coalesce(l.amended, l.voted)) FILTER (WHERE l.direction = 'revenue'), 0) AS revenue,
				  coalesce(sum(coalesce(l.amended, l.voted)) FILTER (WHERE l.direction = 'expenditure'), 0) AS spending,
				  sum(l.executed) FILTER (WHERE l.direction = 'expenditure') AS executed
				FROM budget b LEFT JOIN budget_line l ON l.budget_id = b.id
				WHERE b.territory_id = :t AND (b.published_at IS NOT NULL OR b.id = :b)
				GROUP BY b.year ORDER BY b.year""")
			.param("t", territoryId)
			.param("b", budgetId)
			.query((rs, n) -> new YearTotals(rs.getInt("year"), rs.getBigDecimal("revenue"),
					rs.getBigDecimal("spending"), rs.getBigDecimal("executed")))
			.list();
	}

	public List<BudgetChapter> chapters(long budgetId) {
		return jdbc.sql("""
				SELECT direction, section, code, label_ar, label_fr, label_en, label_zgh, voted, amended, executed
				FROM budget_chapter WHERE budget_id = :b ORDER BY position""")
			.param("b", budgetId)
			.query((rs, n) -> new BudgetChapter(rs.getString("direction"), rs.getString("section"),
					rs.getString("code"), labels(rs), rs.getBigDecimal("voted"), rs.getBigDecimal("amended"),
					rs.getBigDecimal("executed")))
			.list();
	}

	public List<BudgetLine> lines(long budgetId) {
		return jdbc.sql("SELECT * FROM budget_line WHERE budget_id = :b ORDER BY position")
			.param("b", budgetId)
			.query(Budgets::line)
			.list();
	}

	/** Publishes or withdraws a budget from the public, audited. */
	@Transactional
	public void publish(long budgetId, boolean published, long actorId) {
		Budget budget = byId(budgetId).orElseThrow(() -> new BudgetRefused("form", "budget.error.notFound"));
		if (!manages(actorId, budget.territoryId())) {
			throw new BudgetRefused("form", "budget.error.notYours");
		}
		jdbc.sql("UPDATE budget SET published_at = :at WHERE id = :id")
			.param("at", published ? Timestamp.from(clock.instant()) : null)
			.param("id", budgetId)
			.update();
		audit.append("person:" + actorId, published ? "budget.publish" : "budget.unpublish",
				"budget:" + budget.territoryId() + "/" + budget.year(), "");
	}

	static Budget budget(ResultSet rs, int row) throws SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		return new Budget(rs.getLong("id"), rs.getLong("territory_id"), rs.getInt("year"), rs.getString("language"),
				rs.getString("source"), rs.getString("currency"), rs.getTimestamp("imported_at").toInstant(),
				published == null ? null : published.toInstant());
	}

	static BudgetLine line(ResultSet rs, int row) throws SQLException {
		int marker = rs.getInt("gender_marker");
		Integer genderMarker = rs.wasNull() ? null : marker;
		return new BudgetLine(rs.getLong("id"), rs.getString("direction"), rs.getString("section"),
				rs.getString("chapter"), rs.getString("article"), rs.getString("programme"),
				rs.getString("function_code"), rs.getString("nature_code"), labels(rs), rs.getBigDecimal("voted"),
				rs.getBigDecimal("amended"), rs.getBigDecimal("executed"), genderMarker,
				new Beneficiaries(count(rs, "beneficiaries_female"), count(rs, "beneficiaries_male"),
						count(rs, "beneficiaries_0_14"), count(rs, "beneficiaries_15_34"),
						count(rs, "beneficiaries_35_plus")));
	}

	private static Integer count(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static Map<String, String> labels(ResultSet rs) throws SQLException {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String l : BudgetSheet.LANGUAGES) {
			labels.put(l, rs.getString("label_" + l));
		}
		return labels;
	}

	static BigDecimal orZero(BigDecimal amount) {
		return amount == null ? BigDecimal.ZERO : amount;
	}

}
