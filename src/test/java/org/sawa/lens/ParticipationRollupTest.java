package org.sawa.lens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sawa.account.DemographicSnapshot;
import org.sawa.account.ParticipationRecorded;
import org.sawa.account.ParticipationWithdrawn;
import org.sawa.support.MovableClock;
import org.sawa.support.Owner;
import org.sawa.support.SawaTest;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rollup by territory and month (lens V2) plus the changes not folded yet says what
 * the facts of the territory and below say, for every region, province and commune of the
 * demo, over the whole history and over one year, before a fold, after part of one and
 * after all; what the folds keep is what a rebuild from the facts gives; an act and its
 * withdrawal reach every level at once.
 */
@SawaTest
class ParticipationRollupTest {

	@Autowired
	ParticipationFacts facts;

	@Autowired
	ParticipationRollup rollup;

	@Autowired
	Territories territories;

	@Autowired
	Owner owner;

	private static final DemographicSnapshot WOMAN = new DemographicSnapshot("female", "35-44", "yes", "rural");

	private void everyTerritoryAgrees() {
		LocalDate today = MovableClock.today();
		Set<Long> active = new HashSet<>(
				owner.jdbc().sql("SELECT DISTINCT territory_id FROM participation_fact").query(Long.class).list());
		for (Level level : List.of(Level.REGION, Level.PROVINCE, Level.COMMUNE)) {
			for (Territory territory : territories.atLevel(level)) {
				List<Long> subtree = territories.subtree(territory.id());
				if (level == Level.COMMUNE && !active.contains(territory.id())) {
					assertThat(channels(
							facts.byEveryDimension(territory.id(), subtree, WhoTakesPart.farPast(), endOfMonth(today))))
						.isEmpty();
					continue;
				}
				for (LocalDate[] period : List.of(
						new LocalDate[] { WhoTakesPart.farPast(), today.withDayOfMonth(today.lengthOfMonth()) },
						new LocalDate[] { LocalDate.of(today.getYear() - 1, 1, 1),
								LocalDate.of(today.getYear() - 1, 12, 31) })) {
					assertThat(sets(facts.byEveryDimension(territory.id(), subtree, period[0], period[1])))
						.as(territory.code() + " " + period[0] + ".." + period[1])
						.isEqualTo(sets(fromFacts(subtree, period[0], period[1])));
				}
			}
		}
	}

	@Test
	void every_territory_says_what_its_facts_say_before_during_and_after_the_folds() {
		Territory commune = territories.byCode("MA-BEM-02").orElseThrow();
		var at = MovableClock.today().atTime(9, 0).toInstant(ZoneOffset.UTC);
		for (int i = 0; i < 3; i++) {
			facts.count(new ParticipationRecorded(UUID.randomUUID(), "test.rollup.fold", commune.id(), at, WOMAN));
		}
		// an event handed over again (after a crash) changes neither its fact nor the
		// rollup
		ParticipationRecorded republished = new ParticipationRecorded(UUID.randomUUID(), "test.rollup.fold",
				commune.id(), at, WOMAN);
		assertThat(facts.count(republished)).isTrue();
		assertThat(facts.count(republished)).isFalse();
		// acts dated after this month (as a test that moved the clock leaves them) and
		// before 2000: outside "to date", which reads the totals less the months outside
		// (lens V4)
		facts.count(new ParticipationRecorded(UUID.randomUUID(), "test.rollup.fold", commune.id(),
				at.plus(java.time.Duration.ofDays(70)), WOMAN));
		facts.count(new ParticipationRecorded(UUID.randomUUID(), "test.rollup.fold", commune.id(),
				LocalDate.of(1999, 6, 15).atTime(9, 0).toInstant(ZoneOffset.UTC), WOMAN));
		everyTerritoryAgrees();
		rollup.fold(1);
		everyTerritoryAgrees();
		rollup.foldAll();
		assertThat(owner.jdbc().sql("SELECT count(*) FROM participation_change").query(Long.class).single()).isZero();
		everyTerritoryAgrees();
	}

