package org.sawa.consultation;

import java.time.LocalDate;
import java.util.List;

/**
 * A consultation of a territory's council: its subject, title and summary in the language
 * staff wrote them in, and its phases in order. It runs from its first phase's start to
 * its last phase's end.
 */
public record Process(long id, String code, long territoryId, String subject, String title, String summary,
		String language, List<Phase> phases) {

	/** The kinds of subject a council consults on. */
	public static final List<String> SUBJECTS = List.of("development_plan", "programme", "bylaw", "budget", "other");

	/** A dated phase; its description may be empty. */
	public record Phase(long id, int position, String kind, LocalDate startsOn, LocalDate endsOn, String description) {

		/** The kinds of phase, in the order a process usually runs through them. */
		public static final List<String> KINDS = List.of("information", "consultation", "workshops", "synthesis",
				"return", "decision");

		public boolean holds(LocalDate day) {
			return !day.isBefore(startsOn) && !day.isAfter(endsOn);
		}

	}

	/**
	 * Where a process stands on a day: before, during (which phase), between phases,
	 * after.
	 */
	public record Stage(String state, Phase phase, Phase next) {

		public boolean open() {
			return "open".equals(state);
		}

	}

	public LocalDate startsOn() {
		return phases.get(0).startsOn();
	}

	public LocalDate endsOn() {
		return phases.get(phases.size() - 1).endsOn();
	}

	/**
	 * Where the process stands on {@code day}: {@code upcoming} (with its first phase as
	 * next), {@code open} (with the phase that holds the day and the one after), {@code
	 * between} (with the next phase), or {@code closed}.
	 */
	public Stage stageOn(LocalDate day) {
		if (day.isBefore(startsOn())) {
			return new Stage("upcoming", null, phases.get(0));
		}
		for (int i = 0; i < phases.size(); i++) {
			Phase phase = phases.get(i);
			Phase next = i + 1 < phases.size() ? phases.get(i + 1) : null;
			if (phase.holds(day)) {
				return new Stage("open", phase, next);
			}
			if (next != null && day.isAfter(phase.endsOn()) && day.isBefore(next.startsOn())) {
				return new Stage("between", null, next);
			}
		}
		return new Stage("closed", null, null);
	}

}
