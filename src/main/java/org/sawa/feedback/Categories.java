package org.sawa.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.sawa.audit.AuditLog;
import org.sawa.inforequest.InfoBodies;
import org.sawa.inforequest.InfoBody;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The categories of reports, the routes that send a category's reports in a territory to
 * a body, and the bodies' own targets; kept by administrators, every change audited.
 */
@Service
public class Categories {

	/** A category's reports in a territory and below go to a body. */
	public record Route(long categoryId, long territoryId, long bodyId) {
	}

	/** A body's targets for a category, in working days. */
	public record Target(long bodyId, long categoryId, int acknowledgeDays, int answerDays) {
	}

	/** What an administrator writes for a category. */
	public record Form(String code, String about, Map<String, String> names, String competence, Integer acknowledgeDays,
			Integer answerDays, Integer position, boolean active) {
	}

	private final JdbcClient jdbc;

	private final Permissions permissions;

	private final Territories territories;

	private final InfoBodies bodies;

	private final AuditLog audit;

	Categories(JdbcClient jdbc, Permissions permissions, Territories territories, InfoBodies bodies, AuditLog audit) {
		this.jdbc = jdbc;
		this.permissions = permissions;
		this.territories = territories;
		this.bodies = bodies;
		this.audit = audit;
	}

	static Category map(ResultSet rs, int n) throws SQLException {
		return new Category(rs.getLong("id"), rs.getString("code"), rs.getString("about"), rs.getString("name_ar"),
				rs.getString("name_fr"), rs.getString("name_en"), rs.getString("name_zgh"), rs.getString("competence"),
				rs.getInt("acknowledge_days"), rs.getInt("answer_days"), rs.getInt("position"),
				rs.getBoolean("active"));
	}

	/** Every category, those still offered first, in the administrators' order. */
	public List<Category> all() {
		return jdbc.sql("SELECT * FROM feedback_category ORDER BY active DESC, position, code")
			.query(Categories::map)
			.list();
	}

	/** The categories a person may choose from. */
	public List<Category> active() {
		return all().stream().filter(Category::active).toList();
	}

	public Map<Long, Category> byIds() {
		Map<Long, Category> byId = new LinkedHashMap<>();
		all().forEach(c -> byId.put(c.id(), c));
		return byId;
	}

	public Optional<Category> byId(long id) {
		return jdbc.sql("SELECT * FROM feedback_category WHERE id = :id")
			.param("id", id)
			.query(Categories::map)
			.optional();
	}

	public Optional<Category> byCode(String code) {
		return code == null ? Optional.empty()
				: jdbc.sql("SELECT * FROM feedback_category WHERE code = :c")
					.param("c", code)
					.query(Categories::map)
					.optional();
	}

	/**
	 * Adds a category, or changes the one of that code, from an administrator's form:
	 * every mistake at its field, nothing written. Answers the category's id.
	 */
	@Transactional
	public long save(Form form, long adminId) {
		requireNationalAdmin(adminId);
		Refusals refusals = new Refusals();
		String code = form.code() == null ? "" : form.code().trim();
		if (!code.matches("^[a-z][a-z0-9_]{1,39}$")) {
			refusals.add("code", "feedback.category.error.code");
		}
		if (form.about() == null || !Category.ABOUT.contains(form.about())) {
			refusals.add("about", "validation.option");
		}
		for (String language : List.of("ar", "fr", "en", "zgh")) {
			int length = Texts.length(Texts.cleanOrEmpty(form.names().get(language)));
			if (length < 2 || length > 120) {
				refusals.add("name_" + language, "feedback.category.error.name");
			}
		}
		if (form.competence() == null || !Category.COMPETENCES.contains(form.competence())) {
			refusals.add("competence", "validation.option");
		}
		checkTargets(form.acknowledgeDays(), form.answerDays(), refusals);
		refusals.throwIfAny();
		long id = jdbc.sql("""
				INSERT INTO feedback_category (code, about, name_ar, name_fr, name_en, name_zgh, competence,
				  acknowledge_days, answer_days, position, active)
				VALUES (:code, :about, :ar, :fr, :en, :zgh, :competence, :ack, :answer, :position, :active)
				ON CONFLICT (code) DO UPDATE SET about = excluded.about, name_ar = excluded.name_ar,
				  name_fr = excluded.name_fr, name_en = excluded.name_en, name_zgh = excluded.name_zgh,
				  competence = excluded.competence, acknowledge_days = excluded.acknowledge_days,
				  answer_days = excluded.answer_days, position = excluded.position, active = excluded.active
				RETURNING id""")
			.param("code", code)
			.param("about", form.about())
			.param("ar", Texts.cleanOrEmpty(form.names().get("ar")))
			.param("fr", Texts.cleanOrEmpty(form.names().get("fr")))
			.param("en", Texts.cleanOrEmpty(form.names().get("en")))
			.param("zgh", Texts.cleanOrEmpty(form.names().get("zgh")))
			.param("competence", form.competence())
			.param("ack", form.acknowledgeDays())
			.param("answer", form.answerDays())
			.param("position", form.position() == null ? 0 : form.position())
			.param("active", form.active())
			.query(Long.class)
			.single();
		audit.append("person:" + adminId, "feedback.category.saved", "feedback-category:" + code,
				form.competence() + " " + form.acknowledgeDays() + "/" + form.answerDays());
		return id;
	}

