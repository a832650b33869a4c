package org.sawa.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.sawa.support.MovableClock;
import org.sawa.support.People;

/** Consultations opened by the demo staff for a test, each with its own code. */
final class OpenProcesses {

	private static final AtomicInteger MADE = new AtomicInteger();

	private OpenProcesses() {
	}

	/**
	 * A consultation of the territory whose consultation phase is open today (with an
	 * information phase before and a synthesis after); returns it.
	 */
	static Process open(Processes processes, People people, String staff, String territory) {
		LocalDate today = MovableClock.today();
		String code = processes.open(
				new Processes.NewProcess("TEST-" + MADE.incrementAndGet() + "-" + territory, territory, "programme",
						"Consultation d’essai", "Une consultation ouverte pour un test automatisé.", "fr",
						List.of(new Processes.NewPhase("information", today.minusDays(20), today.minusDays(11), ""),
								new Processes.NewPhase("consultation", today.minusDays(10), today.plusDays(10), ""),
								new Processes.NewPhase("synthesis", today.plusDays(11), today.plusDays(30), ""))),
				people.demo(staff));
		return processes.byCode(code).orElseThrow();
	}

}
