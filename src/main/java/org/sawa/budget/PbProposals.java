package org.sawa.budget;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sawa.account.Accounts;
import org.sawa.account.Organisation;
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
 * Proposals to a participatory budget: residents of its territory (or an association
 * there, through its representative) propose during the proposal phase and support
 * others'; staff review each one and the reviews are published together.
 */
@Service
public class PbProposals {

	/** What a resident writes to propose a project. */
	public record Form(String title, String description, String language, String commune, String place, String theme,
			BigDecimal estimatedCost, boolean forWomen, boolean forYouth, Long associationId) {
	}

	/** The staff's review of a proposal. */
	public record Review(Boolean feasible, String reason, BigDecimal reviewedCost, boolean competenceChecked) {
	}

	private final JdbcClient jdbc;

	private final ParticipatoryBudgets processes;

	private final Territories territories;

	private final Accounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	PbProposals(JdbcClient jdbc, ParticipatoryBudgets processes, Territories territories, Accounts accounts,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.processes = processes;
		this.territories = territories;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	static final String SELECT = """
			SELECT p.*, (SELECT count(*) FROM pb_support s WHERE s.proposal_id = p.id) AS supports
			FROM pb_proposal p""";

	/** A budget's proposals in their order, withdrawn ones left out. */
	public List<PbProposal> of(PbProcess p) {
		return jdbc.sql(SELECT + " WHERE p.process_id = :p AND p.withdrawn_at IS NULL ORDER BY p.number")
			.param("p", p.id())
			.query(PbProposals::proposal)
			.list();
	}

	/** The proposals found feasible by the published review: what a ballot offers. */
	public List<PbProposal> onTheBallot(PbProcess p) {
		if (p.reviewsPublishedAt() == null) {
			return List.of();
		}
		return of(p).stream().filter(x -> Boolean.TRUE.equals(x.feasible())).toList();
	}

	public Optional<PbProposal> byNumber(PbProcess p, int number) {
		return jdbc.sql(SELECT + " WHERE p.process_id = :p AND p.number = :n")
			.param("p", p.id())
			.param("n", number)
			.query(PbProposals::proposal)
			.optional();
	}

	/**
	 * Whether the person may propose and support: she lives in the budget's territory
	 * (her declared residence), or represents an association there.
	 */
	public boolean mayTakePart(PbProcess p, long personId) {
		Territory territory = territories.byId(p.territoryId()).orElseThrow();
		boolean resident = accounts.residence(personId)
			.flatMap(territories::byId)
			.filter(territory::contains)
			.isPresent();
		return resident || !associations(p, personId).isEmpty();
	}

	/** The associations of the budget's territory the person represents. */
	public List<Organisation> associations(PbProcess p, long personId) {
		Territory territory = territories.byId(p.territoryId()).orElseThrow();
		return accounts.associationsRepresentedBy(personId)
			.stream()
			.filter(o -> territories.byId(o.territoryId()).filter(territory::contains).isPresent())
			.toList();
	}

	/** Proposes a project; every mistake refused at its field. */
	@Transactional
	public PbProposal propose(PbProcess p, long personId, Form f) {
		if (processes.phase(p) != PbProcess.Phase.PROPOSALS) {
			throw new BudgetRefused("form", "budget.pb.error.notProposals");
		}
		if (!mayTakePart(p, personId)) {
			throw new BudgetRefused("form", "budget.pb.error.notResident");
		}
		Checked c = checked(p, personId, f);
		// proposals of one budget are numbered one after the other, even when sent at
		// once
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('pb_proposal'), :p)")
			.param("p", (int) p.id())
			.query((rs, n) -> 1)
			.single();
		int number = jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM pb_proposal WHERE process_id = :p")
			.param("p", p.id())
			.query(Integer.class)
			.single();
		jdbc.sql("""
				INSERT INTO pb_proposal (process_id, number, title, description, language, commune_id, place, theme,
				  estimated_cost, for_women, for_youth, author_id, association_id, submitted_at)
				VALUES (:p, :n, :t, :d, :l, :c, :place, :theme, :cost, :w, :y, :a, :o, :at)""")
			.param("p", p.id())
			.param("n", number)
			.param("t", c.title())
			.param("d", c.description())
			.param("l", Texts.oneOf(f.language(), List.of("ar", "fr", "en", "zgh")) ? f.language() : p.language())
			.param("c", c.commune().id())
			.param("place", c.place())
			.param("theme", f.theme())
			.param("cost", f.estimatedCost().setScale(2, java.math.RoundingMode.HALF_UP))
			.param("w", f.forWomen())
			.param("y", f.forYouth())
			.param("a", personId)
			.param("o", f.associationId())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		return byNumber(p, number).orElseThrow();
	}

	/** A proposal's texts cleaned and its commune found. */
	private record Checked(String title, String description, Territory commune, String place) {
	}

	/** Every mistake of a proposal at once, each at its field. */
	private Checked checked(PbProcess p, long personId, Form f) {
		Refusals refusals = new Refusals();
		String title = Texts.cleanOrEmpty(f.title());
		if (Texts.length(title) < 5 || Texts.length(title) > 120) {
			refusals.add("title", "budget.pb.error.proposalTitle", 120);
		}
		String description = Texts.cleanOrEmpty(f.description());
		if (Texts.length(description) < 20 || Texts.length(description) > 3000) {
			refusals.add("description", "budget.pb.error.description", 3000);
		}
		Territory territory = territories.byId(p.territoryId()).orElseThrow();
		Optional<Territory> commune = territories.byCode(f.commune() == null ? "" : f.commune())
			.filter(c -> c.level() == Level.COMMUNE && territory.contains(c));
		if (commune.isEmpty()) {
			refusals.add("commune", "budget.pb.error.commune");
		}
		String place = Texts.cleanOrEmpty(f.place());
		if (Texts.length(place) > 200) {
			refusals.add("place", "import.error.tooLong", 200);
		}
		if (!Texts.oneOf(f.theme(), ParticipatoryBudgets.THEMES)) {
			refusals.add("theme", "budget.pb.error.theme");
		}
		if (f.estimatedCost() == null || f.estimatedCost().signum() <= 0
				|| f.estimatedCost().compareTo(p.envelope()) > 0) {
			refusals.add("estimatedCost", "budget.pb.error.cost", p.envelope());
		}
		if (f.associationId() != null
				&& associations(p, personId).stream().noneMatch(o -> o.id() == f.associationId())) {
			refusals.add("associationId", "validation.option");
		}
		refusals.throwIfAny();
		return new Checked(title, description, commune.get(), place);
	}