	/**
	 * Targets in working days: acknowledge within 1 to 60, answer within 1 to 120 and not
	 * before acknowledging.
	 */
	private static void checkTargets(Integer acknowledgeDays, Integer answerDays, Refusals refusals) {
		if (acknowledgeDays == null || acknowledgeDays < 1 || acknowledgeDays > 60) {
			refusals.add("acknowledgeDays", "feedback.target.error.acknowledge");
		}
		if (answerDays == null || answerDays < 1 || answerDays > 120
				|| (acknowledgeDays != null && answerDays < acknowledgeDays)) {
			refusals.add("answerDays", "feedback.target.error.answer");
		}
	}

	/** The routes, most general territory first. */
	public List<Route> routes() {
		return jdbc.sql("""
				SELECT r.* FROM feedback_route r JOIN territory t ON t.id = r.territory_id
				ORDER BY length(t.path), t.code, r.category_id""")
			.query((rs, n) -> new Route(rs.getLong("category_id"), rs.getLong("territory_id"), rs.getLong("body_id")))
			.list();
	}

	/**
	 * Sends a category's reports in a territory (and below it) to a body: by an
	 * administrator of that territory. Replaces the territory's earlier route for the
	 * category.
	 */
	@Transactional
	public void route(String categoryCode, String territoryCode, String bodyCode, long adminId) {
		Refusals refusals = new Refusals();
		Category category = byCode(categoryCode).orElse(null);
		Territory territory = territories.byCode(territoryCode == null ? "" : territoryCode.trim()).orElse(null);
		InfoBody body = bodies.byCode(bodyCode == null ? "" : bodyCode.trim()).orElse(null);
		if (category == null) {
			refusals.add("category", "validation.option");
		}
		if (territory == null) {
			refusals.add("territory", "feedback.route.error.territory");
		}
		if (body == null) {
			refusals.add("body", "feedback.route.error.body");
		}
		refusals.throwIfAny();
		if (!permissions.has(adminId, Role.ADMIN, territory.id())) {
			throw new FeedbackRefused("territory", "feedback.error.notAdmin").asDenial();
		}
		jdbc.sql("""
				INSERT INTO feedback_route (category_id, territory_id, body_id) VALUES (:c, :t, :b)
				ON CONFLICT (category_id, territory_id) DO UPDATE SET body_id = excluded.body_id""")
			.param("c", category.id())
			.param("t", territory.id())
			.param("b", body.id())
			.update();
		audit.append("person:" + adminId, "feedback.route.saved",
				"feedback-route:" + category.code() + "@" + territory.code(), body.code());
	}

	/** Ends a route: the category's reports there follow its competence again. */
	@Transactional
	public void unroute(long categoryId, long territoryId, long adminId) {
		if (!permissions.has(adminId, Role.ADMIN, territoryId)) {
			throw new FeedbackRefused("", "feedback.error.notAdmin").asDenial();
		}
		int removed = jdbc.sql("DELETE FROM feedback_route WHERE category_id = :c AND territory_id = :t")
			.param("c", categoryId)
			.param("t", territoryId)
			.update();
		if (removed > 0) {
			audit.append("person:" + adminId, "feedback.route.removed",
					"feedback-route:" + categoryId + "@" + territoryId, "");
		}
	}

