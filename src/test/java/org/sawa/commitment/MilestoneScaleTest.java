package org.sawa.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Milestones on the OGP completion scale, as the plan exports write them. */
class MilestoneScaleTest {

	private static String scale(MilestoneStatus status) {
		return new Milestone(1, 1, 1, "Publier le budget citoyen", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
				status, null)
			.completionScale();
	}

	@Test
	void an_incomplete_milestone_is_limited_not_substantial() {
		assertThat(scale(MilestoneStatus.FINISHED)).isEqualTo("complete");
		assertThat(scale(MilestoneStatus.INCOMPLETE)).isEqualTo("limited");
		assertThat(scale(MilestoneStatus.IN_PROGRESS)).isEqualTo("limited");
		assertThat(scale(MilestoneStatus.STUCK)).isEqualTo("limited");
		assertThat(scale(MilestoneStatus.NOT_STARTED)).isEqualTo("not_started");
	}

}
