package org.sawa.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sawa.account.Role;
import org.sawa.security.Hmac;
import org.sawa.support.MovableClock;
import org.sawa.support.People;
import org.sawa.support.Refusing;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The vote of a participatory budget against PostgreSQL: within the envelope or refused,
 * the last ballot of a person or of an ID number counting alone (also when sent at once
 * from several threads), paper duplicates refused, nothing after the close, results by
 * votes within each part with the share kept for women first and the tie rule, and no
 * column leading from a ballot to its voter.
 */
@SawaTest
class BallotsTest {

	@Autowired
	ParticipatoryBudgets processes;

	@Autowired
	PbProposals proposals;

	@Autowired
	Ballots ballots;

	@Autowired
	PbResults results;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Hmac hmac;

	static final AtomicInteger CODES = new AtomicInteger();

	private static LocalDate today() {
		return MovableClock.today();
	}

	/**
	 * A commune's budget of 1,000,000 DH, 30 % kept for projects for women, in its vote
	 * now, with five feasible proposals (costs 400, 300, 300, 250 and 200 thousand; the
	 * last two for women) and one found not feasible.
	 */
	private PbProcess voting(String commune, long staff) {
		String code = "PB-TEST-" + CODES.incrementAndGet();
		LocalDate now = today();
		PbProcess p = MovableClock.INSTANCE.during(now.minusDays(40),
				() -> processes.open(new ParticipatoryBudgets.Form(code, commune, now.getYear(), "fr",
						"Budget participatif de test", "Cinq projets proposés par les habitants de la commune.",
						new BigDecimal("1000000"), "none", Map.of(), "knapsack", null, 30, "women", now.minusDays(40),
						now.minusDays(30), now.minusDays(10), now.minusDays(5), now.plusDays(5)), staff));
		long resident = people.resident(people.address("pb.author"), "female", 1980, commune);
		int[] costs = { 400, 300, 300, 250, 200, 150 };
		for (int i = 0; i < costs.length; i++) {
			int n = i;
			MovableClock.INSTANCE.during(now.minusDays(35),
					() -> proposals.propose(p, resident,
							new PbProposals.Form("Projet numéro " + (n + 1), "Une description assez longue du projet.",
									"fr", commune, "", n < 3 ? "roads" : "social", new BigDecimal(costs[n] * 1000),
									n == 3 || n == 4, false, null)));
		}
		MovableClock.INSTANCE.during(now.minusDays(20), () -> {
			for (int n = 1; n <= 5; n++) {
				proposals.review(p, n, new PbProposals.Review(true, "", new BigDecimal(costs[n - 1] * 1000), true),
						staff);
			}
			proposals.review(p, 6, new PbProposals.Review(false, "Hors des compétences de la commune.", null, false),
					staff);
			processes.publishReviews(processes.byCode(code).orElseThrow(), staff);
		});
		return processes.byCode(code).orElseThrow();
	}

	private long voter(String commune) {
		return people.resident(people.address("pb.voter"), "female", 1990, commune);
	}

	@Test
	void a_ballot_over_the_envelope_or_after_the_close_is_refused_and_the_last_ballot_counts() {
		long staff = people.withRole(people.address("pb.staff"), Role.STAFF, "MA-BEM-09");
		PbProcess p = voting("MA-BEM-09", staff);
		long fatima = voter("MA-BEM-09");
		assertThat(Refusing.reason(() -> ballots.castOnline(p, fatima, "AB12345", List.of(1, 2, 3, 4))))
			.isEqualTo("choices:budget.pb.error.overEnvelope");
		assertThat(Refusing.reason(() -> ballots.castOnline(p, fatima, "AB12345", List.of(6))))
			.as("not feasible, not on the ballot")
			.isEqualTo("choices:budget.pb.error.choiceUnknown");
		assertThat(Refusing.reason(() -> ballots.castOnline(p, fatima, "12345", List.of(1))))
			.isEqualTo("nationalId:budget.pb.error.nationalId");
		assertThat(ballots.ballots(p)).isZero();

		ballots.castOnline(p, fatima, "AB12345", List.of(1, 2, 3));
		assertThat(ballots.mine(p, fatima)).contains(List.of(1, 2, 3));
		ballots.castOnline(p, fatima, "ab 12345", List.of(4, 5));
		assertThat(ballots.mine(p, fatima)).contains(List.of(4, 5));
		assertThat(ballots.ballots(p)).isEqualTo(1);
		assertThat(ballots.tallies(p).values()).containsExactly(1, 1);

		// the same ID number from another account replaces her ballot too
		long other = voter("MA-BEM-09");
		ballots.castOnline(p, other, "AB12345", List.of(1));
		assertThat(ballots.ballots(p)).isEqualTo(1);
		assertThat(ballots.mine(p, fatima)).isEmpty();

		long outsider = voter("MA-BEM-01");
		assertThat(Refusing.reason(() -> ballots.castOnline(p, outsider, "C998877", List.of(1))))
			.isEqualTo("form:budget.pb.error.notVoter");
		assertThat(Refusing.reason(() -> MovableClock.INSTANCE.during(today().plusDays(6),
				() -> ballots.castOnline(p, fatima, "AB12345", List.of(2)))))
			.isEqualTo("form:budget.pb.error.notVoting");
	}

