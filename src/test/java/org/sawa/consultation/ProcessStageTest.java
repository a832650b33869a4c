package org.sawa.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a consultation stands on a given day, as its page and list say it. */
class ProcessStageTest {

	private final Process process = new Process(1, "PDR", 1, "development_plan", "Plan", "Summary", "fr",
			List.of(new Process.Phase(1, 1, "information", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), ""),
					new Process.Phase(2, 2, "consultation", LocalDate.of(2026, 4, 10), LocalDate.of(2026, 5, 10), ""),
					new Process.Phase(3, 3, "decision", LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 31), "")));

	@Test
	void before_during_between_and_after_its_phases() {
		Process.Stage before = process.stageOn(LocalDate.of(2026, 2, 28));
		assertThat(before.state()).isEqualTo("upcoming");
		assertThat(before.next().kind()).isEqualTo("information");
		Process.Stage first = process.stageOn(LocalDate.of(2026, 3, 31));
		assertThat(first.state()).as("the last day of a phase is in it").isEqualTo("open");
		assertThat(first.phase().kind()).isEqualTo("information");
		assertThat(first.next().kind()).isEqualTo("consultation");
		Process.Stage gap = process.stageOn(LocalDate.of(2026, 4, 5));
		assertThat(gap.state()).isEqualTo("between");
		assertThat(gap.next().kind()).isEqualTo("consultation");
		assertThat(process.stageOn(LocalDate.of(2026, 5, 11)).phase().kind()).isEqualTo("decision");
		assertThat(process.stageOn(LocalDate.of(2026, 6, 1)).state()).isEqualTo("closed");
		assertThat(process.startsOn()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(process.endsOn()).isEqualTo(LocalDate.of(2026, 5, 31));
	}

}
