package org.sawa.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the public sees of a count of people (ADR 0021), cell by cell. */
class PublishedCountsTest {

	private final PublishedCounts published = new PublishedCounts("a-test-key-for-the-noise-of-published-counts");

	private static Cell women(String commune) {
		return Cell.of("indicator/ELECTED_TRAINED", commune, "2024").with("sex", "female");
	}

	@Test
	void the_same_cell_shows_the_same_figure_every_time_whatever_the_order_of_its_options() {
		Cell one = Cell.of("channel/petition", "MA-05", "to-date").with("sex", "female").with("area", "rural");
		Cell same = Cell.of("channel/petition", "MA-05", "to-date").with("area", "rural").with("sex", "female");
		Long first = published.shown(one, 37);
		for (int i = 0; i < 20; i++) {
			assertThat(published.shown(one, 37)).isEqualTo(first);
			assertThat(published.shown(same, 37)).isEqualTo(first);
		}
		// "" leaves a dimension open: it is the same cell as not naming it
		assertThat(published.shown(one.with("age_band", ""), 37)).isEqualTo(first);
	}

	@Test
	void no_count_from_one_to_four_is_ever_shown_and_no_figure_from_one_to_four_is_ever_published() {
		for (int commune = 0; commune < 2000; commune++) {
			for (long count = 0; count <= 12; count++) {
				Long shown = published.shown(women("C-" + commune), count);
				if (count >= 1 && count <= 4) {
					assertThat(shown).as("count %d in C-%d", count, commune).isNull();
				}
				assertThat(shown == null || shown == 0 || shown >= PublishedCounts.THRESHOLD).isTrue();
				if (shown != null && count > 0) {
					assertThat(shown - count).isBetween(-2L, 2L);
				}
			}
		}
	}

	@Test
	void the_noise_follows_its_table_and_averages_to_nothing() {
		Map<Long, Integer> noises = new HashMap<>();
		long sum = 0;
		int cells = 40_000;
		for (int commune = 0; commune < cells; commune++) {
			long noise = published.shown(women("C-" + commune), 100) - 100;
			noises.merge(noise, 1, Integer::sum);
			sum += noise;
		}
		assertThat(noises.keySet()).containsExactlyInAnyOrder(-2L, -1L, 0L, 1L, 2L);
		assertThat(noises.get(-2L) / (double) cells).isBetween(0.04, 0.06);
		assertThat(noises.get(-1L) / (double) cells).isBetween(0.18, 0.22);
		assertThat(noises.get(0L) / (double) cells).isBetween(0.48, 0.52);
		assertThat(noises.get(1L) / (double) cells).isBetween(0.18, 0.22);
		assertThat(noises.get(2L) / (double) cells).isBetween(0.04, 0.06);
		assertThat(Math.abs(sum / (double) cells)).isLessThan(0.02);
	}

	@Test
	void zero_shows_as_zero_but_for_about_one_cell_in_ten_so_that_fewer_than_five_may_be_nobody() {
		int hidden = 0;
		int cells = 20_000;
		for (int commune = 0; commune < cells; commune++) {
			Long shown = published.shown(women("C-" + commune), 0);
			assertThat(shown == null || shown == 0).isTrue();
			hidden += shown == null ? 1 : 0;
		}
		assertThat(hidden / (double) cells).isBetween(0.08, 0.12);
	}

	@Test
	void a_count_that_changes_draws_a_new_noise_so_two_days_do_not_give_the_change_exactly() {
		int exactDifferences = 0;
		int cells = 2000;
		for (int commune = 0; commune < cells; commune++) {
			long before = published.shown(women("C-" + commune), 40);
			long after = published.shown(women("C-" + commune), 41);
			exactDifferences += after - before == 1 ? 1 : 0;
		}
		// with independent noises, the difference is right about a third of the time
		assertThat(exactDifferences / (double) cells).isBetween(0.25, 0.42);
	}

	@Test
	void another_key_gives_other_figures() {
		PublishedCounts other = new PublishedCounts("another-key-for-another-installation-2026");
		int different = 0;
		for (int commune = 0; commune < 200; commune++) {
			different += published.shown(women("C-" + commune), 50).equals(other.shown(women("C-" + commune), 50)) ? 0
					: 1;
		}
		assertThat(different).isGreaterThan(80);
	}

	@Test
	void an_officer_allowed_exact_figures_sees_them() {
		assertThat(published.shown(women("C-1"), 3, true)).isEqualTo(3L);
		assertThat(published.shown(women("C-1"), 3, false)).isNull();
		ProtectedTable exact = published.table(new long[][] { { 3, 40 }, { 12, 15 } },
				(r, c) -> Cell.of("x", "MA-05", "2024"), true);
		assertThat(exact.cells()).containsExactly(List.of(3L, 40L, 43L), List.of(12L, 15L, 27L),
				List.of(15L, 55L, 70L));
		assertThat(exact.fewerThanFive()).isZero();
	}

	@Test
	void a_table_publishes_each_entry_as_its_own_cell_margins_included() {
		Cell all = Cell.of("channel/petition", "MA-05", "2024");
		List<String> sexes = List.of("female", "male");
		List<String> areas = List.of("urban", "rural");
		long[][] counts = { { 3, 40 }, { 12, 15 } };
		ProtectedTable table = published.table(counts,
				(r, c) -> all.with("area", r == 2 ? "" : areas.get(r)).with("sex", c == 2 ? "" : sexes.get(c)), false);
		assertThat(table.cells().get(0).get(0)).isNull();
		assertThat(table.cells().get(1).get(1))
			.isEqualTo(published.shown(all.with("area", "rural").with("sex", "male"), 15));
		assertThat(table.total()).isEqualTo(published.shown(all, 70));
		assertThat(table.cells().get(2).get(0)).isEqualTo(published.shown(all.with("sex", "female"), 15));
	}

	@Test
	void a_breakdown_of_a_figure_published_exactly_below_five_is_not_shown() {
		// councillors' ages by sex: seats by sex are public offices, exact; three women
		Cell seated = Cell.of("councillor-ages", "councils:1", "seated");
		List<String> bands = List.of("25-34", "35-44");
		ProtectedTable table = published.table(new long[][] { { 0, 20 }, { 3, 17 } },
				(r, c) -> r == 2 ? null
						: seated.with("age_band", bands.get(r)).with("sex", c == 0 ? "female" : c == 1 ? "male" : ""),
				false);
		assertThat(table.cells().get(2)).containsExactly(3L, 37L, 40L);
		assertThat(table.cells().get(0).get(0)).isNull();
		assertThat(table.cells().get(1).get(0)).isNull();
	}

	@Test
	void a_column_leaves_out_options_shown_as_zero_and_keeps_those_under_five() {
		Cell signed = Cell.of("petition/P-1", "MA-05", "all");
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("female", 3L);
		counts.put("male", 40L);
		List<Map.Entry<String, Long>> shown = published.column(counts, List.of("female", "male", "not_stated"),
				option -> signed.with("sex", option));
		assertThat(shown.get(0).getKey()).isEqualTo("female");
		assertThat(shown.get(0).getValue()).isNull();
		assertThat(shown.get(1).getValue()).isBetween(38L, 42L);
	}

}
