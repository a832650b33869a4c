package org.sawa.event;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.sawa.audit.AuditLog;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an innovation lab records besides its challenge: the partners who took part
 * (institutions, associations, cooperatives, companies, universities) and the prototypes
 * or projects that came out of it. Staff of its territory write them, audited.
 */
@Service
public class Labs {

	public static final List<String> PARTNER_KINDS = List.of("institution", "association", "cooperative", "company",
			"university");

	public record Partner(int position, String kind, String name) {
	}

	public record Prototype(long id, String title, String description) {
	}

	private final JdbcClient jdbc;

	private final Events events;

	private final AuditLog audit;

	private final Clock clock;

	Labs(JdbcClient jdbc, Events events, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public void addPartner(Event lab, String kind, String name, long actorId) {
		events.requireStaff(lab, actorId);
		Refusals refusals = new Refusals();
		if (!"lab".equals(lab.kind())) {
			refusals.add("form", "event.error.notLab");
		}
		if (!PARTNER_KINDS.contains(kind == null ? "" : kind)) {
			refusals.add("kind", "validation.option");
		}
		String clean = Texts.cleanOrEmpty(name);
		if (Texts.length(clean) < 2 || Texts.length(clean) > 200) {
			refusals.add("name", "event.error.partner", 2, 200);
		}
		refusals.throwIfAny();
		jdbc.sql("""
				INSERT INTO event_partner (event_id, position, kind, name)
				VALUES (:e, (SELECT coalesce(max(position), 0) + 1 FROM event_partner WHERE event_id = :e), :k, :n)""")
			.param("e", lab.id())
			.param("k", kind)
			.param("n", clean)
			.update();
		audit.append("person:" + actorId, "event.partner", "event:" + lab.id(), kind + " " + clean);
	}

	@Transactional
	public long addPrototype(Event lab, String title, String description, long actorId) {
		events.requireStaff(lab, actorId);
		Refusals refusals = new Refusals();
		if (!"lab".equals(lab.kind())) {
			refusals.add("form", "event.error.notLab");
		}
		String t = Texts.cleanOrEmpty(title);
		if (Texts.length(t) < 3 || Texts.length(t) > 200) {
			refusals.add("title", "event.error.title", 3, 200);
		}
		String d = Texts.cleanOrEmpty(description);
		if (Texts.length(d) < 10 || Texts.length(d) > 3000) {
			refusals.add("description", "event.error.description", 10, 3000);
		}
		refusals.throwIfAny();
		long id = jdbc.sql("""
				INSERT INTO event_prototype (event_id, title, description, created_by, created_at)
				VALUES (:e, :t, :d, :by, :at) RETURNING id""")
			.param("e", lab.id())
			.param("t", t)
			.param("d", d)
			.param("by", actorId)
			.param("at", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		audit.append("person:" + actorId, "event.prototype", "event:" + lab.id() + "/prototype:" + id, t);
		return id;
	}

	public List<Partner> partners(long eventId) {
		return jdbc.sql("SELECT position, kind, name FROM event_partner WHERE event_id = :e ORDER BY position")
			.param("e", eventId)
			.query((rs, n) -> new Partner(rs.getInt(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	public List<Prototype> prototypes(long eventId) {
		return jdbc.sql("SELECT id, title, description FROM event_prototype WHERE event_id = :e ORDER BY id")
			.param("e", eventId)
			.query((rs, n) -> new Prototype(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

}