	/**
	 * Supports a proposal (once), or takes the support back, during the proposal phase.
	 */
	@Transactional
	public void support(PbProcess p, int number, long personId, boolean support) {
		PbProposal proposal = byNumber(p, number).filter(x -> !x.withdrawn())
			.orElseThrow(() -> new BudgetRefused("form", "budget.error.notFound"));
		if (processes.phase(p) != PbProcess.Phase.PROPOSALS) {
			throw new BudgetRefused("form", "budget.pb.error.notProposals");
		}
		if (!mayTakePart(p, personId)) {
			throw new BudgetRefused("form", "budget.pb.error.notResident");
		}
		if (support) {
			jdbc.sql("""
					INSERT INTO pb_support (proposal_id, person_id, supported_at) VALUES (:p, :person, :at)
					ON CONFLICT DO NOTHING""")
				.param("p", proposal.id())
				.param("person", personId)
				.param("at", Timestamp.from(clock.instant()))
				.update();
		}
		else {
			jdbc.sql("DELETE FROM pb_support WHERE proposal_id = :p AND person_id = :person")
				.param("p", proposal.id())
				.param("person", personId)
				.update();
		}
	}

	public boolean supports(PbProposal proposal, long personId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM pb_support WHERE proposal_id = :p AND person_id = :person)")
			.param("p", proposal.id())
			.param("person", personId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Staff review a proposal before the vote opens: feasible (its cost re-estimated, the
	 * council's competence checked) or not, with the reason. Audited.
	 */
	@Transactional
	public void review(PbProcess p, int number, Review r, long staffId) {
		if (!processes.manages(staffId, p)) {
			throw new BudgetRefused("form", "budget.error.notYours");
		}
		PbProposal proposal = byNumber(p, number).filter(x -> !x.withdrawn())
			.orElseThrow(() -> new BudgetRefused("form", "budget.error.notFound"));
		if (p.reviewsPublishedAt() != null) {
			throw new BudgetRefused("form", "budget.pb.error.reviewsPublished");
		}
		Refusals refusals = new Refusals();
		String reason = Texts.cleanOrEmpty(r.reason());
		if (r.feasible() == null) {
			refusals.add("feasible", "budget.pb.error.feasible");
		}
		else if (!r.feasible() && Texts.length(reason) < 10) {
			refusals.add("reason", "budget.pb.error.reason");
		}
		else if (r.feasible()) {
			if (!r.competenceChecked()) {
				refusals.add("competenceChecked", "budget.pb.error.competence");
			}
			if (r.reviewedCost() == null || r.reviewedCost().signum() <= 0
					|| r.reviewedCost().compareTo(p.envelope()) > 0) {
				refusals.add("reviewedCost", "budget.pb.error.cost", p.envelope());
			}
		}
		if (Texts.length(reason) > 2000) {
			refusals.add("reason", "import.error.tooLong", 2000);
		}
		refusals.throwIfAny();
		jdbc.sql("""
				UPDATE pb_proposal SET feasible = :f, review_reason = :r, reviewed_cost = :c, competence_checked = :k,
				  reviewed_by = :by, reviewed_at = :at WHERE id = :id""")
			.param("f", r.feasible())
			.param("r", reason)
			.param("c", r.feasible() ? r.reviewedCost().setScale(2, java.math.RoundingMode.HALF_UP) : null)
			.param("k", r.competenceChecked())
			.param("by", staffId)
			.param("at", Timestamp.from(clock.instant()))
			.param("id", proposal.id())
			.update();
		audit.append("person:" + staffId, "budget.pb.review", "pb:" + p.code() + "/" + number,
				(r.feasible() ? "feasible " : "not feasible ") + reason);
	}

	static PbProposal proposal(ResultSet rs, int row) throws SQLException {
		boolean feasible = rs.getBoolean("feasible");
		Boolean reviewed = rs.wasNull() ? null : feasible;
		boolean competence = rs.getBoolean("competence_checked");
		Boolean checked = rs.wasNull() ? null : competence;
		long author = rs.getLong("author_id");
		Long authorId = rs.wasNull() ? null : author;
		long association = rs.getLong("association_id");
		Long associationId = rs.wasNull() ? null : association;
		return new PbProposal(rs.getLong("id"), rs.getLong("process_id"), rs.getInt("number"), rs.getString("title"),
				rs.getString("description"), rs.getString("language"), rs.getLong("commune_id"), rs.getString("place"),
				rs.getString("theme"), rs.getBigDecimal("estimated_cost"), rs.getBoolean("for_women"),
				rs.getBoolean("for_youth"), authorId, associationId, instant(rs, "submitted_at"),
				instant(rs, "withdrawn_at"), reviewed, rs.getString("review_reason"), rs.getBigDecimal("reviewed_cost"),
				checked, instant(rs, "reviewed_at"), rs.getInt("supports"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

}
