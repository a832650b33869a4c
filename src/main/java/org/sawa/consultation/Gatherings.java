package org.sawa.consultation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.sawa.account.DemographicSnapshot;
import org.sawa.account.Participations;
import org.sawa.audit.AuditLog;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a consultation heard in the room: staff record a workshop, forum, discussion group
 * or batch of paper forms with who was there (all fields checked at once, audited), each
 * person counted by the participation lens by sex and disability (what the count gives;
 * age and area are not known person by person), then type in the proposals collected
 * there, while the process runs.
 */
@Service
public class Gatherings {

	/** A gathering as staff typed it; the commune (a code) is optional. */
	public record NewGathering(String kind, String name, LocalDate heldOn, String communeCode, Integer women,
			Integer men, Integer young, Integer disability, Integer associations) {
	}

	public static final String CHANNEL = "consultation.gathering";

	private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

	private final JdbcClient jdbc;

	private final Processes processes;

	private final Proposals proposals;

	private final Participations participations;

	private final AuditLog audit;

	private final Clock clock;

	Gatherings(JdbcClient jdbc, Processes processes, Proposals proposals, Participations participations, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.processes = processes;
		this.proposals = proposals;
		this.participations = participations;
		this.audit = audit;
		this.clock = clock;
	}

	/** A gathering's fields once checked. */
	private record Checked(String name, Territory commune, int women, int men, int young, int disability,
			int associations) {
	}

	/** Records a gathering; refused as a whole with a reason at each field. Its id. */
	@Transactional
	public long record(Process process, NewGathering g, long actorId) {
		processes.requireStaff(process, actorId, "form");
		Checked c = check(process, g);
		long id = jdbc.sql("""
				INSERT INTO consultation_gathering (process_id, kind, name, held_on, commune_id, women, men, young,
				  disability, associations, created_by, created_at)
				VALUES (:p, :k, :n, :d, :c, :w, :m, :y, :dis, :a, :by, :at) RETURNING id""")
			.param("p", process.id())
			.param("k", g.kind())
			.param("n", c.name())
			.param("d", g.heldOn())
			.param("c", c.commune() == null ? null : c.commune().id())
			.param("w", c.women())
			.param("m", c.men())
			.param("y", c.young())
			.param("dis", c.disability())
			.param("a", c.associations())
			.param("by", actorId)
			.param("at", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		countInRoom(process, c.commune(), g.heldOn(), c.women(), c.men(), c.disability());
		audit.append("person:" + actorId, "consultation.gathering",
				"consultation:" + process.code() + "/gathering:" + id,
				c.name() + " women=" + c.women() + " men=" + c.men());
		return id;
	}

	private Checked check(Process process, NewGathering g) {
		Refusals refusals = new Refusals();
		if (!Gathering.KINDS.contains(g.kind() == null ? "" : g.kind())) {
			refusals.add("kind", "validation.option");
		}
		String name = Proposals.clean(g.name());
		if (Texts.length(name) < 3 || Texts.length(name) > 200) {
			refusals.add("name", "consultation.error.title", 3, 200);
		}
		LocalDate today = LocalDate.now(clock);
		if (g.heldOn() == null || g.heldOn().isBefore(process.startsOn()) || g.heldOn().isAfter(process.endsOn())
				|| g.heldOn().isAfter(today)) {
			refusals.add("heldOn", "consultation.error.heldOn");
		}
		Territory commune = null;
		if (g.communeCode() != null && !g.communeCode().isBlank()) {
			commune = proposals.communes(process)
				.stream()
				.filter(t -> t.code().equals(g.communeCode()))
				.findFirst()
				.orElse(null);
			if (commune == null) {
				refusals.add("commune", "consultation.error.commune");
			}
		}
		Checked c = new Checked(name, commune, count(g.women(), "women", refusals), count(g.men(), "men", refusals),
				count(g.young(), "young", refusals), count(g.disability(), "disability", refusals),
				count(g.associations(), "associations", refusals));
		if (refusals.isEmpty() && c.women() + c.men() == 0) {
			refusals.add("women", "consultation.error.nobody");
		}
		if (c.young() > c.women() + c.men()) {
			refusals.add("young", "consultation.error.partOf");
		}
		if (c.disability() > c.women() + c.men()) {
			refusals.add("disability", "consultation.error.partOf");
		}
		refusals.throwIfAny();
		return c;
	}

	/**
	 * Each person in the room is an act of participation on the day, where the gathering
	 * was held: by sex, and those with a disability as such (the first {@code disability}
	 * of them, women first; only the totals by each dimension are ever published).
	 */
	private void countInRoom(Process process, Territory commune, LocalDate day, int women, int men, int disability) {
		long where = commune == null ? process.territoryId() : commune.id();
		java.time.Instant at = day.atTime(LocalTime.NOON).atZone(MOROCCO).toInstant();
		String unknown = DemographicSnapshot.NOT_STATED;
		for (int i = 0; i < women + men; i++) {
			String sex = i < women ? "female" : "male";
			participations.record(CHANNEL, where,
					new DemographicSnapshot(sex, unknown, i < disability ? "yes" : "no", unknown), at);
		}
	}

	/**
	 * A proposal collected at the gathering, typed in by staff while the process runs.
	 */
	@Transactional
	public int contribute(Process process, Gathering gathering, Proposals.NewProposal proposal, long actorId) {
		processes.requireStaff(process, actorId, "form");
		if (LocalDate.now(clock).isAfter(process.endsOn())) {
			throw new ConsultationRefused("form", "consultation.error.closed");
		}
		int number = proposals.fromGathering(process, gathering.id(), proposal, actorId);
		audit.append("person:" + actorId, "consultation.typed",
				"consultation:" + process.code() + "/proposal:" + number, "gathering:" + gathering.id());
		return number;
	}

	public List<Gathering> of(long processId) {
		return jdbc.sql("SELECT * FROM consultation_gathering WHERE process_id = :p ORDER BY held_on, id")
			.param("p", processId)
			.query(Gatherings::map)
			.list();
	}

	public Optional<Gathering> byId(long processId, long id) {
		return jdbc.sql("SELECT * FROM consultation_gathering WHERE process_id = :p AND id = :id")
			.param("p", processId)
			.param("id", id)
			.query(Gatherings::map)
			.optional();
	}

	private static int count(Integer value, String field, Refusals refusals) {
		if (value == null || value < 0 || value > 100000) {
			refusals.add(field, "consultation.error.count");
			return 0;
		}
		return value;
	}

	static Gathering map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Gathering(rs.getLong("id"), rs.getLong("process_id"), rs.getString("kind"), rs.getString("name"),
				rs.getObject("held_on", LocalDate.class), rs.getObject("commune_id", Long.class), rs.getInt("women"),
				rs.getInt("men"), rs.getInt("young"), rs.getInt("disability"), rs.getInt("associations"));
	}

}
