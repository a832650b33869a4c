package org.sawa.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProtectedTableTest {

	@Test
	void a_table_without_small_counts_is_shown_whole_with_margins_that_add_up() {
		ProtectedTable table = ProtectedTable.of(new long[][] { { 10, 20 }, { 30, 40 } });
		assertThat(table.suppressed()).isZero();
		assertThat(table.cells()).containsExactly(List.of(10L, 20L, 30L), List.of(30L, 40L, 70L),
				List.of(40L, 60L, 100L));
	}

	@Test
	void zeros_are_shown_because_they_identify_nobody() {
		ProtectedTable table = ProtectedTable.of(new long[][] { { 0, 25 } });
		assertThat(table.suppressed()).isZero();
		assertThat(table.cells().get(0)).containsExactly(0L, 25L, 25L);
	}

	@Test
	void one_small_cell_cannot_be_recovered_from_its_row_or_column_total() {
		// women 3, men 40 in a rural commune; women 12, men 15 in an urban one
		ProtectedTable table = ProtectedTable.of(new long[][] { { 3, 40 }, { 12, 15 } });
		assertThat(table.cells().get(0).get(0)).isNull();
		assertNoLineGivesAHiddenCellAway(table);
		// the totals that do not reveal anything stay visible
		assertThat(table.total()).isEqualTo(70L);
	}

	@Test
	void a_women_and_men_split_with_few_women_hides_both_but_keeps_the_total() {
		ProtectedTable table = ProtectedTable.of(new long[][] { { 2, 31 } });
		assertThat(table.cells().get(0)).containsExactly(null, null, 33L);
	}

	@Test
	void a_small_grand_total_hides_the_whole_table() {
		ProtectedTable table = ProtectedTable.of(new long[][] { { 1, 0 }, { 2, 1 } });
		assertThat(table.total()).isNull();
		for (List<Long> line : table.cells()) {
			for (Long value : line) {
				assertThat(value == null || value == 0L).isTrue();
			}
		}
		assertNoLineGivesAHiddenCellAway(table);
	}

	@Test
	void when_only_zeros_remain_beside_a_hidden_cell_a_zero_is_hidden_too() {
		ProtectedTable table = ProtectedTable.of(new long[][] { { 4, 0, 0, 30 }, { 6, 7, 8, 9 } });
		assertNoLineGivesAHiddenCellAway(table);
		assertThat(table.cells().get(0).get(0)).isNull();
	}

	@Test
	void on_many_random_tables_every_small_count_is_hidden_and_no_line_gives_one_away() {
		Random random = new Random(20261122);
		for (int n = 0; n < 2000; n++) {
			int rows = 1 + random.nextInt(5);
			int columns = 1 + random.nextInt(6);
			long[][] counts = new long[rows][columns];
			for (int r = 0; r < rows; r++) {
				for (int c = 0; c < columns; c++) {
					counts[r][c] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(60);
				}
			}
			ProtectedTable table = ProtectedTable.of(counts);
			for (int r = 0; r < rows; r++) {
				for (int c = 0; c < columns; c++) {
					if (ProtectedTable.sensitive(counts[r][c])) {
						assertThat(table.cells().get(r).get(c)).as("table %d cell %d,%d", n, r, c).isNull();
					}
				}
			}
			assertNoLineGivesAHiddenCellAway(table);
		}
	}

	@Test
	void a_breakdown_hides_its_small_count_and_the_smallest_other_so_neither_follows_from_the_total() {
		var shown = ProtectedTable.column(java.util.Map.of("female", 3L, "male", 40L, "not_stated", 9L),
				List.of("female", "male", "not_stated"));
		assertThat(shown).extracting(java.util.Map.Entry::getKey).containsExactly("female", "male", "not_stated");
		assertThat(shown).extracting(java.util.Map.Entry::getValue).containsExactly(null, 40L, null);
		// an option nobody chose is left out rather than shown as 0 beside hidden cells
		assertThat(ProtectedTable.column(java.util.Map.of("male", 12L), List.of("female", "male")))
			.extracting(java.util.Map.Entry::getKey)
			.containsExactly("male");
	}

	/** No row or column (with its total) may have exactly one hidden member. */
	private static void assertNoLineGivesAHiddenCellAway(ProtectedTable table) {
		List<List<Long>> cells = table.cells();
		for (List<Long> row : cells) {
			assertThat(row.stream().filter(v -> v == null).count()).isNotEqualTo(1L);
		}
		for (int c = 0; c < cells.get(0).size(); c++) {
			int column = c;
			assertThat(cells.stream().filter(row -> row.get(column) == null).count()).isNotEqualTo(1L);
		}
	}

}
