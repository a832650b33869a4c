package org.sawa.budget;

import java.security.SecureRandom;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sawa.account.Accounts;
import org.sawa.account.DemographicSnapshot;
import org.sawa.account.Participations;
import org.sawa.input.NationalIds;
import org.sawa.refusal.Refusals;
import org.sawa.security.Hmac;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vote of a participatory budget (ADR 0032). One ballot per voter: a resident online
 * (her residence in the territory, her national ID number kept only as a keyed HMAC), or
 * a paper ballot typed by staff at a polling point. Online, a new ballot of the same
 * person or the same ID number replaces the earlier one in the same transaction; a paper
 * ballot whose ID number already voted is refused as a duplicate. The ballot is stored
 * apart from its voter, under a key only the ballot key (outside the database) leads to.
 */
@Service
public class Ballots {

	/** The participation channel a vote is counted under by the inclusion lens. */
	public static final String CHANNEL = "budget.vote";

	/** A paper ballot as staff type it. */
	public record Paper(String pollingPoint, String nationalId, String commune, String sex, String ageBand,
			String disability, String area, List<Integer> choices) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final ParticipatoryBudgets processes;

	private final PbProposals proposals;

	private final PbEnvelope envelope;

	private final Territories territories;

	private final Accounts accounts;

	private final Participations participations;

	private final Hmac hmac;

	private final Hmac ballotKey;

	private final Clock clock;

	Ballots(JdbcClient jdbc, ParticipatoryBudgets processes, PbProposals proposals, PbEnvelope envelope,
			Territories territories, Accounts accounts, Participations participations, Hmac hmac,
			@Value("${sawa.budget.ballot-key}") String ballotKey, Clock clock) {
		this.jdbc = jdbc;
		this.processes = processes;
		this.proposals = proposals;
		this.envelope = envelope;
		this.territories = territories;
		this.accounts = accounts;
		this.participations = participations;
		this.hmac = hmac;
		this.ballotKey = Hmac.withKey(ballotKey, "sawa.budget.ballot-key");
		this.clock = clock;
	}

	/**
	 * A resident votes, or changes her vote: the last ballot counts. Refused outside the
	 * vote, for a non-resident, with an ID number that is not one, or with choices that
	 * do not fit the ballot's rules.
	 */
	@Transactional
	public void castOnline(PbProcess p, long personId, String nationalId, List<Integer> numbers) {
		open(p);
		Territory territory = territories.byId(p.territoryId()).orElseThrow();
		Territory commune = accounts.residence(personId)
			.flatMap(territories::byId)
			.filter(territory::contains)
			.orElseThrow(() -> new BudgetRefused("form", "budget.pb.error.notVoter"));
		String cin = NationalIds.normalise(nationalId);
		Refusals refusals = new Refusals();
		if (!NationalIds.isCin(cin)) {
			refusals.add("nationalId", "budget.pb.error.nationalId");
		}
		List<PbProposal> chosen = choices(p, numbers, refusals);
		refusals.throwIfAny();
		Instant now = clock.instant();
		record(p, cinKey(p, cin), personKey(p, personId), commune, participations.snapshot(personId, now), "online",
				null, chosen, now);
	}

	/**
	 * Staff type a paper ballot from a polling point: the voter's ID number (a second
	 * ballot with it is refused as a duplicate), commune and what she declared of
	 * herself, and the choices.
	 */
	@Transactional
	public void castPaper(PbProcess p, long staffId, Paper paper) {
		if (!processes.manages(staffId, p)) {
			throw new BudgetRefused("form", "budget.error.notYours");
		}
		LocalDate today = LocalDate.now(clock);
		if (today.isBefore(p.votingFrom()) || p.resultsPublishedAt() != null) {
			throw new BudgetRefused("form", "budget.pb.error.notVoting");
		}
		Refusals refusals = new Refusals();
		String point = org.sawa.input.Texts.cleanOrEmpty(paper.pollingPoint());
		if (org.sawa.input.Texts.length(point) < 2 || org.sawa.input.Texts.length(point) > 80) {
			refusals.add("pollingPoint", "budget.pb.error.pollingPoint");
		}
		String cin = NationalIds.normalise(paper.nationalId());
		if (!NationalIds.isCin(cin)) {
			refusals.add("nationalId", "budget.pb.error.nationalId");
		}
		Territory territory = territories.byId(p.territoryId()).orElseThrow();
		Optional<Territory> commune = territories.byCode(paper.commune() == null ? "" : paper.commune())
			.filter(c -> c.level() == Level.COMMUNE && territory.contains(c));
		if (commune.isEmpty()) {
			refusals.add("commune", "budget.pb.error.commune");
		}
		DemographicSnapshot declared = new DemographicSnapshot(option(paper.sex(), "sex", refusals),
				option(paper.ageBand(), "age_band", refusals), option(paper.disability(), "disability", refusals),
				option(paper.area(), "area", refusals));
		List<PbProposal> chosen = choices(p, paper.choices(), refusals);
		refusals.throwIfAny();
		// a ballot typed after the close was cast on the last day at the latest
		Instant at = today.isAfter(p.votingTo())
				? p.votingTo().atTime(18, 0).atZone(org.sawa.web.Formats.ZONE).toInstant() : clock.instant();
		record(p, cinKey(p, cin), null, commune.get(), declared, "paper", point, chosen, at);
	}