	/** Every body's own targets. */
	public List<Target> targets() {
		return jdbc.sql("SELECT * FROM feedback_target ORDER BY body_id, category_id")
			.query((rs, n) -> new Target(rs.getLong("body_id"), rs.getLong("category_id"),
					rs.getInt("acknowledge_days"), rs.getInt("answer_days")))
			.list();
	}

	/** A body's targets for a category: its own, else the category's. */
	public Target targetFor(long bodyId, Category category) {
		return jdbc.sql("SELECT * FROM feedback_target WHERE body_id = :b AND category_id = :c")
			.param("b", bodyId)
			.param("c", category.id())
			.query((rs, n) -> new Target(bodyId, category.id(), rs.getInt("acknowledge_days"),
					rs.getInt("answer_days")))
			.optional()
			.orElse(new Target(bodyId, category.id(), category.acknowledgeDays(), category.answerDays()));
	}

	/**
	 * A body sets its own targets for a category (an administrator of its territory).
	 * Reports already received keep the targets they were given.
	 */
	@Transactional
	public void setTarget(String bodyCode, String categoryCode, Integer acknowledgeDays, Integer answerDays,
			long adminId) {
		Refusals refusals = new Refusals();
		InfoBody body = bodies.byCode(bodyCode == null ? "" : bodyCode).orElse(null);
		Category category = byCode(categoryCode).orElse(null);
		if (body == null) {
			refusals.add("body", "feedback.route.error.body");
		}
		if (category == null) {
			refusals.add("category", "validation.option");
		}
		checkTargets(acknowledgeDays, answerDays, refusals);
		refusals.throwIfAny();
		if (!permissions.has(adminId, Role.ADMIN, body.territoryId())) {
			throw new FeedbackRefused("body", "feedback.error.notAdmin").asDenial();
		}
		jdbc.sql(
				"""
						INSERT INTO feedback_target (body_id, category_id, acknowledge_days, answer_days) VALUES (:b, :c, :a, :n)
						ON CONFLICT (body_id, category_id) DO UPDATE SET acknowledge_days = excluded.acknowledge_days,
						  answer_days = excluded.answer_days""")
			.param("b", body.id())
			.param("c", category.id())
			.param("a", acknowledgeDays)
			.param("n", answerDays)
			.update();
		audit.append("person:" + adminId, "feedback.target.saved",
				"feedback-target:" + body.code() + "/" + category.code(), acknowledgeDays + "/" + answerDays);
	}

	/**
	 * Whether the person administers the whole country (categories are national: a
	 * region's administrator keeps its routes and its bodies' targets).
	 */
	public boolean nationalAdmin(long personId) {
		return territories.country().map(c -> permissions.has(personId, Role.ADMIN, c.id())).orElse(false);
	}

	private void requireNationalAdmin(long adminId) {
		if (!nationalAdmin(adminId)) {
			throw new FeedbackRefused("", "feedback.error.notAdmin").asDenial();
		}
	}

	/**
	 * The body a category's report in a commune goes to: the route of the nearest
	 * territory (the commune, then its province, then its region...), else the council of
	 * the category's competence; none (the triage queue) when neither names a body.
	 */
	public Optional<InfoBody> bodyFor(Category category, Territory commune) {
		List<Territory> lineage = territories.lineage(commune);
		for (int i = lineage.size() - 1; i >= 0; i--) {
			Optional<Long> routed = jdbc
				.sql("SELECT body_id FROM feedback_route WHERE category_id = :c AND territory_id = :t")
				.param("c", category.id())
				.param("t", lineage.get(i).id())
				.query(Long.class)
				.optional();
			if (routed.isPresent()) {
				return bodies.byId(routed.get());
			}
		}
		if (category.competence().equals("none")) {
			return Optional.empty();
		}
		return lineage.stream()
			.filter(t -> t.level().name().equalsIgnoreCase(category.competence()))
			.findFirst()
			.flatMap(t -> bodies.ofTerritory(t.id()));
	}

}
