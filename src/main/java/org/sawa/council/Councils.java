package org.sawa.council;

import java.time.Clock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sawa.audit.AuditLog;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Councils, their mandates and committees, who sits in them and which posts they hold.
 * Every change is made by staff, checked against the council's rules and audited.
 */
@Service
@Transactional
public class Councils {

	private final Clock clock;

	public static final List<String> SEAT_TYPES = List.of("general", "women_reserved");

	public static final List<String> POSTS = List.of("president", "vice_president", "secretary", "deputy_secretary",
			"committee_chair", "committee_member");

	/** Posts one person at a time holds in a council (per committee for a chair). */
	private static final List<String> SINGLE_HOLDER = List.of("president", "secretary", "deputy_secretary",
			"committee_chair");

	/** A legal quota: the least share of women for a post type at a council level. */
	public record Quota(String level, String post, double minShare, String article, String source, boolean toConfirm) {
	}

	/** What staff type for a new member. */
	public record NewMember(String fullName, String sex, Integer birthYear, String seatType, String listLabel,
			LocalDate startsOn) {
	}

	private final JdbcClient jdbc;

	private final Territories territories;

	private final AuditLog audit;

	Councils(JdbcClient jdbc, Territories territories, AuditLog audit, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.territories = territories;
		this.audit = audit;
	}

	/**
	 * Gives a region, province or commune its council, with its legal number of seats.
	 */
	public long establish(String territoryCode, int seats, long actorId) {
		Territory territory = territories.byCode(territoryCode)
			.filter(t -> t.level() != Level.COUNTRY)
			.orElseThrow(() -> new CouncilRefused("territory", "validation.option"));
		if (seats < 5 || seats > 200) {
			throw new CouncilRefused("seats", "council.error.seats");
		}
		if (byCode(territoryCode).isPresent()) {
			throw new CouncilRefused("territory", "council.error.exists");
		}
		long id = jdbc.sql("""
				INSERT INTO council (territory_id, level, code, seats) VALUES (:t, :l, :c, :s) RETURNING id""")
			.param("t", territory.id())
			.param("l", territory.level().code())
			.param("c", territory.code())
			.param("s", seats)
			.query(Long.class)
			.single();
		audit.append("person:" + actorId, "council.established", "council:" + territoryCode, "seats=" + seats);
		return id;
	}

	/** Gives a territory its council and first mandate, in one step. */
	public long establish(String territoryCode, int seats, String label, LocalDate startsOn, LocalDate endsOn,
			long actorId) {
		long id = establish(territoryCode, seats, actorId);
		openMandate(id, label, startsOn, endsOn, actorId);
		return id;
	}