	private void open(PbProcess p) {
		if (processes.phase(p) != PbProcess.Phase.VOTING || p.reviewsPublishedAt() == null) {
			throw new BudgetRefused("form", "budget.pb.error.notVoting");
		}
	}

	private List<PbProposal> choices(PbProcess p, List<Integer> numbers, Refusals refusals) {
		try {
			return envelope.check(p, proposals.onTheBallot(p), numbers);
		}
		catch (BudgetRefused refused) {
			refusals.add(refused);
			return List.of();
		}
	}

	private static String option(String value, String dimension, Refusals refusals) {
		String v = value == null || value.isBlank() ? DemographicSnapshot.NOT_STATED : value;
		if (!DemographicSnapshot.OPTIONS.get(dimension).contains(v)) {
			refusals.add(dimension.equals("age_band") ? "ageBand" : dimension, "validation.option");
		}
		return v;
	}

	/**
	 * Stores a ballot and its voter. Both keys of the voter are locked first (in one
	 * order), so that two ballots of one person or one ID number sent at once are stored
	 * one after the other: the second replaces the first.
	 */
	private void record(PbProcess p, String cinKey, String personKey, Territory commune, DemographicSnapshot who,
			String channel, String pollingPoint, List<PbProposal> chosen, Instant at) {
		boolean first = replaceEarlier(p, cinKey, personKey, channel);
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		String salt = HexFormat.of().formatHex(bytes);
		jdbc.sql("""
				INSERT INTO pb_voter (process_id, cin_hmac, person_hmac, salt, commune_id, sex, age_band, disability,
				  area, channel, polling_point, voted_on)
				VALUES (:p, :cin, :person, :salt, :c, :sex, :age, :dis, :area, :ch, :point, :on)""")
			.param("p", p.id())
			.param("cin", cinKey)
			.param("person", personKey)
			.param("salt", salt)
			.param("c", commune.id())
			.param("sex", who.sex())
			.param("age", who.ageBand())
			.param("dis", who.disability())
			.param("area", who.area())
			.param("ch", channel)
			.param("point", pollingPoint)
			.param("on", Date.valueOf(LocalDate.ofInstant(at, org.sawa.web.Formats.ZONE)))
			.update();
		jdbc.sql("INSERT INTO pb_ballot (process_id, ballot_key, choices) VALUES (:p, :k, :c)")
			.param("p", p.id())
			.param("k", ballotKey(p, salt))
			.param("c", chosen.stream().map(PbProposal::id).sorted().toArray(Long[]::new))
			.update();
		if (first) {
			participations.record(CHANNEL, commune.id(), who, at);
		}
	}

