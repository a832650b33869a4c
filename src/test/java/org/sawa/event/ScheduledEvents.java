package org.sawa.event;

import java.time.LocalDate;
import java.time.LocalTime;
import org.sawa.support.MovableClock;
import org.sawa.support.People;

/** Events scheduled by the demo staff for a test. */
final class ScheduledEvents {

	private ScheduledEvents() {
	}

	/**
	 * A workshop of Béni Mellal-Khénifra in {@code days} days, from 09:30 to 13:00, with
	 * that many places (null: no limit); returns it.
	 */
	static Event workshop(Events events, People people, String title, int days, Integer capacity) {
		return event(events, people, "workshop", title, MovableClock.today().plusDays(days), capacity);
	}

	static Event event(Events events, People people, String kind, String title, LocalDate day, Integer capacity) {
		long id = events.schedule(new Events.NewEvent("MA-05", null, kind, title,
				"Un atelier pour un test automatisé, ouvert à toutes et à tous.", "fr", day, LocalTime.of(9, 30), null,
				LocalTime.of(13, 0), "Maison de la culture, avenue Hassan II", null, "",
				new Event.Venue(true, false, true), capacity, true, "", "", null), people.demo("staff"));
		return events.byId(id).orElseThrow();
	}

}
