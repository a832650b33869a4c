package org.sawa.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sawa.account.Organisations;
import org.sawa.audit.AuditLog;
import org.sawa.follow.Changes;
import org.sawa.input.RichText;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' proposals to a consultation: made while the process takes contributions
 * (checked all at once, numbered within the process, counted by the participation lens),
 * endorsed once per person, and answered by the council's staff with reasons (audited).
 */
@Service
public class Proposals {

	/**
	 * A proposal as typed; the commune (a code), the place and the association are
	 * optional.
	 */
	public record NewProposal(String title, String body, String category, String communeCode, String place,
			Long organisationId) {
	}

	/**
	 * How a list is narrowed and ordered: a category, a commune (a code), an answer (or
	 * {@code none} for those not answered yet); {@code endorsed} (most first, the
	 * default), {@code recent} or {@code oldest}. Empty values do not narrow.
	 */
	public record Filter(String category, String commune, String answer, String order) {

		public static final List<String> ORDERS = List.of("endorsed", "recent", "oldest");

	}

	/** One page of a list, with how many proposals the filter finds in all. */
	public record Page(List<Proposal> items, long total, int page, int pages) {
	}

	public static final String PROPOSAL = "consultation.proposal";

	public static final String ENDORSEMENT = "consultation.endorsement";

	public static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;

	private final Contributing contributing;

	private final Processes processes;

	private final Territories territories;

	private final Organisations organisations;

	private final AuditLog audit;

	private final Clock clock;

	private final Changes changes;

