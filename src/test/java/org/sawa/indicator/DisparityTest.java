package org.sawa.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisparityTest {

	private static Indicator indicator(String unit, String better) {
		return new Indicator("X", Map.of(), Map.of(), unit, "percent".equals(unit) ? "ratio" : "sum",
				"percent".equals(unit) ? "N" : null, "percent".equals(unit) ? "D" : null, better, null, "", "",
				List.of("sex"));
	}

	@Test
	void counts_compare_by_index_and_by_the_gap_between_shares() {
		// 30 women and 70 men elected: index 0.43, shares 30 % and 70 %: a 40-point gap,
		// flagged
		Disparity d = Disparity.of(indicator("count", "higher"), BigDecimal.valueOf(30), BigDecimal.valueOf(70), 0.8);
		assertThat(d.index()).isCloseTo(0.4286, within(0.0001));
		assertThat(d.gapPoints()).isCloseTo(-40.0, within(1e-9));
		assertThat(d.flagged()).isTrue();
	}

	@Test
	void rates_compare_by_their_difference_in_points() {
		// 45 % of women and 50 % of men trained: index 0.9, 5 points behind, above a 0.8
		// threshold
		Disparity d = Disparity.of(indicator("percent", "higher"), new BigDecimal("45"), new BigDecimal("50"), 0.8);
		assertThat(d.index()).isCloseTo(0.9, within(1e-9));
		assertThat(d.gapPoints()).isCloseTo(-5.0, within(1e-9));
		assertThat(d.flagged()).isFalse();
		assertThat(Disparity.of(indicator("percent", "higher"), new BigDecimal("45"), new BigDecimal("50"), 0.95)
			.flagged()).isTrue();
	}

	@Test
	void when_lower_is_better_a_group_falls_short_by_being_above_the_reference() {
		// e.g. an unemployment rate: women at 20 %, men at 12 % is a shortfall for women
		Disparity d = Disparity.of(indicator("percent", "lower"), new BigDecimal("20"), new BigDecimal("12"), 0.8);
		assertThat(d.index()).isGreaterThan(1 / 0.8);
		assertThat(d.flagged()).isTrue();
		assertThat(
				Disparity.of(indicator("percent", "lower"), new BigDecimal("10"), new BigDecimal("12"), 0.8).flagged())
			.isFalse();
	}

	@Test
	void hidden_figures_or_no_reference_give_no_index_and_no_flag() {
		assertThat(Disparity.of(indicator("count", "higher"), null, BigDecimal.TEN, 0.8).index()).isNull();
		Disparity noMen = Disparity.of(indicator("count", "higher"), BigDecimal.TEN, BigDecimal.ZERO, 0.8);
		assertThat(noMen.index()).isNull();
		assertThat(noMen.flagged()).isFalse();
	}

}
