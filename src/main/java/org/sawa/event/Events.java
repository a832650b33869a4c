package org.sawa.event;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.sawa.audit.AuditLog;
import org.sawa.consultation.Process;
import org.sawa.consultation.Processes;
import org.sawa.db.TextVersions;
import org.sawa.event.internal.EventNotices;
import org.sawa.input.Links;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff of a territory schedule its events (one, or the dates of a recurring series),
 * cancel one with a reason, and publish its minutes once it has been held; anyone reads
 * them, territory by territory, in the order they happen.
 */
@Service
public class Events {

	/** How a series repeats. */
	public static final List<String> REPEATS = List.of("week", "month", "quarter");

	/**
	 * An event as staff typed it: codes for the territory, the consultation (optional)
	 * and the commune (optional); the end day may be left empty for the start's; a series
	 * repeats {@code occurrences} times when {@code repeat} is one of {@link #REPEATS}.
	 */
	public record NewEvent(String territoryCode, String processCode, String kind, String title, String description,
			String language, LocalDate startsOn, LocalTime startsAt, LocalDate endsOn, LocalTime endsAt, String place,
			String communeCode, String onlineUrl, Event.Venue venue, Integer capacity, boolean registration,
			String challenge, String repeat, Integer occurrences) {

		public NewEvent {
			repeat = repeat == null ? "" : repeat.strip();
			onlineUrl = onlineUrl == null ? "" : onlineUrl;
			venue = venue == null ? new Event.Venue(false, false, false) : venue;
		}

	}

	private final JdbcClient jdbc;

	private final Territories territories;

	private final Processes processes;

	private final EventNotices notices;

	private final AuditLog audit;

	private final Clock clock;

