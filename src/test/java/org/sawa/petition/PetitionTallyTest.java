package org.sawa.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A petition's counts read from the counts kept ahead (petition V8) plus the signatures
 * not counted yet are the signatures there are, at every moment: before a fold, after
 * part of one, after a withdrawal of a counted or a not yet counted signature, and while
 * people sign and withdraw during the folds.
 */
@SawaTest
class PetitionTallyTest {

	private static final List<String> GROUPINGS = List.of("sex", "age_band", "disability", "area", "province_id");

	@Autowired
	Petitions petitions;

	@Autowired
	Signatures signatures;

	@Autowired
	PetitionTally tally;

	@Autowired
	PetitionStatistics statistics;

	@Autowired
	Territories territories;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	private long resident(String communeCode, String sex, int birthYear) {
		return people.resident(people.address("tally.signer"), sex, birthYear, communeCode);
	}

	private long opened(long agent) {
		String reference = petitions.draft(new Petitions.Draft(territories.byCode("MA-05").orElseThrow().id(),
				"Des bus scolaires pour les douars de la région",
				"Les élèves des douars marchent plus d’une heure pour rejoindre le collège; nous demandons au conseil "
						+ "régional d’inscrire un programme de transport scolaire à son ordre du jour.",
				"Inscrire le transport scolaire des douars à l’ordre du jour de la prochaine session.", "fr",
				"citizens", null), agent);
		long id = petitions.byReference(reference).orElseThrow().id();
		petitions.open(id, agent);
		return id;
	}

	private static final String[] COMMUNES = { "MA-BEM-07", "MA-BEM-02", "MA-AZI-01", "MA-KHO-01", "MA-KHO-02" };

	/** Signers spread over provinces, sexes and ages. */
	private List<Long> signers(int count) {
		List<Long> made = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			made.add(resident(COMMUNES[i % COMMUNES.length], i % 3 == 0 ? "male" : "female", 1950 + (i * 7) % 55));
		}
		return made;
	}

	private int nationalIds = 100_000;

	private synchronized String nationalId() {
		return "TA" + (++nationalIds);
	}

	/** What the petition's pages show, against the signatures counted one by one. */
	private void assertExact(long petition) {
		long stored = jdbc.sql("SELECT count(*) FROM petition_signature WHERE petition_id = :p")
			.param("p", petition)
			.query(Long.class)
			.single();
		assertThat(signatures.progress(petitions.byId(petition).orElseThrow()).signatures()).isEqualTo(stored);
		for (String column : GROUPINGS) {
			Map<String, Long> direct = new LinkedHashMap<>();
			jdbc.sql("SELECT " + column
					+ "::text, count(*) FROM petition_signature WHERE petition_id = :p GROUP BY 1 ORDER BY 1")
				.param("p", petition)
				.query(rs -> {
					direct.put(rs.getString(1), rs.getLong(2));
				});
			assertThat(signatures.signaturesBy(petition, column)).as(column).isEqualTo(direct);
		}
	}

	/**
	 * After a fold of everything: the counts kept alone are the signatures, key by key.
	 */
	private void assertFoldedWhole() {
		tally.foldAll();
		assertThat(jdbc.sql("SELECT count(*) FROM petition_signature WHERE NOT tallied").query(Long.class).single())
			.isZero();
		long disagreeing = jdbc.sql("""
				SELECT count(*) FROM (
				  (SELECT %1$s, signed FROM petition_tally WHERE signed <> 0
				   EXCEPT SELECT %1$s, count(*) FROM (SELECT *, petition_signed_year(signed_at) AS signed_year
				     FROM petition_signature) s GROUP BY %1$s)
				  UNION ALL
				  (SELECT %1$s, count(*) FROM (SELECT *, petition_signed_year(signed_at) AS signed_year
				     FROM petition_signature) s GROUP BY %1$s
				   EXCEPT SELECT %1$s, signed FROM petition_tally WHERE signed <> 0)) d""".formatted(PetitionTally.KEY))
			.query(Long.class)
			.single();
		assertThat(disagreeing).as("keys whose count differs from the signatures").isZero();
	}

	@Test
	void the_counts_are_the_signatures_before_during_and_after_a_fold_and_after_withdrawals() {
		long agent = resident("MA-BEM-07", "female", 1979);
		long petition = opened(agent);
		List<Long> signers = signers(8);
		assertFoldedWhole();
		for (int i = 0; i < 4; i++) {
			signatures.sign(petition, signers.get(i), nationalId(), "residence", null);
		}
		assertExact(petition);
		// part of them counted: the rest still counts one by one
		tally.fold(2);
		assertExact(petition);
		tally.foldAll();
		assertThat(jdbc.sql("SELECT sum(signed) FROM petition_tally WHERE petition_id = :p")
			.param("p", petition)
			.query(Long.class)
			.single()).isEqualTo(4);
		// a counted signature withdrawn is taken back from its count
		signatures.withdraw(petition, signers.get(0));
		assertExact(petition);
		assertThat(jdbc.sql("SELECT sum(signed) FROM petition_tally WHERE petition_id = :p")
			.param("p", petition)
			.query(Long.class)
			.single()).isEqualTo(3);
		// signed for an activity (counted in the total, not in its province's spread),
		// and one signed and withdrawn before any fold
		signatures.sign(petition, signers.get(4), nationalId(), "activity",
				territories.byCode("MA-BEM-03").orElseThrow().id());
		signatures.sign(petition, signers.get(5), nationalId(), "residence", null);
		signatures.withdraw(petition, signers.get(5));
		assertExact(petition);
		assertFoldedWhole();
		assertExact(petition);
		Signatures.Progress progress = signatures.progress(petitions.byId(petition).orElseThrow());
		assertThat(progress.signatures()).isEqualTo(4);
		assertThat(progress.byProvince().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
	}

	@Test
	void signing_and_withdrawing_while_folds_run_count_each_signature_once() throws Exception {
		long agent = resident("MA-BEM-07", "female", 1984);
		long petition = opened(agent);
		List<Long> signers = signers(24);
		AtomicBoolean done = new AtomicBoolean();
		ExecutorService pool = Executors.newFixedThreadPool(5);
		try {
			Future<Integer> folding = pool.submit(() -> {
				int folds = 0;
				while (!done.get()) {
					tally.fold(3);
					folds++;
				}
				return folds;
			});
			List<Future<?>> people = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				List<Long> mine = signers.subList(t * 6, t * 6 + 6);
				people.add(pool.submit(() -> {
					for (int i = 0; i < mine.size(); i++) {
						signatures.sign(petition, mine.get(i), nationalId(), "residence", null);
						if (i % 3 == 1) {
							signatures.withdraw(petition, mine.get(i));
						}
					}
					return null;
				}));
			}
			for (Future<?> person : people) {
				person.get();
			}
			done.set(true);
			assertThat(folding.get()).isPositive();
		}
		finally {
			done.set(true);
			pool.shutdown();
		}
		assertExact(petition);
		assertThat(signatures.progress(petitions.byId(petition).orElseThrow()).signatures()).isEqualTo(16);
		assertFoldedWhole();
		assertExact(petition);
	}

}
