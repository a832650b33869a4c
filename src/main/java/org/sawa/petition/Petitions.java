package org.sawa.petition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sawa.account.Accounts;
import org.sawa.account.Organisation;
import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.sawa.audit.AuditLog;
import org.sawa.casework.CaseSteps;
import org.sawa.casework.Step;
import org.sawa.territory.Level;
import org.sawa.territory.LegalPopulation;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Petitions themselves: drafting, reading, and opening the collection (the threshold is
 * fixed then, from the rules and the territory's population). Signatures are in
 * {@link Signatures} and {@link PaperSheets}, the council's steps in
 * {@link PetitionSteps}. Each action is one transaction; a refusal throws
 * {@link PetitionRefused} and writes nothing.
 */
@Service
public class Petitions {

	private final JdbcClient jdbc;

	private final Territories territories;

	private final PetitionRules rules;

	private final Accounts accounts;

	private final AuditLog audit;

	private final Permissions permissions;

	private final CaseSteps steps;

	private final Clock clock;

	Petitions(JdbcClient jdbc, Territories territories, PetitionRules rules, Accounts accounts, AuditLog audit,
			Permissions permissions, CaseSteps steps, Clock clock) {
		this.jdbc = jdbc;
		this.territories = territories;
		this.rules = rules;
		this.accounts = accounts;
		this.audit = audit;
		this.permissions = permissions;
		this.steps = steps;
		this.clock = clock;
	}

	/** What a petitioner writes. */
	public record Draft(long territoryId, String title, String body, String requested, String language,
			String petitionerKind, Long organisationId) {
	}

	/** Saves a new draft petition with its agent; returns its reference. */
	@Transactional
	public String draft(Draft draft, long agentId) {
		Territory territory = territories.byId(draft.territoryId())
			.filter(t -> t.level() != Level.COUNTRY)
			.orElseThrow(() -> new PetitionRefused("territory", "validation.option"));
		checkPetitioner(draft, territory, agentId);
		long number = jdbc.sql("SELECT nextval('petition_reference_seq')").query(Long.class).single();
		String reference = "PET-%d-%04d".formatted(LocalDate.now(clock).getYear(), number);
		long id = jdbc.sql("""
				INSERT INTO petition (reference, territory_id, level, title, body, requested, language, petitioner_kind,
				  agent_id, organisation_id, status, created_at)
				VALUES (:ref, :t, :level, :title, :body, :requested, :lang, :kind, :agent, :org, 'draft', :now)
				RETURNING id""")
			.param("ref", reference)
			.param("t", territory.id())
			.param("level", territory.level().code())
			.param("title", draft.title())
			.param("body", draft.body())
			.param("requested", draft.requested())
			.param("lang", draft.language())
			.param("kind", draft.petitionerKind())
			.param("agent", agentId)
			.param("org", draft.organisationId())
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		steps.record(PetitionStatus.CASE,
				Step.of(id, PetitionStatus.DRAFT, PetitionStatus.DRAFT)
					.by(agentId)
					.onUnchecked(null)
					.audited("petition.drafted", "petition:" + reference, draft.title()));
		return reference;
	}

	/**
	 * A citizens' petition names no organisation; an association's names one the agent
	 * represents, seated within the council's territory and constituted for more than the
	 * rules' number of years (the anniversary day itself is not enough).
	 */
	private void checkPetitioner(Draft draft, Territory territory, long agentId) {
		if ("citizens".equals(draft.petitionerKind())) {
			if (draft.organisationId() != null) {
				throw new PetitionRefused("organisation", "validation.option");
			}
			return;
		}
		if (!"association".equals(draft.petitionerKind())) {
			throw new PetitionRefused("petitioner", "validation.option");
		}
		Organisation association = accounts.associationsRepresentedBy(agentId)
			.stream()
			.filter(o -> draft.organisationId() != null && o.id() == draft.organisationId())
			.findFirst()
			.orElseThrow(() -> new PetitionRefused("organisation", "petition.new.error.notRepresentative"));
		boolean seated = territories.byId(association.territoryId()).map(territory::contains).orElse(false);
		if (!seated) {
			throw new PetitionRefused("organisation", "petition.new.error.associationSeat");
		}
		if (association.foundedOn() == null) {
			throw new PetitionRefused("organisation", "petition.new.error.associationFounded");
		}
		int years = rules.of(territory).associationYears();
		if (!association.foundedOn().plusYears(years).isBefore(LocalDate.now(clock))) {
			throw new PetitionRefused("organisation", "petition.new.error.associationYoung");
		}
	}

	public Optional<Petition> byReference(String reference) {
		return jdbc.sql("SELECT * FROM petition WHERE reference = :r")
			.param("r", reference)
			.query(Petitions::petition)
			.optional();
	}

	public Optional<Petition> byId(long id) {
		return jdbc.sql("SELECT * FROM petition WHERE id = :id").param("id", id).query(Petitions::petition).optional();
	}

	/**
	 * How many petitions past the draft go to the councils of this territory and below.
	 */
	public long countPublished(Territory within) {
		return jdbc.sql("SELECT count(*) FROM petition WHERE status <> 'draft' AND territory_id IN (:territories)")
			.param("territories", territories.subtree(within.id()))
			.query(Long.class)
			.single();
	}

	/** Petitions a list page shows. */
	public static final int PAGE_SIZE = 20;

	/**
	 * A page of the petitions the public sees, its number (from 1, within the pages there
	 * are) and how many pages there are.
	 */
	public record Published(List<Petition> petitions, int page, int pages) {
	}

	/**
	 * Petitions the public sees (not drafts), newest first, optionally within a
	 * territory, {@link #PAGE_SIZE} to a page.
	 */
	public Published published(Territory within, int page) {
		String where = "status <> 'draft'" + (within == null ? "" : " AND territory_id IN (:territories)");
		List<Long> territoryIds = within == null ? List.of() : territories.subtree(within.id());
		JdbcClient.StatementSpec count = jdbc.sql("SELECT count(*) FROM petition WHERE " + where);
		long total = (within == null ? count : count.param("territories", territoryIds)).query(Long.class).single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(1, page), pages);
		JdbcClient.StatementSpec select = jdbc
			.sql("SELECT * FROM petition WHERE " + where
					+ " ORDER BY coalesce(opened_at, created_at) DESC, id DESC LIMIT :size OFFSET :offset")
			.param("size", PAGE_SIZE)
			.param("offset", (shown - 1) * PAGE_SIZE);
		List<Petition> petitions = (within == null ? select : select.param("territories", territoryIds))
			.query(Petitions::petition)
			.list();
		return new Published(petitions, shown, pages);
	}

	/** The drafts and petitions a person is the agent of. */
	public List<Petition> ofAgent(long personId) {
		return jdbc.sql("SELECT * FROM petition WHERE agent_id = :p ORDER BY created_at DESC")
			.param("p", personId)
			.query(Petitions::petition)
			.list();
	}

	static Petition petition(ResultSet rs, int n) throws SQLException {
		Timestamp opened = rs.getTimestamp("opened_at");
		Timestamp deposited = rs.getTimestamp("deposited_at");
		return new Petition(rs.getLong("id"), rs.getString("reference"), rs.getLong("territory_id"),
				rs.getString("level"), rs.getString("title"), rs.getString("body"), rs.getString("requested"),
				rs.getString("language"), rs.getString("petitioner_kind"), rs.getLong("agent_id"),
				(Long) rs.getObject("organisation_id"), PetitionStatus.of(rs.getString("status")),
				(Integer) rs.getObject("threshold"), (Integer) rs.getObject("spread_minimum"),
				rs.getTimestamp("created_at").toInstant(), opened == null ? null : opened.toInstant(),
				deposited == null ? null : deposited.toInstant(), rs.getObject("decision_due", LocalDate.class));
	}

	/**
	 * The agent opens the collection of signatures: the threshold (and the spread across
	 * provinces for a region) is fixed from the rules and the territory's legal
	 * population. Called by {@link PetitionOpening}, which records the agent's own
	 * signature with it.
	 */
	@Transactional
	void open(long petitionId, long actorId) {
		Petition petition = lock(petitionId);
		Step<PetitionStatus> step = Step.of(petitionId, petition.status(), PetitionStatus.COLLECTING)
			.from(PetitionStatus.DRAFT)
			.by(actorId, petition.agentId() == actorId, "petition.error.notAgent")
			.onUnchecked(null);
		steps.check(PetitionStatus.CASE, step);
		// the legal population of the collectivity; failing it, the sum of the communes
		// Sawa holds figures for, said so in the audit
		long population;
		String basis;
		Optional<LegalPopulation> legal = territories.legalPopulation(petition.territoryId());
		if (legal.isPresent()) {
			population = legal.get().inhabitants();
			basis = "legal population " + legal.get().year() + ", " + legal.get().source();
		}
		else {
			List<Integer> years = territories.populationYears(petition.territoryId());
			if (years.isEmpty()) {
				throw new PetitionRefused("", "petition.error.noPopulation");
			}
			population = territories.population(petition.territoryId(), years.get(0)).total();
			basis = "sum of the communes' figures " + years.get(0) + " (no legal population imported)";
		}
		PetitionRules.LevelRules levelRules = rules.of(territories.byId(petition.territoryId()).orElseThrow());
		// the minimum number of signatures is the citizens' condition; an association
		// petitions in its own name
		boolean association = petition.byAssociation();
		int threshold = association ? 0 : levelRules.threshold(population);
		int spread = association ? 0 : levelRules.spreadMinimum(threshold);
		steps.record(PetitionStatus.CASE,
				step.set("threshold", threshold)
					.set("spread_minimum", spread)
					.set("opened_at", Timestamp.from(clock.instant()))
					.detail(String.valueOf(threshold))
					.audited("petition.opened", "petition:" + petition.reference(), "threshold " + threshold
							+ ", spread " + spread + ", population " + population + " (" + basis + ")"));
	}

	/** Whether the person is staff (or an administrator) of the council's territory. */
	public boolean staff(long personId, long territoryId) {
		return permissions.has(personId, Role.STAFF, territoryId) || permissions.has(personId, Role.ADMIN, territoryId);
	}

	/**
	 * Reads a petition and locks it against changes of status (signing takes a share
	 * lock, status changes this one).
	 */
	Petition lock(long petitionId) {
		return jdbc.sql("SELECT * FROM petition WHERE id = :id FOR UPDATE")
			.param("id", petitionId)
			.query(Petitions::petition)
			.optional()
			.orElseThrow(() -> new PetitionRefused("", "petition.error.unknown"));
	}

	/** Reads a petition, keeping its status from changing until the transaction ends. */
	Petition share(long petitionId) {
		return jdbc.sql("SELECT * FROM petition WHERE id = :id FOR SHARE")
			.param("id", petitionId)
			.query(Petitions::petition)
			.optional()
			.orElseThrow(() -> new PetitionRefused("", "petition.error.unknown"));
	}

}
