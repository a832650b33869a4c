package org.sawa.event;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sawa.account.DemographicSnapshot;
import org.sawa.account.Participations;
import org.sawa.audit.AuditLog;
import org.sawa.event.internal.EventNotices;
import org.sawa.input.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations for an event: a signed-in person registers with the needs she asks for
 * (while places remain and until it begins), changes them or cancels; staff see the needs
 * to prepare the venue and tick at the door who came, each one counted by the inclusion
 * lens as she declared herself.
 */
@Service
public class Registrations {

	/** The lens channel of an attendance. */
	public static final String CHANNEL = "event.attendance";

	/** What happened to a registration asked for. */
	public enum Outcome {

		REGISTERED, UPDATED

	}

	private final JdbcClient jdbc;

	private final Events events;

	private final Participations participations;

	private final EventNotices notices;

	private final AuditLog audit;

	private final Clock clock;

	Registrations(JdbcClient jdbc, Events events, Participations participations, EventNotices notices, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.participations = participations;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers the person (or changes the needs of her registration); refused at the
	 * field when the event is cancelled, closed to registration, begun or full.
	 */
	@Transactional
	public Outcome register(Event event, long personId, List<String> needs, String otherNeed) {
		if (!needs.stream().allMatch(Event.NEEDS::contains)) {
			throw new EventRefused("needs", "validation.option");
		}
		String other = Texts.cleanOrEmpty(otherNeed);
		if (Texts.length(other) > 300) {
			throw new EventRefused("otherNeed", "event.error.otherNeed", 300);
		}
		open(event);
		// one registration at a time per event: the count of places holds under
		// concurrency
		jdbc.sql("SELECT id FROM event_event WHERE id = :id FOR UPDATE")
			.param("id", event.id())
			.query(Long.class)
			.single();
		Optional<Registration> existing = of(event.id(), personId);
		if (existing.isEmpty() || !existing.get().active()) {
			if (event.capacity() != null && active(event.id()) >= event.capacity()) {
				throw new EventRefused("form", "event.error.full");
			}
		}
		jdbc.sql(
				"""
						INSERT INTO event_registration (event_id, person_id, needs, other_need, registered_at)
						VALUES (:e, :p, :n, :o, :at)
						ON CONFLICT (event_id, person_id) DO UPDATE SET needs = :n, other_need = :o,
						  registered_at = CASE WHEN event_registration.cancelled_at IS NULL THEN event_registration.registered_at
						                  ELSE :at END,
						  cancelled_at = NULL, reminded_at = CASE WHEN event_registration.cancelled_at IS NULL
						                  THEN event_registration.reminded_at END""")
			.param("e", event.id())
			.param("p", personId)
			.param("n", needs.stream().distinct().toArray(String[]::new))
			.param("o", other)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		boolean updated = existing.isPresent() && existing.get().active();
		notices.registered(event, personId, updated);
		return updated ? Outcome.UPDATED : Outcome.REGISTERED;
	}

	private void open(Event event) {
		if (event.cancelled()) {
			throw new EventRefused("form", "event.error.cancelled");
		}
		if (!event.registration()) {
			throw new EventRefused("form", "event.error.noRegistration");
		}
		if (event.begun(clock.instant())) {
			throw new EventRefused("form", "event.error.begun");
		}
	}

	/** Cancels the person's registration, before the event begins. */
	@Transactional
	public void cancel(Event event, long personId) {
		if (event.begun(clock.instant())) {
			throw new EventRefused("form", "event.error.begun");
		}
		int changed = jdbc.sql("""
				UPDATE event_registration SET cancelled_at = :at
				WHERE event_id = :e AND person_id = :p AND cancelled_at IS NULL""")
			.param("at", Timestamp.from(clock.instant()))
			.param("e", event.id())
			.param("p", personId)
			.update();
		if (changed == 0) {
			throw new EventRefused("form", "event.error.notRegistered");
		}
		notices.cancelled(event, personId);
	}

	public Optional<Registration> of(long eventId, long personId) {
		return jdbc.sql("SELECT * FROM event_registration WHERE event_id = :e AND person_id = :p")
			.param("e", eventId)
			.param("p", personId)
			.query(Registrations::map)
			.optional();
	}

	/** How many registrations are active (the places taken). */
	public int active(long eventId) {
		return jdbc.sql("SELECT count(*) FROM event_registration WHERE event_id = :e AND cancelled_at IS NULL")
			.param("e", eventId)
			.query(Integer.class)
			.single();
	}

	/** The active registrations, in the order they came. */
	public List<Registration> all(long eventId) {
		return jdbc.sql("""
				SELECT * FROM event_registration WHERE event_id = :e AND cancelled_at IS NULL
				ORDER BY registered_at, id""").param("e", eventId).query(Registrations::map).list();
	}

	/** How many registrations ask for each need, in the order of {@link Event#NEEDS}. */
	public Map<String, Integer> needs(long eventId) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		Event.NEEDS.forEach(n -> counts.put(n, 0));
		jdbc.sql("""
				SELECT need, count(*) AS n FROM event_registration, unnest(needs) AS need
				WHERE event_id = :e AND cancelled_at IS NULL GROUP BY need""").param("e", eventId).query(rs -> {
			counts.put(rs.getString("need"), rs.getInt("n"));
		});
		return counts;
	}

