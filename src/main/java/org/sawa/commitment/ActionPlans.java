package org.sawa.commitment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sawa.account.Participations;
import org.sawa.audit.AuditLog;
import org.sawa.input.Links;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action plans, their commitments and milestones. A milestone's status moves only with a
 * dated progress note (and evidence when there is some); each move and each assessment is
 * audited. Citizens' comments on a commitment publish {@code ParticipationRecorded} on
 * channel {@value #CHANNEL}.
 */
@Service
@Transactional
public class ActionPlans {

	private final Clock clock;

	public static final String CHANNEL = "commitment.comment";

	public static final List<String> MILESTONE_STATUSES = java.util.Arrays.stream(MilestoneStatus.values())
		.map(MilestoneStatus::code)
		.toList();

	public static final List<String> COMPLETION = List.of("no_evidence", "not_started", "limited", "substantial",
			"complete");

	public static final List<String> PLAN_STATUSES = List.of("in_preparation", "in_progress", "completed");

	public static final List<String> PLAN_LANGUAGES = List.of("ar", "fr", "en", "zgh");

	public static final List<String> OGP_VALUES = List.of("access_to_information", "civic_participation",
			"public_accountability", "technology_and_innovation");

	public record NewCommitment(String code, String title, String problem, String statusQuo, String action,
			String contribution, String longTermGoal, String policyArea, String sector, List<String> ogpValues,
			String otherInstitutions, LocalDate startsOn, LocalDate endsOn, Map<Long, String> institutions,
			List<NewMilestone> milestones) {
	}

	public record NewMilestone(String description, LocalDate startsOn, LocalDate endsOn, String status, Long ownerId) {
	}

	public record Comment(long id, long commitmentId, long personId, String body, Instant at) {
	}

	private final JdbcClient jdbc;

	private final Territories territories;

	private final Participations participations;

	private final AuditLog audit;

	private final ResultsScales scales;

	ActionPlans(JdbcClient jdbc, Territories territories, Participations participations, AuditLog audit,
			ResultsScales scales, Clock clock) {
		this.scales = scales;
		this.clock = clock;
		this.jdbc = jdbc;
		this.territories = territories;
		this.participations = participations;
		this.audit = audit;
	}

	/**
	 * Creates an action plan; every field is checked first and each problem reported at
	 * its field.
	 */
	public long createPlan(String code, String territoryCode, String title, String language, LocalDate startsOn,
			LocalDate endsOn, String status, String sourceUrl, long actorId) {
		Refusals refusals = new Refusals();
		Territory territory = territories.byCode(territoryCode == null ? "" : territoryCode).orElse(null);
		if (territory == null) {
			refusals.add("territory", "validation.option");
		}
		String clean = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
		if (!clean.matches("[A-Z0-9-]{2,40}")) {
			refusals.add("code", "capacity.error.code");
		}
		else if (planByCode(clean).isPresent()) {
			refusals.add("code", "capacity.error.codeTaken");
		}
		PlanFields fields = new PlanFields(title, language, startsOn, endsOn, status, sourceUrl);
		checkPlan(fields, refusals);
		String cleanTitle = fields.cleanTitle();
		String source = fields.cleanSource();
		refusals.throwIfAny();
		long id = jdbc
			.sql("""
					INSERT INTO commitment_plan (code, territory_id, title, language, starts_on, ends_on, status, source_url, created_by, created_at)
					VALUES (:c, :t, :ti, :l, :s, :e, :st, :u, :by, :stampedAt) RETURNING id""")
			.param("stampedAt", Timestamp.from(clock.instant()))
			.param("c", clean)
			.param("t", territory.id())
			.param("ti", cleanTitle)
			.param("l", language)
			.param("s", startsOn)
			.param("e", endsOn)
			.param("st", status)
			.param("u", source)
			.param("by", actorId)
			.query(Long.class)
			.single();
		audit.append("person:" + actorId, "commitment.plan.created", "plan:" + clean, cleanTitle);
		return id;
	}

	/** What staff type of a plan, beside its code and territory. */
	public record PlanFields(String title, String language, LocalDate startsOn, LocalDate endsOn, String status,
			String sourceUrl) {

		String cleanTitle() {
			return title == null ? "" : title.trim();
		}

		String cleanSource() {
			return sourceUrl == null || sourceUrl.isBlank() ? null : sourceUrl.trim();
		}
	}

	/** Every reason to refuse a plan's fields, at its field. */
	void checkPlan(PlanFields fields, Refusals refusals) {
		if (Texts.length(fields.cleanTitle()) < 3 || Texts.length(fields.cleanTitle()) > 300) {
			refusals.add("title", "council.error.memoTitle", 3, 300);
		}
		if (!PLAN_LANGUAGES.contains(fields.language() == null ? "" : fields.language())) {
			refusals.add("language", "validation.option");
		}
		if (fields.startsOn() == null || fields.endsOn() == null || fields.endsOn().isBefore(fields.startsOn())) {
			refusals.add("endsOn", "capacity.error.period");
		}
		if (!PLAN_STATUSES.contains(fields.status() == null ? "" : fields.status())) {
			refusals.add("status", "validation.option");
		}
		if (fields.cleanSource() != null && !Links.isExternal(fields.cleanSource())) {
			refusals.add("sourceUrl", "commitment.error.sourceUrl");
		}
	}

	/**
	 * Adds a commitment with its institutions and milestones; every field checked first,
	 * nothing half-written.
	 */
	public long addCommitment(long planId, NewCommitment commitment, long actorId) {
		ActionPlan plan = plan(planId).orElseThrow(() -> new CommitmentRefused("", "commitment.error.noPlan"));
		Refusals refusals = new Refusals();
		String code = commitment.code() == null ? "" : commitment.code().trim().toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z0-9-]{2,40}")) {
			refusals.add("code", "capacity.error.code");
		}
		else if (byCode(code).isPresent()) {
			refusals.add("code", "capacity.error.codeTaken");
		}
		String title = commitment.title() == null ? "" : commitment.title().trim();
		if (Texts.length(title) < 3 || Texts.length(title) > 300) {
			refusals.add("title", "council.error.memoTitle", 3, 300);
		}
		if (commitment.startsOn() == null || commitment.endsOn() == null
				|| commitment.endsOn().isBefore(commitment.startsOn())) {
			refusals.add("endsOn", "capacity.error.period");
		}
		if (!OGP_VALUES.containsAll(commitment.ogpValues())) {
			refusals.add("ogpValues", "validation.option");
		}
		for (int i = 0; i < commitment.milestones().size(); i++) {
			NewMilestone milestone = commitment.milestones().get(i);
			String prefix = "m." + (i + 1) + ".";
			if (milestone.description() == null || Texts.length(milestone.description().trim()) < 3) {
				refusals.add(prefix + "description", "commitment.error.description");
			}
			if (milestone.startsOn() == null || milestone.endsOn() == null
					|| milestone.endsOn().isBefore(milestone.startsOn())) {
				refusals.add(prefix + "endsOn", "capacity.error.period");
			}
			if (!MILESTONE_STATUSES.contains(milestone.status() == null ? "" : milestone.status())) {
				refusals.add(prefix + "status", "validation.option");
			}
		}
		refusals.throwIfAny();
		long id = jdbc
			.sql("""
					INSERT INTO commitment (plan_id, code, title, problem, status_quo, action, contribution, long_term_goal, policy_area,
					  sector, ogp_values, other_institutions, starts_on, ends_on, created_at)
					VALUES (:p, :c, :t, :pr, :sq, :a, :co, :g, :pa, :se, :v, :o, :s, :e, :stampedAt) RETURNING id""")
			.param("stampedAt", Timestamp.from(clock.instant()))
			.param("p", planId)
			.param("c", code)
			.param("t", title)
			.param("pr", text(commitment.problem()))
			.param("sq", text(commitment.statusQuo()))
			.param("a", text(commitment.action()))
			.param("co", text(commitment.contribution()))
			.param("g", text(commitment.longTermGoal()))
			.param("pa", text(commitment.policyArea()))
			.param("se", text(commitment.sector()))
			.param("v", commitment.ogpValues().toArray(String[]::new))
			.param("o", text(commitment.otherInstitutions()))
			.param("s", commitment.startsOn())
			.param("e", commitment.endsOn())
			.query(Long.class)
			.single();
		commitment.institutions()
			.forEach((organisation, role) -> jdbc.sql("""
					INSERT INTO commitment_institution (commitment_id, organisation_id, role) VALUES (:c, :o, :r)""")
				.param("c", id)
				.param("o", organisation)
				.param("r", role)
				.update());
		int position = 0;
		for (NewMilestone milestone : commitment.milestones()) {
			jdbc.sql(
					"""
							INSERT INTO commitment_milestone (commitment_id, position, description, starts_on, ends_on, status, owner_id)
							VALUES (:c, :p, :d, :s, :e, :st, :o)""")
				.param("c", id)
				.param("p", ++position)
				.param("d", milestone.description().trim())
				.param("s", milestone.startsOn())
				.param("e", milestone.endsOn())
				.param("st", milestone.status())
				.param("o", milestone.ownerId())
				.update();
		}
		audit.append("person:" + actorId, "commitment.added", "commitment:" + code, "plan:" + plan.code());
		return id;
	}

	/**
	 * Records the monitoring body's assessment on the OGP scales: completion, and what it
	 * changed on the results scale of the commitment's plan ({@link ResultsScales}).
	 */
	public void assess(long commitmentId, String completion, String openedGovernment, LocalDate onDay, long actorId) {
		Commitment commitment = byId(commitmentId)
			.orElseThrow(() -> new CommitmentRefused("", "commitment.error.noCommitment"));
		if (!COMPLETION.contains(completion == null ? "" : completion)) {
			throw new CommitmentRefused("completion", "validation.option");
		}
		ResultsScales.Scale scale = scales.forPlan(plan(commitment.planId()).orElseThrow());
		if (openedGovernment != null && !openedGovernment.isBlank() && !scale.levels().contains(openedGovernment)) {
			throw new CommitmentRefused("openedGovernment", "validation.option");
		}
		if (onDay == null || onDay.isAfter(LocalDate.now(clock))) {
			throw new CommitmentRefused("assessedOn", "validation.pastDate");
		}
		String opened = openedGovernment == null || openedGovernment.isBlank() ? null : openedGovernment;
		jdbc.sql("UPDATE commitment SET completion = :c, opened_government = :o, assessed_on = :d WHERE id = :id")
			.param("c", completion)
			.param("o", opened)
			.param("d", onDay)
			.param("id", commitmentId)
			.update();
		audit.append("person:" + actorId, "commitment.assessed", "commitment:" + commitment.code(),
				"completion=" + completion + " opened=" + opened);
	}

	/** A citizen's comment; it counts as participation in the plan's territory. */
	public long comment(long commitmentId, long personId, String body) {
		Commitment commitment = byId(commitmentId)
			.orElseThrow(() -> new CommitmentRefused("", "commitment.error.noCommitment"));
		String clean = body == null ? "" : body.trim();
		if (Texts.length(clean) < 3 || Texts.length(clean) > 2000) {
			throw new CommitmentRefused("body", "commitment.error.comment");
		}
		long id = jdbc.sql("""
				INSERT INTO commitment_comment (commitment_id, person_id, body, created_at)
				VALUES (:c, :p, :b, :at) RETURNING id""")
			.param("c", commitmentId)
			.param("at", Timestamp.from(clock.instant()))
			.param("p", personId)
			.param("b", clean)
			.query(Long.class)
			.single();
		participations.record(CHANNEL, plan(commitment.planId()).orElseThrow().territoryId(), personId,
				clock.instant());
		return id;
	}

	@Transactional(readOnly = true)
	public List<ActionPlan> plans() {
		return jdbc.sql("SELECT * FROM commitment_plan ORDER BY starts_on DESC, code").query(ActionPlans::plan).list();
	}

	@Transactional(readOnly = true)
	public Optional<ActionPlan> plan(long id) {
		return jdbc.sql("SELECT * FROM commitment_plan WHERE id = :id")
			.param("id", id)
			.query(ActionPlans::plan)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<ActionPlan> planByCode(String code) {
		return jdbc.sql("SELECT * FROM commitment_plan WHERE code = :c")
			.param("c", code)
			.query(ActionPlans::plan)
			.optional();
	}

	@Transactional(readOnly = true)
	public List<Commitment> commitments(long planId) {
		return jdbc.sql("SELECT * FROM commitment WHERE plan_id = :p ORDER BY code")
			.param("p", planId)
			.query(this::commitment)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Commitment> byCode(String code) {
		return jdbc.sql("SELECT * FROM commitment WHERE code = :c").param("c", code).query(this::commitment).optional();
	}

	@Transactional(readOnly = true)
	public Optional<Commitment> byId(long id) {
		return jdbc.sql("SELECT * FROM commitment WHERE id = :id").param("id", id).query(this::commitment).optional();
	}

	@Transactional(readOnly = true)
	public Optional<Milestone> milestone(long id) {
		return jdbc.sql("SELECT * FROM commitment_milestone WHERE id = :id")
			.param("id", id)
			.query(ActionPlans::milestone)
			.optional();
	}

	/** Lead and supporting organisations, by organisation id. */
	@Transactional(readOnly = true)
	public Map<Long, String> institutions(long commitmentId) {
		Map<Long, String> institutions = new LinkedHashMap<>();
		jdbc.sql(
				"SELECT organisation_id, role FROM commitment_institution WHERE commitment_id = :c ORDER BY role, organisation_id")
			.param("c", commitmentId)
			.query((rs, n) -> institutions.put(rs.getLong(1), rs.getString(2)))
			.list();
		return institutions;
	}

	@Transactional(readOnly = true)
	public List<Comment> comments(long commitmentId) {
		return jdbc.sql("SELECT * FROM commitment_comment WHERE commitment_id = :c ORDER BY created_at, id")
			.param("c", commitmentId)
			.query((rs, n) -> new Comment(rs.getLong("id"), commitmentId, rs.getLong("person_id"), rs.getString("body"),
					rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant()))
			.list();
	}

	private static ActionPlan plan(ResultSet rs, int n) throws SQLException {
		return new ActionPlan(rs.getLong("id"), rs.getString("code"), rs.getLong("territory_id"), rs.getString("title"),
				rs.getString("language"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getString("status"), rs.getString("source_url"));
	}

	static Milestone milestone(ResultSet rs, int n) throws SQLException {
		return new Milestone(rs.getLong("id"), rs.getLong("commitment_id"), rs.getInt("position"),
				rs.getString("description"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), MilestoneStatus.of(rs.getString("status")),
				(Long) rs.getObject("owner_id"));
	}

	private Commitment commitment(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		List<Milestone> milestones = jdbc
			.sql("SELECT * FROM commitment_milestone WHERE commitment_id = :c ORDER BY position")
			.param("c", id)
			.query(ActionPlans::milestone)
			.list();
		return new Commitment(id, rs.getLong("plan_id"), rs.getString("code"), rs.getString("title"),
				rs.getString("problem"), rs.getString("status_quo"), rs.getString("action"),
				rs.getString("contribution"), rs.getString("long_term_goal"), rs.getString("policy_area"),
				rs.getString("sector"), List.of((String[]) rs.getArray("ogp_values").getArray()),
				rs.getString("other_institutions"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getString("completion"), rs.getString("opened_government"),
				rs.getObject("assessed_on", LocalDate.class), milestones);
	}

	private static String text(String value) {
		return value == null ? "" : value.trim();
	}

}
