package org.sawa.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The commitment timeline places each milestone and today on the plan's period, and marks
 * each status with a sign as well as a colour.
 */
class TimelineTest {

	private static final ActionPlan PLAN = new ActionPlan(1, "P-1", 1, "Plan", "fr", LocalDate.of(2025, 1, 1),
			LocalDate.of(2026, 12, 31), "in_progress", null);

	private static Milestone milestone(int position, String from, String to, MilestoneStatus status) {
		return new Milestone(position, 1, position, "Milestone", LocalDate.parse(from), LocalDate.parse(to), status,
				null);
	}

	@Test
	void today_stands_where_it_falls_in_the_period_and_late_milestones_are_flagged() {
		Timeline timeline = Timeline.of(PLAN,
				List.of(milestone(1, "2025-01-01", "2025-12-31", MilestoneStatus.FINISHED),
						milestone(2, "2025-07-01", "2025-12-31", MilestoneStatus.STUCK)),
				LocalDate.of(2026, 1, 1));
		assertThat(timeline.today()).as("a year into a two-year plan")
			.isCloseTo(50.0, org.assertj.core.data.Offset.offset(0.2));
		assertThat(timeline.bars()).extracting(Timeline.Bar::symbol).containsExactly("✓", "!");
		assertThat(timeline.bars().get(1).overdue()).isTrue();
		assertThat(timeline.bars().get(0).overdue()).isFalse();
		assertThat(timeline.ticks()).extracting(Timeline.Tick::year).containsExactly(2025, 2026);
		assertThat(Timeline.of(PLAN, List.of(), LocalDate.of(2030, 1, 1)).today()).as("after the period: no line")
			.isNull();
		assertThat(MilestoneStatus.values()).extracting(s -> Timeline.symbol(s.code())).doesNotHaveDuplicates();
	}

}