	/** A fact's or a change's rows at every level of its territory's path. */
	private static final String AT_EVERY_LEVEL = """
			JOIN territory t ON t.id = x.territory_id,
			     unnest(string_to_array(trim(BOTH '/' FROM t.path), '/')) AS a(ancestor),
			     LATERAL (VALUES ('sex', x.sex), ('age_band', x.age_band), ('disability', x.disability),
			                     ('area', x.area)) AS d(dimension, option)""";

	/**
	 * Rows on which the rollup plus the changes not folded yet and a rollup built from
	 * the facts disagree, read in one statement (one snapshot: a fact and its change are
	 * committed together, so the listeners that run meanwhile do not matter).
	 */
	private long disagreeing() {
		return owner.jdbc()
			.sql("""
					WITH kept AS (
					  SELECT territory_id, month, channel, dimension, option, sum(count) AS count FROM (
					    SELECT territory_id, month, channel, dimension, option, count FROM participation_rollup
					    UNION ALL
					    SELECT a.ancestor::BIGINT, date_trunc('month', x.day)::DATE, x.channel, d.dimension, d.option, x.delta
					    FROM participation_change x %1$s) k
					  GROUP BY 1, 2, 3, 4, 5 HAVING sum(count) <> 0),
					rebuilt AS (
					  SELECT a.ancestor::BIGINT AS territory_id, date_trunc('month', x.day)::DATE AS month, x.channel,
					         d.dimension, d.option, sum(x.count) AS count
					  FROM participation_fact x %1$s
					  GROUP BY 1, 2, 3, 4, 5)
					SELECT count(*) FROM (
					  (SELECT * FROM kept EXCEPT SELECT * FROM rebuilt)
					  UNION ALL (SELECT * FROM rebuilt EXCEPT SELECT * FROM kept)) differing"""
				.formatted(AT_EVERY_LEVEL))
			.query(Long.class)
			.single();
	}

	/**
	 * Rows on which each territory's totals (lens V4) and the sum of its months disagree.
	 */
	private long totalsDisagreeing() {
		return owner.jdbc()
			.sql("""
					WITH totals AS (
					  SELECT territory_id, channel, dimension, option, count FROM participation_total WHERE count <> 0),
					months AS (
					  SELECT territory_id, channel, dimension, option, sum(count) AS count FROM participation_rollup
					  GROUP BY 1, 2, 3, 4 HAVING sum(count) <> 0)
					SELECT count(*) FROM (
					  (SELECT * FROM totals EXCEPT SELECT * FROM months)
					  UNION ALL (SELECT * FROM months EXCEPT SELECT * FROM totals)) differing""")
			.query(Long.class)
			.single();
	}

	@Test
	void what_the_folds_keep_is_what_a_rebuild_from_the_facts_gives() {
		assertThat(owner.jdbc().sql("SELECT count(*) FROM participation_rollup").query(Long.class).single())
			.isPositive();
		assertThat(disagreeing()).isZero();
		assertThat(totalsDisagreeing()).isZero();
		rollup.fold(2);
		assertThat(disagreeing()).isZero();
		assertThat(totalsDisagreeing()).isZero();
		rollup.foldAll();
		assertThat(disagreeing()).isZero();
		assertThat(totalsDisagreeing()).isZero();
		// the migration's rebuild gives the same
		owner.jdbc().sql("SELECT participation_rollup_rebuild()").query(Long.class).single();
		assertThat(disagreeing()).isZero();
		assertThat(totalsDisagreeing()).isZero();
	}