	Proposals(JdbcClient jdbc, Contributing contributing, Processes processes, Territories territories,
			Organisations organisations, Changes changes, AuditLog audit, Clock clock) {
		this.changes = changes;
		this.jdbc = jdbc;
		this.contributing = contributing;
		this.processes = processes;
		this.territories = territories;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the process takes proposals, comments and endorsements today. */
	public boolean open(Process process) {
		return contributing.open(process);
	}

	/** The communes a proposal of this process may be placed in. */
	public List<Territory> communes(Process process) {
		return territories.within(process.territoryId(), Level.COMMUNE);
	}

	/**
	 * Makes a proposal; refused as a whole with a reason at each field. Returns its
	 * number within the process.
	 */
	@Transactional
	public int propose(Process process, NewProposal proposal, long personId) {
		Refusals refusals = new Refusals();
		contributing.check(process, personId, "form", refusals);
		if (proposal.organisationId() != null && !organisations.isRepresentative(proposal.organisationId(), personId)) {
			refusals.add("organisation", "consultation.error.organisation");
		}
		int number = insert(process, proposal, refusals, personId, null);
		contributing.record(PROPOSAL, process, personId);
		return number;
	}

	/**
	 * A proposal collected in a workshop or on paper, typed in by staff (its author): the
	 * same checks as online; it names the gathering it came from and is counted with the
	 * gathering's participants, not as the typist's act.
	 */
	int fromGathering(Process process, long gatheringId, NewProposal proposal, long staffId) {
		return insert(process, new NewProposal(proposal.title(), proposal.body(), proposal.category(),
				proposal.communeCode(), proposal.place(), null), new Refusals(), staffId, gatheringId);
	}

	/**
	 * Checks a proposal's fields (adding to earlier reasons), then writes it; its number.
	 */
	private int insert(Process process, NewProposal proposal, Refusals refusals, long authorId, Long gatheringId) {
		String title = clean(proposal.title());
		String body = clean(proposal.body());
		String place = clean(proposal.place());
		if (Texts.length(title) < 5 || Texts.length(title) > 150) {
			refusals.add("title", "consultation.error.proposalTitle", 5, 150);
		}
		if (Texts.length(body) < 20 || Texts.length(body) > 5000) {
			refusals.add("body", "consultation.error.proposalBody", 20, 5000);
		}
		if (!Proposal.CATEGORIES.contains(proposal.category() == null ? "" : proposal.category())) {
			refusals.add("category", "validation.option");
		}
		Territory commune = null;
		if (proposal.communeCode() != null && !proposal.communeCode().isBlank()) {
			commune = communes(process).stream()
				.filter(t -> t.code().equals(proposal.communeCode()))
				.findFirst()
				.orElse(null);
			if (commune == null) {
				refusals.add("commune", "consultation.error.commune");
			}
		}
		if (Texts.length(place) > 200) {
			refusals.add("place", "consultation.error.place", 200);
		}
		refusals.throwIfAny();
		int number = processes.nextNumber(process, "consultation_proposal");
		jdbc.sql("""
				INSERT INTO consultation_proposal (process_id, number, title, body, body_html, category, commune_id,
				  place, author_id, organisation_id, gathering_id, created_at)
				VALUES (:p, :n, :title, :body, :html, :category, :commune, :place, :author, :org, :g, :at)""")
			.param("p", process.id())
			.param("n", number)
			.param("title", title)
			.param("body", body)
			.param("html", RichText.html(body))
			.param("category", proposal.category())
			.param("commune", commune == null ? null : commune.id())
			.param("place", place)
			.param("author", authorId)
			.param("org", proposal.organisationId())
			.param("g", gatheringId)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		return number;
	}

	public Optional<Proposal> byNumber(long processId, int number) {
		return jdbc.sql("SELECT * FROM consultation_proposal WHERE process_id = :p AND number = :n")
			.param("p", processId)
			.param("n", number)
			.query(Proposals::map)
			.optional();
	}

	/** The proposals collected at a gathering that the public sees, in order. */
	public List<Proposal> collectedAt(long gatheringId) {
		return jdbc
			.sql("SELECT * FROM consultation_proposal WHERE gathering_id = :g AND state = 'published' ORDER BY number")
			.param("g", gatheringId)
			.query(Proposals::map)
			.list();
	}

	Optional<Proposal> byId(long id) {
		return jdbc.sql("SELECT * FROM consultation_proposal WHERE id = :id")
			.param("id", id)
			.query(Proposals::map)
			.optional();
	}

	/**
	 * One page (from 1) of the proposals shown to the public (not those a moderator hid
	 * or that wait for one), narrowed and ordered by the filter.
	 */
	public Page page(Process process, Filter filter, int page) {
		String where = """
				WHERE p.process_id = :p AND p.state = 'published'
				  AND (:category = '' OR p.category = :category)
				  AND (:commune = '' OR p.commune_id = (SELECT id FROM territory WHERE code = :commune))
				  AND (:answer = '' OR (:answer = 'none' AND p.answer IS NULL) OR p.answer = :answer)""";
		String order = switch (filter.order() == null ? "" : filter.order()) {
			case "recent" -> "p.number DESC";
			case "oldest" -> "p.number";
			default -> "p.endorsements DESC, p.number DESC";
		};
		long total = params(jdbc.sql("SELECT count(*) FROM consultation_proposal p " + where), process, filter)
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(page, 1), pages);
		List<Proposal> items = params(jdbc.sql("SELECT p.* FROM consultation_proposal p " + where + " ORDER BY " + order
				+ " LIMIT :size OFFSET :offset"), process, filter)
			.param("size", PAGE_SIZE)
			.param("offset", (shown - 1) * PAGE_SIZE)
			.query(Proposals::map)
			.list();
		return new Page(items, total, shown, pages);
	}

