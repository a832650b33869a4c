package org.sawa.event;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sawa.audit.AuditLog;
import org.sawa.db.TextVersions;
import org.sawa.db.TextVersions.Field;
import org.sawa.input.Shown;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's title, description, challenge and minutes in other languages than the one
 * staff wrote them in; staff of its territory write them, audited.
 */
@Service
public class EventTexts {

	/** An event with its texts in the reader's language where they exist. */
	public record Localized(Event event, Shown shown) {
	}

	private final TextVersions versions;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	EventTexts(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.versions = new TextVersions(jdbc, "event_text");
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Every text of an event staff write, with its original: the event's own, then each
	 * prototype of a lab ({@code x<id>t} its title, {@code x<id>d} its description).
	 */
	public Map<Field, String> originals(Event e) {
		Map<Field, String> all = new java.util.LinkedHashMap<>();
		for (Field f : fields(e)) {
			all.put(f, switch (f.column()) {
				case "title" -> e.title();
				case "description" -> e.description();
				case "challenge" -> e.challenge();
				default -> e.minutes();
			});
		}
		jdbc.sql("SELECT id, title, description FROM event_prototype WHERE event_id = :e ORDER BY id")
			.param("e", e.id())
			.query(rs -> {
				long id = rs.getLong(1);
				all.put(Field.of("x" + id + "t", "prototype", id, "title", 200), rs.getString(2));
				all.put(Field.of("x" + id + "d", "prototype", id, "description", 3000), rs.getString(3));
			});
		return all;
	}

	/**
	 * A lab's prototypes as a reader sees them (the {@link Shown} keyed {@code x<id>}).
	 */
	public Shown prototypes(Event e, List<Labs.Prototype> prototypes, String language, List<Labs.Prototype> into) {
		TextVersions.Read read = versions
			.read(prototypes.stream().map(p -> new TextVersions.Subject("prototype", p.id())).toList());
		Shown shown = new Shown(language);
		for (Labs.Prototype p : prototypes) {
			into.add(new Labs.Prototype(p.id(),
					shown.text("x" + p.id(), p.title(), e.language(), read.of("prototype", p.id(), "title")),
					shown.text("x" + p.id() + "d", p.description(), e.language(),
							read.of("prototype", p.id(), "description"))));
		}
		return shown;
	}

	/** The texts of an event itself that exist, by form name. */
	public static List<Field> fields(Event e) {
		List<Field> fields = new ArrayList<>(List.of(Field.of("title", "event", e.id(), "title", 200),
				Field.of("description", "event", e.id(), "description", 5000)));
		if (!e.challenge().isEmpty()) {
			fields.add(Field.of("challenge", "event", e.id(), "challenge", 2000));
		}
		if (!e.minutes().isEmpty()) {
			fields.add(Field.of("minutes", "event", e.id(), "minutes", 20000));
		}
		return fields;
	}

	/** The event as a reader of {@code language} sees it. */
	public Localized in(Event e, String language) {
		TextVersions.Read read = versions.read(List.of(new TextVersions.Subject("event", e.id())));
		Shown shown = new Shown(language);
		return new Localized(new Event(e.id(), e.territoryId(), e.processId(), e.seriesId(), e.kind(),
				shown.text("title", e.title(), e.language(), read.of("event", e.id(), "title")),
				shown.text("description", e.description(), e.language(), read.of("event", e.id(), "description")),
				e.language(), e.startsAt(), e.endsAt(), e.place(), e.communeId(), e.onlineUrl(), e.venue(),
				e.capacity(), e.registration(),
				e.challenge().isEmpty() ? ""
						: shown.text("challenge", e.challenge(), e.language(), read.of("event", e.id(), "challenge")),
				e.minutes().isEmpty() ? ""
						: shown.text("minutes", e.minutes(), e.language(), read.of("event", e.id(), "minutes")),
				e.minutesAt(), e.cancelledAt(), e.cancelReason()), shown);
	}

	/** Events' titles as a reader sees them (the {@link Shown} keyed by id). */
	public Shown titles(List<Event> events, String language, Map<Long, String> into) {
		TextVersions.Read read = versions
			.read(events.stream().map(e -> new TextVersions.Subject("event", e.id())).toList());
		Shown shown = new Shown(language);
		events.forEach(e -> into.put(e.id(),
				shown.text(String.valueOf(e.id()), e.title(), e.language(), read.of("event", e.id(), "title"))));
		return shown;
	}

	public Map<String, String> written(Event e, String language) {
		return versions.written(List.copyOf(originals(e).keySet()), language);
	}

	/**
	 * The other of Arabic and French when the event is not yet written in it, or null.
	 */
	public String missing(Event e) {
		return versions.missing(List.copyOf(originals(e).keySet()), e.language());
	}

	@Transactional
	public void write(Event e, String language, Map<String, String> texts, long actorId) {
		versions.write(List.copyOf(originals(e).keySet()), e.language(), language, texts, actorId, clock.instant());
		audit.append("person:" + actorId, "event.texts", "event:" + e.id(), language);
	}

}