	@Test
	void an_act_and_its_withdrawal_reach_every_level_at_once() {
		Territory commune = territories.byCode("MA-AZI-05").orElseThrow();
		// the top of its lineage: every level between is rolled up the same way
		Territory region = territories.lineage(commune).get(0);
		LocalDate today = MovableClock.today();
		long before = women(region, today);
		var at = today.atTime(10, 0).toInstant(ZoneOffset.UTC);

		UUID act = UUID.randomUUID();
		assertThat(facts.count(new ParticipationRecorded(act, "test.rollup", commune.id(), at, WOMAN))).isTrue();
		assertThat(facts.count(new ParticipationRecorded(act, "test.rollup", commune.id(), at, WOMAN)))
			.as("counted once")
			.isFalse();
		assertThat(women(region, today)).isEqualTo(before + 1);
		assertThat(women(commune, today)).isEqualTo(1);
		rollup.foldAll();
		assertThat(women(region, today)).isEqualTo(before + 1);
		assertThat(women(commune, today)).isEqualTo(1);

		// a withdrawal of an act never counted (a correction whose old record said
		// another age) takes nothing back, from the facts nor from any dimension
		assertThat(facts.withdraw(new ParticipationWithdrawn(UUID.randomUUID(), "test.rollup", commune.id(), at,
				new DemographicSnapshot("female", "45-54", "yes", "rural"))))
			.isTrue();
		assertThat(women(region, today)).isEqualTo(before + 1);
		assertThat(sets(
				facts.byEveryDimension(commune.id(), List.of(commune.id()), WhoTakesPart.farPast(), endOfMonth(today))))
			.isEqualTo(sets(fromFacts(List.of(commune.id()), WhoTakesPart.farPast(), endOfMonth(today))));

		assertThat(
				facts.withdraw(new ParticipationWithdrawn(UUID.randomUUID(), "test.rollup", commune.id(), at, WOMAN)))
			.isTrue();
		assertThat(women(region, today)).isEqualTo(before);
		assertThat(channels(
				facts.byEveryDimension(commune.id(), List.of(commune.id()), WhoTakesPart.farPast(), endOfMonth(today))))
			.doesNotContain("test.rollup");
		rollup.foldAll();
		assertThat(women(region, today)).isEqualTo(before);
		assertThat(channels(
				facts.byEveryDimension(commune.id(), List.of(commune.id()), WhoTakesPart.farPast(), endOfMonth(today))))
			.doesNotContain("test.rollup");
		assertThat(sets(facts.byEveryDimension(region.id(), territories.subtree(region.id()), WhoTakesPart.farPast(),
				endOfMonth(today))))
			.isEqualTo(sets(fromFacts(territories.subtree(region.id()), WhoTakesPart.farPast(), endOfMonth(today))));
	}

	/**
	 * The channels the page names: those with a participant counted in any dimension
	 * (each act is counted once in every dimension).
	 */
	private static Set<String> channels(Map<String, List<ParticipationFacts.Count>> counts) {
		Set<String> channels = new java.util.TreeSet<>();
		counts.values()
			.forEach(list -> list.stream().filter(c -> c.count() != 0).forEach(c -> channels.add(c.channel())));
		return channels;
	}

	private static LocalDate endOfMonth(LocalDate day) {
		return day.withDayOfMonth(day.lengthOfMonth());
	}

	private long women(Territory territory, LocalDate today) {
		return facts
			.byEveryDimension(territory.id(), territories.subtree(territory.id()), WhoTakesPart.farPast(),
					endOfMonth(today))
			.get("sex")
			.stream()
			.filter(count -> count.channel().equals("test.rollup") && count.option().equals("female"))
			.mapToLong(ParticipationFacts.Count::count)
			.sum();
	}

	/**
	 * Each dimension's counts, whatever their order (the database's collation orders the
	 * facts').
	 */
	private static Map<String, Set<ParticipationFacts.Count>> sets(
			Map<String, List<ParticipationFacts.Count>> byDimension) {
		Map<String, Set<ParticipationFacts.Count>> sets = new TreeMap<>();
		byDimension.forEach((dimension, counts) -> sets.put(dimension, new HashSet<>(counts)));
		return sets;
	}

	private Map<String, List<ParticipationFacts.Count>> fromFacts(List<Long> subtree, LocalDate from, LocalDate to) {
		Map<String, List<ParticipationFacts.Count>> expected = new LinkedHashMap<>();
		for (String dimension : ParticipationFacts.DIMENSIONS) {
			expected.put(dimension, facts.byDimension(dimension, subtree, from, to));
		}
		return expected;
	}

}