	private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec sql, Process process, Filter filter) {
		return sql.param("p", process.id())
			.param("category", blankIfNull(filter.category()))
			.param("commune", blankIfNull(filter.commune()))
			.param("answer", blankIfNull(filter.answer()));
	}

	/**
	 * Endorses a proposal, once per person, while the process takes contributions; the
	 * reason is given at {@code endorse}.
	 */
	@Transactional
	public void endorse(Process process, int number, long personId) {
		Proposal proposal = byNumber(process.id(), number)
			.orElseThrow(() -> new ConsultationRefused("endorse", "consultation.error.noProposal"));
		Refusals refusals = new Refusals();
		contributing.check(process, personId, "endorse", refusals);
		if (!proposal.shown()) {
			refusals.add("endorse", "consultation.error.hidden");
		}
		refusals.throwIfAny();
		int added = jdbc.sql("""
				INSERT INTO consultation_endorsement (proposal_id, person_id, created_at) VALUES (:p, :person, :at)
				ON CONFLICT DO NOTHING""")
			.param("p", proposal.id())
			.param("person", personId)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		if (added == 0) {
			throw new ConsultationRefused("endorse", "consultation.error.endorsed");
		}
		jdbc.sql("UPDATE consultation_proposal SET endorsements = endorsements + 1 WHERE id = :id")
			.param("id", proposal.id())
			.update();
		contributing.record(ENDORSEMENT, process, personId);
	}

	public boolean endorses(long proposalId, long personId) {
		return jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM consultation_endorsement WHERE proposal_id = :p AND person_id = :who)")
			.param("p", proposalId)
			.param("who", personId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The council's answer to a proposal, by the staff of the process's territory, with
	 * its reasons; it may be changed later (each answer audited).
	 */
	@Transactional
	public void answer(Process process, int number, String answer, String text, long actorId) {
		Proposal proposal = byNumber(process.id(), number)
			.orElseThrow(() -> new ConsultationRefused("answer.form", "consultation.error.noProposal"));
		processes.requireStaff(process, actorId, "answer.form");
		Refusals refusals = new Refusals();
		if (!Proposal.ANSWERS.contains(answer == null ? "" : answer)) {
			refusals.add("answer.answer", "validation.option");
		}
		String reasons = clean(text);
		if (Texts.length(reasons) < 10 || Texts.length(reasons) > 5000) {
			refusals.add("answer.text", "consultation.error.answerText", 10, 5000);
		}
		refusals.throwIfAny();
		jdbc.sql("""
				UPDATE consultation_proposal SET answer = :a, answer_text = :t, answered_by = :by, answered_at = :at
				WHERE id = :id""")
			.param("a", answer)
			.param("t", reasons)
			.param("by", actorId)
			.param("at", Timestamp.from(clock.instant()))
			.param("id", proposal.id())
			.update();
		audit.append("person:" + actorId, "consultation.answered",
				"consultation:" + process.code() + "/proposal:" + number, answer);
		changes.record(Changes.Change.of("consultation", process.code(), process.territoryId(), process.title(),
				"follow.change.answered",
				List.of(String.valueOf(number), proposal.title(), "#consultation.answer." + answer),
				"/consultations/" + process.code() + "/proposals/" + number));
	}

	/** How many proposals the public sees in the process. */
	public long count(long processId) {
		return jdbc.sql("SELECT count(*) FROM consultation_proposal WHERE process_id = :p AND state = 'published'")
			.param("p", processId)
			.query(Long.class)
			.single();
	}

	static Proposal map(ResultSet rs, int n) throws SQLException {
		return new Proposal(rs.getLong("id"), rs.getLong("process_id"), rs.getInt("number"), rs.getString("title"),
				rs.getString("body"), rs.getString("body_html"), rs.getString("category"),
				rs.getObject("commune_id", Long.class), rs.getString("place"), rs.getLong("author_id"),
				rs.getObject("organisation_id", Long.class), instant(rs, "created_at"), rs.getInt("endorsements"),
				rs.getInt("comments"), rs.getInt("reports"), rs.getString("state"), rs.getString("hidden_reason"),
				rs.getString("answer"), rs.getString("answer_text"), instant(rs, "answered_at"),
				rs.getObject("gathering_id", Long.class));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	static String clean(String text) {
		return text == null ? "" : Texts.clean(text);
	}

	private static String blankIfNull(String text) {
		return text == null ? "" : text.strip();
	}

}