	/**
	 * Saves who came among those registered, as ticked at the door: each newly ticked
	 * registration is counted by the lens as the person declared herself on the day; each
	 * one unticked withdraws exactly what was counted. From the event's day on.
	 */
	@Transactional
	public int tick(Event event, Set<Long> attended, long actorId) {
		events.requireStaff(event, actorId);
		if (event.cancelled() || LocalDate.now(clock).isBefore(event.startsAt().atZone(Event.ZONE).toLocalDate())) {
			throw new EventRefused("form", "event.error.notYet");
		}
		int changed = 0;
		for (Registration r : all(event.id())) {
			boolean ticked = attended.contains(r.id());
			if (ticked && !r.attended()) {
				DemographicSnapshot as = participations.snapshot(r.personId(), event.startsAt());
				participations.record(CHANNEL, where(event), as, event.startsAt());
				mark(r.id(), event.startsAt(), actorId, as);
				changed++;
			}
			else if (!ticked && r.attended()) {
				participations.withdraw(CHANNEL, where(event), countedAs(r.id()), event.startsAt());
				mark(r.id(), null, null, null);
				changed++;
			}
		}
		audit.append("person:" + actorId, "event.attendance", "event:" + event.id(),
				attended.size() + " ticked, " + changed + " changed");
		return changed;
	}

	/** Where an attendance counts: the event's commune, else its territory. */
	static long where(Event event) {
		return event.communeId() == null ? event.territoryId() : event.communeId();
	}

	private void mark(long id, Instant at, Long by, DemographicSnapshot as) {
		jdbc.sql("UPDATE event_registration SET attended_at = :at, ticked_by = :by, attended_as = :as WHERE id = :id")
			.param("at", at == null ? null : Timestamp.from(at))
			.param("by", by)
			.param("as", as == null ? null : new String[] { as.sex(), as.ageBand(), as.disability(), as.area() })
			.param("id", id)
			.update();
	}

	private DemographicSnapshot countedAs(long id) {
		String[] as = jdbc.sql("SELECT attended_as FROM event_registration WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> strings(rs.getArray(1)))
			.single()
			.toArray(String[]::new);
		return new DemographicSnapshot(as[0], as[1], as[2], as[3]);
	}

	/** The registrations the person holds for events not yet ended, soonest first. */
	public List<Long> upcomingOf(long personId) {
		return jdbc.sql("""
				SELECT r.event_id FROM event_registration r JOIN event_event e ON e.id = r.event_id
				WHERE r.person_id = :p AND r.cancelled_at IS NULL AND e.ends_at > :now AND e.cancelled_at IS NULL
				ORDER BY e.starts_at""")
			.param("p", personId)
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.list();
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
	}

	static Registration map(ResultSet rs, int n) throws SQLException {
		Timestamp cancelled = rs.getTimestamp("cancelled_at");
		Timestamp attended = rs.getTimestamp("attended_at");
		return new Registration(rs.getLong("id"), rs.getLong("event_id"), rs.getLong("person_id"),
				strings(rs.getArray("needs")), rs.getString("other_need"), rs.getTimestamp("registered_at").toInstant(),
				cancelled == null ? null : cancelled.toInstant(), attended == null ? null : attended.toInstant());
	}

}
