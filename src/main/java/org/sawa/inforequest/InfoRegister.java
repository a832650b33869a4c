package org.sawa.inforequest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sawa.audit.AuditLog;
import org.sawa.input.Links;
import org.sawa.refusal.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proactive publication register (law 31-13, art. 10): for each body, each category
 * of information it must publish, with its status (published, partly, not) and a link. A
 * category nobody has assessed counts as not published.
 */
@Service
public class InfoRegister {

	private final Clock clock;

	public static final List<String> STATUSES = List.of("published", "partly", "not");

	/** One category of a body's register; {@code updatedOn} null when never assessed. */
	public record Line(String category, String article, boolean toConfirm, String status, String link,
			LocalDate updatedOn) {
	}

	/** One change an officer makes to a line. */
	public record Change(String category, String status, String link) {
	}

	private final JdbcClient jdbc;

	private final InfoBodies bodies;

	private final AuditLog audit;

	InfoRegister(JdbcClient jdbc, InfoBodies bodies, AuditLog audit, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.bodies = bodies;
		this.audit = audit;
	}

	public List<Line> of(long bodyId) {
		return jdbc
			.sql("""
					SELECT c.code, c.article, c.to_confirm, coalesce(r.status, 'not') AS status, coalesce(r.link, '') AS link,
					  r.updated_on
					FROM info_publication_category c
					LEFT JOIN info_register r ON r.category = c.code AND r.body_id = :b
					ORDER BY c.position""")
			.param("b", bodyId)
			.query((rs, n) -> new Line(rs.getString("code"), rs.getString("article"), rs.getBoolean("to_confirm"),
					rs.getString("status"), rs.getString("link"), rs.getObject("updated_on", LocalDate.class)))
			.list();
	}

	/** The share of categories published (a partly published one counts half), 0 to 1. */
	public static double compliance(List<Line> lines) {
		if (lines.isEmpty()) {
			return 0;
		}
		double score = 0;
		for (Line line : lines) {
			score += "published".equals(line.status()) ? 1 : "partly".equals(line.status()) ? 0.5 : 0;
		}
		return score / lines.size();
	}

	/**
	 * An officer of the body updates its register, all lines at once: a status from the
	 * list, a link (https, required unless not published). Refused at the first wrong
	 * line, nothing written; audited.
	 */
	@Transactional
	public void update(long bodyId, long officerId, List<Change> changes) {
		InfoBody body = bodies.byId(bodyId).orElseThrow(() -> new InfoRequestRefused("", "info.error.unknown"));
		if (!bodies.mayAnswerFor(officerId, body)) {
			throw new InfoRequestRefused("", "info.error.notOfficer").asDenial();
		}
		List<String> categories = new ArrayList<>();
		of(bodyId).forEach(l -> categories.add(l.category()));
		for (Change change : changes) {
			if (!categories.contains(change.category())) {
				throw new InfoRequestRefused("", "validation.option");
			}
			String link = change.link() == null ? "" : change.link().trim();
			if (change.status() == null || !STATUSES.contains(change.status())) {
				throw new InfoRequestRefused("status-" + change.category(), "validation.option");
			}
			if (!link.isEmpty() && !Links.isExternal(link) || !"not".equals(change.status()) && link.isEmpty()) {
				throw new InfoRequestRefused("link-" + change.category(), "info.register.error.link");
			}
			jdbc.sql(
					"""
							INSERT INTO info_register (body_id, category, status, link, updated_on, updated_by)
							VALUES (:b, :c, :s, :l, :d, :p)
							ON CONFLICT (body_id, category) DO UPDATE SET status = :s, link = :l, updated_on = :d, updated_by = :p""")
				.param("b", bodyId)
				.param("c", change.category())
				.param("s", change.status())
				.param("l", link)
				.param("d", LocalDate.now(clock))
				.param("p", officerId)
				.update();
		}
		audit.append("person:" + officerId, "info.register.updated", "info-body:" + body.code(),
				changes.size() + " lines");
	}

}
