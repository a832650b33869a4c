package org.sawa.council;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sawa.audit.AuditLog;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sits in a council and which posts they hold: seating a councillor for a mandate (a
 * seat reserved for women is a woman's), leaving, and posts over time (one president, one
 * secretary, one chair per committee at a time). Every change is made by staff and
 * audited; women's representation is computed from these records.
 */
@Service
@Transactional
public class Memberships {

	public static final List<String> SEAT_TYPES = List.of("general", "women_reserved");

	public static final List<String> POSTS = List.of("president", "vice_president", "secretary", "deputy_secretary",
			"committee_chair", "committee_member");

	/** Posts one person at a time holds in a council (per committee for a chair). */
	private static final List<String> SINGLE_HOLDER = List.of("president", "secretary", "deputy_secretary",
			"committee_chair");

	/** What staff type for a new member. */
	public record NewMember(String fullName, String sex, Integer birthYear, String seatType, String listLabel,
			LocalDate startsOn) {
	}

	private final JdbcClient jdbc;

	private final Councils councils;

	private final AuditLog audit;

	private final Clock clock;

	Memberships(JdbcClient jdbc, Councils councils, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.councils = councils;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Seats a councillor for the mandate; refuses when the council's seats are all taken.
	 */
	public long elect(long mandateId, NewMember member, long actorId) {
		Mandate mandate = councils.mandate(mandateId)
			.orElseThrow(() -> new CouncilRefused("", "council.error.noMandate"));
		Council council = councils.byId(mandate.councilId()).orElseThrow();
		Refusals refusals = new Refusals();
		String name = checkPerson(member, refusals);
		refusals.throwIfAny();
		LocalDate startsOn = member.startsOn() == null ? mandate.startsOn() : member.startsOn();
		if (!mandate.covers(startsOn)) {
			throw new CouncilRefused("startsOn", "council.error.outsideMandate", mandate.label());
		}
		long seated = members(mandateId).stream().filter(m -> m.activeOn(startsOn)).count();
		if (council.seats() != null && seated >= council.seats()) {
			throw new CouncilRefused("", "council.error.full", council.seats());
		}
		long councillor = jdbc.sql(
				"INSERT INTO councillor (full_name, sex, birth_year, created_at) VALUES (:n, :s, :b, :stampedAt) RETURNING id")
			.param("stampedAt", Timestamp.from(clock.instant()))
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

	/**
	 * Checks what is typed of a councillor (name, sex, birth year, seat: a seat reserved
	 * for women is a woman's), each reason at its field; answers the name as stored.
	 */
	String checkPerson(NewMember member, Refusals refusals) {
		String name = member.fullName() == null ? "" : member.fullName().trim().replaceAll("\\s+", " ");
		if (Texts.length(name) < 2 || Texts.length(name) > 200) {
			refusals.add("fullName", "council.error.name");
		}
		if (!List.of("female", "male").contains(member.sex() == null ? "" : member.sex())) {
			refusals.add("sex", "council.error.sex");
		}
		int thisYear = LocalDate.now(clock).getYear();
		if (member.birthYear() != null && (member.birthYear() < thisYear - 110 || member.birthYear() > thisYear - 18)) {
			refusals.add("birthYear", "council.error.birthYear");
		}
		if (!SEAT_TYPES.contains(member.seatType() == null ? "" : member.seatType())) {
			refusals.add("seatType", "validation.option");
		}
		else if ("women_reserved".equals(member.seatType()) && "male".equals(member.sex())) {
			refusals.add("seatType", "council.error.reservedSeat");
		}
		return name;
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
				"council:" + councils.code(councils.mandate(member.mandateId()).orElseThrow().councilId()),
				"membership:" + membershipId + " on " + endsOn);
	}

	/**
	 * Gives a member a post from {@code startsOn}; one president, one secretary, one
	 * chair per committee at a time.
	 */
	public long assignPost(long membershipId, String post, Long committeeId, Integer rank, LocalDate startsOn,
			long actorId) {
		Member member = member(membershipId).orElseThrow(() -> new CouncilRefused("member", "council.error.noMember"));
		Mandate mandate = councils.mandate(member.mandateId()).orElseThrow();
		if (!POSTS.contains(post == null ? "" : post)) {
			throw new CouncilRefused("post", "validation.option");
		}
		boolean committeePost = post.startsWith("committee_");
		if (committeePost) {
			Long chosen = committeeId;
			if (chosen == null || councils.committees(mandate.councilId()).stream().noneMatch(c -> c.id() == chosen)) {
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
		audit.append("person:" + actorId, "council.post.assigned", "council:" + councils.code(mandate.councilId()),
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
				"council:" + councils.code(councils.mandate((long) row[2]).orElseThrow().councilId()),
				"post:" + holdingId + " on " + endsOn);
	}

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