	public long openMandate(long councilId, String label, LocalDate startsOn, LocalDate endsOn, long actorId) {
		if (label == null || !label.matches("\\d{4}-\\d{4}")) {
			throw new CouncilRefused("label", "council.error.mandateLabel");
		}
		if (startsOn == null) {
			throw new CouncilRefused("startsOn", "validation.date");
		}
		if (endsOn == null || !endsOn.isAfter(startsOn)) {
			throw new CouncilRefused("endsOn", "council.error.mandateEnd");
		}
		boolean overlaps = jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM council_mandate WHERE council_id = :c
				  AND starts_on <= :e AND ends_on >= :s)""")
			.param("c", councilId)
			.param("s", startsOn)
			.param("e", endsOn)
			.query(Boolean.class)
			.single();
		if (overlaps) {
			throw new CouncilRefused("startsOn", "council.error.mandateOverlap");
		}
		long id = jdbc
			.sql("""
					INSERT INTO council_mandate (council_id, label, starts_on, ends_on) VALUES (:c, :l, :s, :e) RETURNING id""")
			.param("c", councilId)
			.param("l", label)
			.param("s", startsOn)
			.param("e", endsOn)
			.query(Long.class)
			.single();
		audit.append("person:" + actorId, "council.mandate.opened", "council:" + code(councilId), label);
		return id;
	}

	public long addCommittee(long councilId, String kind, Map<String, String> names, long actorId) {
		if (!List.of("standing", "parity").contains(kind == null ? "" : kind)) {
			throw new CouncilRefused("kind", "validation.option");
		}
		for (String language : List.of("ar", "fr", "en", "zgh")) {
			String name = names.getOrDefault(language, "").trim();
			if (name.length() < 2 || name.length() > 200) {
				throw new CouncilRefused("name_" + language, "council.error.committeeName");
			}
		}
		boolean taken = committees(councilId).stream()
			.anyMatch(c -> c.names().get("fr").equalsIgnoreCase(names.get("fr").trim()));
		if (taken) {
			throw new CouncilRefused("name_fr", "council.error.committeeTaken");
		}
		long id = jdbc.sql("""
				INSERT INTO council_committee (council_id, kind, name_ar, name_fr, name_en, name_zgh)
				VALUES (:c, :k, :ar, :fr, :en, :zgh) RETURNING id""")
			.param("c", councilId)
			.param("k", kind)
			.param("ar", names.get("ar").trim())
			.param("fr", names.get("fr").trim())
			.param("en", names.get("en").trim())
			.param("zgh", names.get("zgh").trim())
			.query(Long.class)
			.single();
		audit.append("person:" + actorId, "council.committee.added", "council:" + code(councilId),
				names.get("fr").trim());
		return id;
	}

	/**
	 * Seats a councillor for the mandate; refuses when the council's seats are all taken.
	 */
	public long elect(long mandateId, NewMember member, long actorId) {
		Mandate mandate = mandate(mandateId).orElseThrow(() -> new CouncilRefused("", "council.error.noMandate"));
		Council council = byId(mandate.councilId()).orElseThrow();
		String name = member.fullName() == null ? "" : member.fullName().trim().replaceAll("\\s+", " ");
		if (name.length() < 2 || name.length() > 200) {
			throw new CouncilRefused("fullName", "council.error.name");
		}
		if (!List.of("female", "male").contains(member.sex() == null ? "" : member.sex())) {
			throw new CouncilRefused("sex", "council.error.sex");
		}
		int thisYear = LocalDate.now(clock).getYear();
		if (member.birthYear() != null && (member.birthYear() < thisYear - 110 || member.birthYear() > thisYear - 18)) {
			throw new CouncilRefused("birthYear", "council.error.birthYear");
		}
		if (!SEAT_TYPES.contains(member.seatType() == null ? "" : member.seatType())) {
			throw new CouncilRefused("seatType", "validation.option");
		}
		if ("women_reserved".equals(member.seatType()) && !"female".equals(member.sex())) {
			throw new CouncilRefused("seatType", "council.error.reservedSeat");
		}
		LocalDate startsOn = member.startsOn() == null ? mandate.startsOn() : member.startsOn();
		if (!mandate.covers(startsOn)) {
			throw new CouncilRefused("startsOn", "council.error.outsideMandate", mandate.label());
		}
		long seated = members(mandateId).stream().filter(m -> m.activeOn(startsOn)).count();
		if (council.seats() != null && seated >= council.seats()) {
			throw new CouncilRefused("", "council.error.full", council.seats());
		}
		long councillor = jdbc
			.sql("INSERT INTO councillor (full_name, sex, birth_year) VALUES (:n, :s, :b) RETURNING id")
			.param("n", name)
			.param("s", member.sex())
			.param("b", member.birthYear())
			.query(Long.class)
			.single();
		String list = member.listLabel() == null || member.listLabel().isBlank() ? null : member.listLabel().trim();
		long id = jdbc.sql("""
				INSERT INTO council_membership (mandate_id, councillor_id, seat_type, list_label, starts_on)
				VALUES (:m, :c, :t, :l, :s) RETURNING id""")
			.param("m", mandateId)
			.param("c", councillor)
			.param("t", member.seatType())
			.param("l", list)
			.param("s", startsOn)
			.query(Long.class)
			.single();
		audit.append("person:" + actorId, "council.member.seated", "council:" + council.code(),
				"membership:" + id + " seat=" + member.seatType());
		return id;
	}

	/** Ends a member's seat (resignation, death, removal) and every post still held. */
	public void leave(long membershipId, LocalDate endsOn, long actorId) {
		Member member = member(membershipId).orElseThrow(() -> new CouncilRefused("", "council.error.noMember"));
		if (endsOn == null || endsOn.isBefore(member.startsOn())) {
			throw new CouncilRefused("endsOn", "council.error.endBeforeStart");
		}
		if (member.endsOn() != null) {
			throw new CouncilRefused("", "council.error.alreadyLeft");
		}
		jdbc.sql("UPDATE council_membership SET ends_on = :e WHERE id = :id")
			.param("e", endsOn)
			.param("id", membershipId)
			.update();
		jdbc.sql("UPDATE council_post_holding SET ends_on = :e WHERE membership_id = :id AND ends_on IS NULL")
			.param("e", endsOn)
			.param("id", membershipId)
			.update();
		audit.append("person:" + actorId, "council.member.left",
				"council:" + code(mandate(member.mandateId()).orElseThrow().councilId()),
				"membership:" + membershipId + " on " + endsOn);
	}

	/**
	 * Gives a member a post from {@code startsOn}; one president, one secretary, one
	 * chair per committee at a time.
	 */
	public long assignPost(long membershipId, String post, Long committeeId, Integer rank, LocalDate startsOn,
			long actorId) {
		Member member = member(membershipId).orElseThrow(() -> new CouncilRefused("member", "council.error.noMember"));
		Mandate mandate = mandate(member.mandateId()).orElseThrow();
		if (!POSTS.contains(post == null ? "" : post)) {
			throw new CouncilRefused("post", "validation.option");
		}
		boolean committeePost = post.startsWith("committee_");
		if (committeePost) {
			Long chosen = committeeId;
			if (chosen == null || committees(mandate.councilId()).stream().noneMatch(c -> c.id() == chosen)) {
				throw new CouncilRefused("committee", "council.error.committee");
			}
		}
		else {
			committeeId = null;
		}
		if ("vice_president".equals(post) && (rank == null || rank < 1 || rank > 20)) {
			throw new CouncilRefused("rank", "council.error.rank");
		}
		if (!"vice_president".equals(post)) {
			rank = null;
		}
		LocalDate day = startsOn == null ? LocalDate.now(clock) : startsOn;
		if (!member.activeOn(day)) {
			throw new CouncilRefused("startsOn", "council.error.notSeated");
		}
		Long committee = committeeId;
		Integer vpRank = rank;
		for (Member other : members(member.mandateId())) {
			for (Member.PostHeld held : other.postsOn(day)) {
				boolean samePost = held.post().equals(post) && java.util.Objects.equals(held.committeeId(), committee);
				if (!samePost) {
					continue;
				}
				if (other.membershipId() == membershipId) {
					throw new CouncilRefused("post", "council.error.alreadyHolds");
				}
				if (SINGLE_HOLDER.contains(post) || ("vice_president".equals(post) && vpRank.equals(held.rank()))) {
					throw new CouncilRefused("post", "council.error.postTaken", other.fullName());
				}
			}
		}
		long id = jdbc.sql("""
				INSERT INTO council_post_holding (membership_id, post, committee_id, rank, starts_on)
				VALUES (:m, :p, :c, :r, :s) RETURNING id""")
			.param("m", membershipId)
			.param("p", post)
			.param("c", committee)
			.param("r", vpRank)
			.param("s", day)
			.query(Long.class)
			.single();
		audit.append("person:" + actorId, "council.post.assigned", "council:" + code(mandate.councilId()),
				"membership:" + membershipId + " " + post + (committee == null ? "" : " committee:" + committee)
						+ (vpRank == null ? "" : " rank=" + vpRank));
		return id;
	}

	public void endPost(long holdingId, LocalDate endsOn, long actorId) {
		var row = jdbc.sql("""
				SELECT h.starts_on, h.ends_on, m.mandate_id FROM council_post_holding h
				JOIN council_membership m ON m.id = h.membership_id WHERE h.id = :id""")
			.param("id", holdingId)
			.query((rs,
					n) -> new Object[] { rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
							rs.getLong(3) })
			.optional()
			.orElseThrow(() -> new CouncilRefused("", "council.error.noPost"));
		if (row[1] != null) {
			throw new CouncilRefused("", "council.error.postEnded");
		}
		if (endsOn == null || endsOn.isBefore((LocalDate) row[0])) {
			throw new CouncilRefused("endsOn", "council.error.endBeforeStart");
		}
		jdbc.sql("UPDATE council_post_holding SET ends_on = :e WHERE id = :id")
			.param("e", endsOn)
			.param("id", holdingId)
			.update();
		audit.append("person:" + actorId, "council.post.ended",
				"council:" + code(mandate((long) row[2]).orElseThrow().councilId()),
				"post:" + holdingId + " on " + endsOn);
	}

	@Transactional(readOnly = true)
	public Optional<Council> byCode(String code) {
		return jdbc.sql("SELECT * FROM council WHERE code = :c").param("c", code).query(Councils::council).optional();
	}

	@Transactional(readOnly = true)
	public Optional<Council> byId(long id) {
		return jdbc.sql("SELECT * FROM council WHERE id = :id").param("id", id).query(Councils::council).optional();
	}

	/** The councils of a territory and of everything below it. */
	@Transactional(readOnly = true)
	public List<Council> within(Territory scope) {
		List<Council> all = jdbc.sql("SELECT * FROM council ORDER BY code").query(Councils::council).list();
		Map<Long, Territory> byId = new LinkedHashMap<>();
		List<Council> inside = new ArrayList<>();
		for (Council council : all) {
			Territory territory = byId.computeIfAbsent(council.territoryId(), id -> territories.byId(id).orElseThrow());
			if (scope.contains(territory)) {
				inside.add(council);
			}
		}
		return inside;
	}

	@Transactional(readOnly = true)
	public List<Committee> committees(long councilId) {
		return jdbc.sql("SELECT * FROM council_committee WHERE council_id = :c ORDER BY kind DESC, name_fr")
			.param("c", councilId)
			.query((rs, n) -> new Committee(rs.getLong("id"), rs.getLong("council_id"), rs.getString("kind"),
					Map.of("ar", rs.getString("name_ar"), "fr", rs.getString("name_fr"), "en", rs.getString("name_en"),
							"zgh", rs.getString("name_zgh"))))
			.list();
	}

	@Transactional(readOnly = true)
	public List<Mandate> mandates(long councilId) {
		return jdbc.sql("SELECT * FROM council_mandate WHERE council_id = :c ORDER BY starts_on DESC")
			.param("c", councilId)
			.query(Councils::mandate)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Mandate> mandate(long id) {
		return jdbc.sql("SELECT * FROM council_mandate WHERE id = :id")
			.param("id", id)
			.query(Councils::mandate)
			.optional();
	}

	/** The mandate running on {@code day}, or else the latest one. */
	@Transactional(readOnly = true)
	public Optional<Mandate> mandateAt(long councilId, LocalDate day) {
		List<Mandate> all = mandates(councilId);
		return all.stream().filter(m -> m.covers(day)).findFirst().or(() -> all.stream().findFirst());
	}

	/**
	 * The mandate's members, women and men alike, by seat start then name, with their
	 * posts.
	 */
	@Transactional(readOnly = true)
	public List<Member> members(long mandateId) {
		Map<Long, List<Member.PostHeld>> posts = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT h.* FROM council_post_holding h JOIN council_membership m ON m.id = h.membership_id
				WHERE m.mandate_id = :m ORDER BY h.starts_on, h.id""").param("m", mandateId).query((rs, n) -> {
			posts.computeIfAbsent(rs.getLong("membership_id"), k -> new ArrayList<>()).add(post(rs));
			return null;
		}).list();
		return jdbc.sql("""
				SELECT m.*, c.full_name, c.sex, c.birth_year FROM council_membership m
				JOIN councillor c ON c.id = m.councillor_id WHERE m.mandate_id = :m ORDER BY c.full_name, m.id""")
			.param("m", mandateId)
			.query((rs, n) -> member(rs, posts.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Member> member(long membershipId) {
		Long mandate = jdbc.sql("SELECT mandate_id FROM council_membership WHERE id = :id")
			.param("id", membershipId)
			.query(Long.class)
			.optional()
			.orElse(null);
		return mandate == null ? Optional.empty()
				: members(mandate).stream().filter(m -> m.membershipId() == membershipId).findFirst();
	}

	@Transactional(readOnly = true)
	public List<Quota> quotas() {
		return jdbc.sql("SELECT * FROM council_quota ORDER BY level, post")
			.query((rs, n) -> new Quota(rs.getString("level"), rs.getString("post"), rs.getDouble("min_share"),
					rs.getString("article"), rs.getString("source"), rs.getBoolean("to_confirm")))
			.list();
	}

	private String code(long councilId) {
		return byId(councilId).map(Council::code).orElse("?");
	}

	private static Council council(ResultSet rs, int n) throws SQLException {
		return new Council(rs.getLong("id"), rs.getLong("territory_id"), rs.getString("level"), rs.getString("code"),
				(Integer) rs.getObject("seats"), rs.getString("email"));
	}

	private static Mandate mandate(ResultSet rs, int n) throws SQLException {
		return new Mandate(rs.getLong("id"), rs.getLong("council_id"), rs.getString("label"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class));
	}

	private static Member.PostHeld post(ResultSet rs) throws SQLException {
		return new Member.PostHeld(rs.getLong("id"), rs.getString("post"), (Long) rs.getObject("committee_id"),
				(Integer) rs.getObject("rank"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class));
	}

	private static Member member(ResultSet rs, List<Member.PostHeld> posts) throws SQLException {
		return new Member(rs.getLong("id"), rs.getLong("councillor_id"), rs.getLong("mandate_id"),
				rs.getString("full_name"), rs.getString("sex"), (Integer) rs.getObject("birth_year"),
				rs.getString("seat_type"), rs.getString("list_label"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), List.copyOf(posts));
	}

}