	@Test
	void paper_ballots_are_counted_once_per_id_number_whatever_the_channel() {
		long staff = people.withRole(people.address("pb.staff"), Role.STAFF, "MA-BEM-09");
		PbProcess p = voting("MA-BEM-09", staff);
		Ballots.Paper paper = new Ballots.Paper("École Al Massira", "J445566", "MA-BEM-09", "female", "25-34", "no",
				"rural", List.of(4, 5));
		ballots.castPaper(p, staff, paper);
		assertThat(Refusing.reason(() -> ballots.castPaper(p, staff, paper)))
			.isEqualTo("nationalId:budget.pb.error.duplicate");
		long amina = voter("MA-BEM-09");
		assertThat(Refusing.reason(() -> ballots.castOnline(p, amina, "J445566", List.of(1))))
			.isEqualTo("nationalId:budget.pb.error.votedOnPaper");
		ballots.castOnline(p, amina, "J445567", List.of(1));
		assertThat(Refusing.reasons(
				() -> ballots.castPaper(p, staff, new Ballots.Paper("", "x", "MA-BEM-01", "f", "", "", "", List.of()))))
			.containsExactlyInAnyOrder("pollingPoint:budget.pb.error.pollingPoint",
					"nationalId:budget.pb.error.nationalId", "commune:budget.pb.error.commune", "sex:validation.option",
					"choices:budget.pb.error.noChoice");
		assertThat(ballots.paperByPoint(p)).containsEntry("École Al Massira", 1L);
		assertThat(ballots.voters(p).get("sex")).containsEntry("female", 2L);
	}

	@Test
	void two_ballots_of_one_person_sent_at_once_leave_exactly_one() throws Exception {
		long staff = people.withRole(people.address("pb.staff"), Role.STAFF, "MA-BEM-09");
		PbProcess p = voting("MA-BEM-09", staff);
		long fatima = voter("MA-BEM-09");
		List<List<Integer>> choices = List.of(List.of(1), List.of(2), List.of(3), List.of(4), List.of(5), List.of(1, 2),
				List.of(4, 5), List.of(2, 3));
		ExecutorService pool = Executors.newFixedThreadPool(choices.size());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> sent = new ArrayList<>();
		for (List<Integer> c : choices) {
			sent.add(pool.submit(() -> {
				start.await();
				ballots.castOnline(p, fatima, "K112233", c);
				return null;
			}));
		}
		start.countDown();
		for (Future<?> f : sent) {
			f.get();
		}
		pool.shutdown();
		assertThat(ballots.ballots(p)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM pb_voter WHERE process_id = :p")
			.param("p", p.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		List<Integer> kept = ballots.mine(p, fatima).orElseThrow();
		assertThat(choices).contains(kept);
		assertThat(ballots.tallies(p).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(kept.size());
	}

	@Test
	void the_results_fill_the_share_kept_for_women_first_then_follow_the_votes_and_a_recount_agrees() {
		long staff = people.withRole(people.address("pb.staff"), Role.STAFF, "MA-BEM-09");
		PbProcess p = voting("MA-BEM-09", staff);
		// votes: 1 → 5, 2 → 4, 3 → 4, 4 (women) → 2, 5 (women) → 1
		int cin = 100;
		for (List<Integer> c : List.of(List.of(1, 2), List.of(1, 2), List.of(1, 3), List.of(1, 3), List.of(1, 2, 5),
				List.of(3, 4), List.of(2, 3, 4))) {
			ballots.castOnline(p, voter("MA-BEM-09"), "W" + (cin++), c);
		}
		PbResults.Results counted = results.count(p);
		// 2 and 3 have four votes each and cost the same: 2, proposed first, ranks first
		assertThat(counted.lines()).extracting(l -> l.proposal().number()).containsExactly(1, 2, 3, 4, 5);
		// the projects for women come first until they reach the 300k kept for them (4 at
		// 250k, then 5 at 200k); then the votes: 1 (400k) fits, 2 and 3 (300k) no longer
		// do
		assertThat(counted.winners()).extracting(l -> l.proposal().number()).containsExactlyInAnyOrder(4, 5, 1);
		assertThat(counted.winners()).filteredOn(PbResults.Line::reserved)
			.extracting(l -> l.proposal().number())
			.containsExactlyInAnyOrder(4, 5);
		assertThat(counted.spent()).isEqualByComparingTo("850000");
		assertThat(counted.spentReserved()).isEqualByComparingTo("450000");
		assertThat(Refusing.reason(() -> results.publish(p, staff))).isEqualTo("form:budget.pb.error.notCounting");
		MovableClock.INSTANCE.during(today().plusDays(6), () -> results.publish(p, staff));
		PbProcess closed = processes.byCode(p.code()).orElseThrow();
		assertThat(closed.resultsPublishedAt()).isNotNull();
		assertThat(results.recountAgrees(closed)).isTrue();
	}

	@Test
	void no_column_leads_from_a_ballot_to_its_voter() {
		assertThat(jdbc.sql("""
				SELECT column_name FROM information_schema.columns WHERE table_name = 'pb_ballot'
				ORDER BY ordinal_position""").query(String.class).list()).containsExactly("process_id", "ballot_key",
				"choices");
		long staff = people.withRole(people.address("pb.staff"), Role.STAFF, "MA-BEM-09");
		PbProcess p = voting("MA-BEM-09", staff);
		ballots.castOnline(p, voter("MA-BEM-09"), "Z778899", List.of(1));
		String salt = jdbc.sql("SELECT salt FROM pb_voter WHERE process_id = :p")
			.param("p", p.id())
			.query(String.class)
			.single();
		String key = jdbc.sql("SELECT ballot_key FROM pb_ballot WHERE process_id = :p")
			.param("p", p.id())
			.query(String.class)
			.single();
		assertThat(key).as("the identity key does not lead to the ballot")
			.isNotEqualTo(hmac.digest("pb-ballot:" + p.id() + ":" + salt))
			.doesNotContain(salt);
	}

}