	Events(JdbcClient jdbc, Territories territories, Processes processes, EventNotices notices, AuditLog audit,
			Clock clock) {
		this.notices = notices;
		this.jdbc = jdbc;
		this.territories = territories;
		this.processes = processes;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the person is staff (or administrator) of the territory. */
	public boolean staff(long personId, long territoryId) {
		return processes.staff(personId, territoryId);
	}

	/** Refuses, as a denial (403), one who is not staff of the event's territory. */
	void requireStaff(Event event, long actorId) {
		if (!staff(actorId, event.territoryId())) {
			throw (EventRefused) new EventRefused("form", "event.error.notStaff").asDenial();
		}
	}

	/** The territories a person may schedule events for, regions first. */
	public List<Territory> territoriesOf(long personId) {
		return processes.territoriesOf(personId);
	}

	/** What staff checked, ready to write. */
	private record Checked(Territory territory, Process process, Territory commune, Instant startsAt, Instant endsAt,
			String title, String description, String place, String onlineUrl, String challenge) {
	}

	/**
	 * Schedules an event, or every date of a series; refused as a whole with a reason at
	 * each field. The id of the (first) event.
	 */
	@Transactional
	public long schedule(NewEvent e, long actorId) {
		Checked c = check(e, actorId);
		Long series = null;
		int times = 1;
		if (!e.repeat().isEmpty()) {
			times = e.occurrences();
			series = jdbc.sql("""
					INSERT INTO event_series (territory_id, every, occurrences, created_by, created_at)
					VALUES (:t, :e, :n, :by, :at) RETURNING id""")
				.param("t", c.territory().id())
				.param("e", e.repeat())
				.param("n", times)
				.param("by", actorId)
				.param("at", Timestamp.from(clock.instant()))
				.query(Long.class)
				.single();
		}
		long first = 0;
		for (int i = 0; i < times; i++) {
			long id = insert(e, c, series, shifted(c.startsAt(), e.repeat(), i), shifted(c.endsAt(), e.repeat(), i),
					actorId);
			first = i == 0 ? id : first;
		}
		notices.scheduled(byId(first).orElseThrow(), c.process() == null ? null : c.process().code());
		audit.append("person:" + actorId, "event.scheduled", "event:" + first,
				c.title() + (series == null ? "" : " series:" + series + " x" + times));
		return first;
	}

	private long insert(NewEvent e, Checked c, Long series, Instant startsAt, Instant endsAt, long actorId) {
		return jdbc.sql("""
				INSERT INTO event_event (territory_id, process_id, series_id, kind, title, description, language,
				  starts_at, ends_at, place, commune_id, online_url, step_free, sign_language, childcare, capacity,
				  registration, challenge, created_by, created_at)
				VALUES (:t, :p, :s, :k, :title, :d, :l, :from, :to, :place, :c, :url, :sf, :sl, :cc, :cap, :reg, :ch,
				  :by, :at) RETURNING id""")
			.param("t", c.territory().id())
			.param("p", c.process() == null ? null : c.process().id())
			.param("s", series)
			.param("k", e.kind())
			.param("title", c.title())
			.param("d", c.description())
			.param("l", e.language())
			.param("from", Timestamp.from(startsAt))
			.param("to", Timestamp.from(endsAt))
			.param("place", c.place())
			.param("c", c.commune() == null ? null : c.commune().id())
			.param("url", c.onlineUrl())
			.param("sf", e.venue().stepFree())
			.param("sl", e.venue().signLanguage())
			.param("cc", e.venue().childcare())
			.param("cap", e.capacity())
			.param("reg", e.registration())
			.param("ch", c.challenge())
			.param("by", actorId)
			.param("at", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	/** The same wall-clock time, {@code times} steps of the series later. */
	static Instant shifted(Instant at, String repeat, int times) {
		var local = at.atZone(Event.ZONE).toLocalDateTime();
		var moved = switch (repeat) {
			case "week" -> local.plusWeeks(times);
			case "month" -> local.plusMonths(times);
			case "quarter" -> local.plusMonths(3L * times);
			default -> local;
		};
		return moved.atZone(Event.ZONE).toInstant();
	}

	private Checked check(NewEvent e, long actorId) {
		Refusals refusals = new Refusals();
		Territory territory = territories.byCode(e.territoryCode() == null ? "" : e.territoryCode()).orElse(null);
		if (territory == null || !staff(actorId, territory.id())) {
			refusals.add("territory", "event.error.territory");
		}
		Process process = process(e.processCode(), territory, refusals);
		if (!Event.KINDS.contains(e.kind() == null ? "" : e.kind())) {
			refusals.add("kind", "validation.option");
		}
		String title = Texts.cleanOrEmpty(e.title());
		if (Texts.length(title) < 5 || Texts.length(title) > 200) {
			refusals.add("title", "event.error.title", 5, 200);
		}
		String description = Texts.cleanOrEmpty(e.description());
		if (Texts.length(description) < 20 || Texts.length(description) > 5000) {
			refusals.add("description", "event.error.description", 20, 5000);
		}
		if (!TextVersions.LANGUAGES.contains(e.language() == null ? "" : e.language())) {
			refusals.add("language", "validation.option");
		}
		Instant[] when = when(e, refusals);
		String place = Texts.cleanOrEmpty(e.place());
		String url = onlineUrl(e.onlineUrl(), refusals);
		if (Texts.length(place) > 300) {
			refusals.add("place", "event.error.place");
		}
		else if (place.isEmpty() && e.onlineUrl().isBlank()) {
			refusals.add("place", "event.error.where");
		}
		Territory commune = commune(e.communeCode(), territory, refusals);
		if (e.capacity() != null && (e.capacity() < 1 || e.capacity() > 100000)) {
			refusals.add("capacity", "event.error.capacity");
		}
		String challenge = Texts.cleanOrEmpty(e.challenge());
		if (Texts.length(challenge) > 2000) {
			refusals.add("challenge", "event.error.challenge");
		}
		if (!e.repeat().isEmpty() && (!REPEATS.contains(e.repeat()) || e.occurrences() == null || e.occurrences() < 2
				|| e.occurrences() > 24)) {
			refusals.add(REPEATS.contains(e.repeat()) ? "occurrences" : "repeat", "event.error.series");
		}
		refusals.throwIfAny();
		return new Checked(territory, process, commune, when[0], when[1], title, description, place, url, challenge);
	}

	private Process process(String code, Territory territory, Refusals refusals) {
		if (code == null || code.isBlank()) {
			return null;
		}
		Process process = processes.byCode(code.strip()).orElse(null);
		if (process == null
				|| (territory != null && !territories.subtree(process.territoryId()).contains(territory.id()))) {
			refusals.add("process", "event.error.process");
			return null;
		}
		return process;
	}

	private Territory commune(String code, Territory territory, Refusals refusals) {
		if (code == null || code.isBlank() || territory == null) {
			return null;
		}
		return territories.within(territory.id(), Level.COMMUNE)
			.stream()
			.filter(t -> t.code().equals(code))
			.findFirst()
			.orElseGet(() -> {
				refusals.add("commune", "event.error.commune");
				return null;
			});
	}

	private static Instant[] when(NewEvent e, Refusals refusals) {
		if (e.startsOn() == null) {
			refusals.add("startsOn", "validation.date");
		}
		if (e.startsAt() == null) {
			refusals.add("startsAt", "event.error.time");
		}
		if (e.endsAt() == null) {
			refusals.add("endsAt", "event.error.time");
		}
		if (e.startsOn() == null || e.startsAt() == null || e.endsAt() == null) {
			return new Instant[] { null, null };
		}
		LocalDate endDay = e.endsOn() == null ? e.startsOn() : e.endsOn();
		Instant from = e.startsOn().atTime(e.startsAt()).atZone(Event.ZONE).toInstant();
		Instant to = endDay.atTime(e.endsAt()).atZone(Event.ZONE).toInstant();
		if (!to.isAfter(from) || endDay.isAfter(e.startsOn().plusDays(13))) {
			refusals.add(e.endsOn() == null ? "endsAt" : "endsOn", "event.error.ends");
		}
		return new Instant[] { from, to };
	}

	private static String onlineUrl(String typed, Refusals refusals) {
		String url = typed == null ? "" : typed.strip();
		if (url.isEmpty()) {
			return null;
		}
		if (!Links.isExternal(url) || url.length() > 500) {
			refusals.add("onlineUrl", "event.error.url");
			return null;
		}
		return url;
	}

	/** Cancels an event that has not been held, with the reason shown publicly. */
	@Transactional
	public void cancel(Event event, String reason, long actorId) {
		requireStaff(event, actorId);
		String why = Texts.cleanOrEmpty(reason);
		if (Texts.length(why) < 5 || Texts.length(why) > 500) {
			throw new EventRefused("reason", "event.error.reason");
		}
		if (event.cancelled() || event.begun(clock.instant())) {
			throw new EventRefused("form", "event.error.notCancellable");
		}
		jdbc.sql("UPDATE event_event SET cancelled_at = :at, cancel_reason = :r WHERE id = :id")
			.param("at", Timestamp.from(clock.instant()))
			.param("r", why)
			.param("id", event.id())
			.update();
		jdbc.sql("SELECT person_id FROM event_registration WHERE event_id = :e AND cancelled_at IS NULL")
			.param("e", event.id())
			.query(Long.class)
			.list()
			.forEach(person -> notices.eventCancelled(event, person, why));
		audit.append("person:" + actorId, "event.cancelled", "event:" + event.id(), why);
	}

	/** Publishes (or corrects) the minutes and outcomes of an event once it has begun. */
	@Transactional
	public void publishMinutes(Event event, String minutes, long actorId) {
		requireStaff(event, actorId);
		String text = Texts.cleanOrEmpty(minutes);
		if (Texts.length(text) < 20 || Texts.length(text) > 20000) {
			throw new EventRefused("minutes", "event.error.minutes", 20, 20000);
		}
		if (!event.begun(clock.instant()) || event.cancelled()) {
			throw new EventRefused("form", "event.error.notHeld");
		}
		jdbc.sql("UPDATE event_event SET minutes = :m, minutes_at = :at WHERE id = :id")
			.param("m", text)
			.param("at", Timestamp.from(clock.instant()))
			.param("id", event.id())
			.update();
		audit.append("person:" + actorId, "event.minutes", "event:" + event.id(), Texts.length(text) + " characters");
	}

	public Optional<Event> byId(long id) {
		return jdbc.sql("SELECT * FROM event_event WHERE id = :id").param("id", id).query(Events::map).optional();
	}

	/**
	 * The events held in any of the territories (or their communes) between two instants,
	 * in the order they start; at most {@code limit}.
	 */
	public List<Event> between(List<Long> territoryIds, Instant from, Instant to, boolean newestFirst, int limit) {
		return jdbc.sql("""
				SELECT * FROM event_event
				WHERE (territory_id = ANY(:t) OR commune_id = ANY(:t)) AND starts_at < :to AND ends_at >= :from
				ORDER BY starts_at %s, id LIMIT :limit""".formatted(newestFirst ? "DESC" : ""))
			.param("t", territoryIds.toArray(Long[]::new))
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.param("limit", limit)
			.query(Events::map)
			.list();
	}

	/** A consultation's events, in the order they start. */
	public List<Event> ofProcess(long processId) {
		return jdbc.sql("SELECT * FROM event_event WHERE process_id = :p ORDER BY starts_at, id")
			.param("p", processId)
			.query(Events::map)
			.list();
	}

	/** The other dates of an event's series, in order. */
	public List<Event> series(Event event) {
		if (event.seriesId() == null) {
			return List.of();
		}
		return jdbc.sql("SELECT * FROM event_event WHERE series_id = :s AND id <> :id ORDER BY starts_at")
			.param("s", event.seriesId())
			.param("id", event.id())
			.query(Events::map)
			.list();
	}

	static Event map(ResultSet rs, int n) throws SQLException {
		return new Event(rs.getLong("id"), rs.getLong("territory_id"), rs.getObject("process_id", Long.class),
				rs.getObject("series_id", Long.class), rs.getString("kind"), rs.getString("title"),
				rs.getString("description"), rs.getString("language"), rs.getTimestamp("starts_at").toInstant(),
				rs.getTimestamp("ends_at").toInstant(), rs.getString("place"), rs.getObject("commune_id", Long.class),
				rs.getString("online_url"),
				new Event.Venue(rs.getBoolean("step_free"), rs.getBoolean("sign_language"), rs.getBoolean("childcare")),
				rs.getObject("capacity", Integer.class), rs.getBoolean("registration"), rs.getString("challenge"),
				rs.getString("minutes"), instant(rs, "minutes_at"), instant(rs, "cancelled_at"),
				rs.getString("cancel_reason"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