	/**
	 * Locks the voter's keys and takes away her earlier ballot (online), or refuses a
	 * duplicate (paper, or after a paper ballot); whether this is her first ballot.
	 */
	private boolean replaceEarlier(PbProcess p, String cinKey, String personKey, String channel) {
		List<String> keys = new ArrayList<>(List.of(cinKey));
		if (personKey != null) {
			keys.add(personKey);
		}
		keys.stream()
			.sorted()
			.forEach(k -> jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))")
				.param("k", "pb:" + p.id() + ":" + k)
				.query((rs, n) -> 1)
				.single());
		// two lookups by index (an OR of both keys would read every voter of the budget)
		List<Map<String, Object>> earlier = jdbc.sql("""
				SELECT salt, channel FROM pb_voter WHERE process_id = :p AND cin_hmac = :cin
				UNION SELECT salt, channel FROM pb_voter WHERE process_id = :p AND person_hmac = :person""")
			.param("p", p.id())
			.param("cin", cinKey)
			.param("person", personKey)
			.query()
			.listOfRows();
		if ("paper".equals(channel) && !earlier.isEmpty()) {
			throw new BudgetRefused("nationalId", "budget.pb.error.duplicate");
		}
		if (earlier.stream().anyMatch(e -> "paper".equals(e.get("channel")))) {
			throw new BudgetRefused("nationalId", "budget.pb.error.votedOnPaper");
		}
		for (Map<String, Object> e : earlier) {
			String salt = (String) e.get("salt");
			jdbc.sql("DELETE FROM pb_ballot WHERE process_id = :p AND ballot_key = :k")
				.param("p", p.id())
				.param("k", ballotKey(p, salt))
				.update();
			jdbc.sql("DELETE FROM pb_voter WHERE salt = :s").param("s", salt).update();
		}
		return earlier.isEmpty();
	}

	/** The proposals of the person's ballot, by number, if she voted online. */
	public Optional<List<Integer>> mine(PbProcess p, long personId) {
		return jdbc.sql("SELECT salt FROM pb_voter WHERE process_id = :p AND person_hmac = :person")
			.param("p", p.id())
			.param("person", personKey(p, personId))
			.query(String.class)
			.optional()
			.map(salt -> jdbc.sql("""
					SELECT x.number FROM pb_ballot b JOIN pb_proposal x ON x.id = ANY (b.choices)
					WHERE b.process_id = :p AND b.ballot_key = :k ORDER BY x.number""")
				.param("p", p.id())
				.param("k", ballotKey(p, salt))
				.query(Integer.class)
				.list());
	}

	/** Each proposal's votes: the ballots that chose it. */
	public Map<Long, Integer> tallies(PbProcess p) {
		Map<Long, Integer> votes = new LinkedHashMap<>();
		jdbc.sql("SELECT c, count(*) FROM pb_ballot, unnest(choices) AS c WHERE process_id = :p GROUP BY c")
			.param("p", p.id())
			.query(rs -> {
				votes.put(rs.getLong(1), rs.getInt(2));
			});
		return votes;
	}

	/** How many voted, in all. */
	public long ballots(PbProcess p) {
		return jdbc.sql("SELECT count(*) FROM pb_ballot WHERE process_id = :p")
			.param("p", p.id())
			.query(Long.class)
			.single();
	}

	/** Voters counted by sex, age band, disability and area, for the turnout. */
	public Map<String, Map<String, Long>> voters(PbProcess p) {
		Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
		jdbc.sql(
				"""
						SELECT 'sex' AS d, sex AS o, count(*) FROM pb_voter WHERE process_id = :p GROUP BY sex
						UNION ALL SELECT 'age_band', age_band, count(*) FROM pb_voter WHERE process_id = :p GROUP BY age_band
						UNION ALL SELECT 'disability', disability, count(*) FROM pb_voter WHERE process_id = :p GROUP BY disability
						UNION ALL SELECT 'area', area, count(*) FROM pb_voter WHERE process_id = :p GROUP BY area""")
			.param("p", p.id())
			.query(rs -> {
				counts.computeIfAbsent(rs.getString(1), d -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
			});
		return counts;
	}

	/** Paper ballots typed, by polling point. */
	public Map<String, Long> paperByPoint(PbProcess p) {
		Map<String, Long> points = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT polling_point, count(*) FROM pb_voter WHERE process_id = :p AND channel = 'paper'
				GROUP BY polling_point ORDER BY polling_point""").param("p", p.id()).query(rs -> {
			points.put(rs.getString(1), rs.getLong(2));
		});
		return points;
	}

	private String cinKey(PbProcess p, String cin) {
		return hmac.digest("pb-cin:" + p.id() + ":" + cin);
	}

	private String personKey(PbProcess p, long personId) {
		return hmac.digest("pb-person:" + p.id() + ":" + personId);
	}

	private String ballotKey(PbProcess p, String salt) {
		return ballotKey.digest("pb-ballot:" + p.id() + ":" + salt);
	}

}
