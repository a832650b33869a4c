package org.sawa.inforequest;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.sawa.audit.AuditLog;
import org.sawa.db.ReferenceData;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bodies that receive requests (each council of region, province or prefecture and
 * commune, and their services) and the information officers each designates.
 */
@Service
public class InfoBodies {

	private final JdbcClient jdbc;

	private final Territories territories;

	private final Permissions permissions;

	private final MessageSource messages;

	private final AuditLog audit;

	private final org.sawa.inforequest.internal.InfoBodyImporter importer;

	/**
	 * Every body, in code order, in memory on each node and dropped when one changes (ADR
	 * 0036): pages name the bodies of many requests, and a national deployment has 1,500
	 * communes' bodies and more.
	 */
	private final ReferenceData.Cached<Map<Long, InfoBody>> known;

	private final ReferenceData reference;

	InfoBodies(JdbcClient jdbc, Territories territories, Permissions permissions, MessageSource messages,
			AuditLog audit, org.sawa.inforequest.internal.InfoBodyImporter importer, ReferenceData reference) {
		this.known = reference.cache(this::read, "info_body");
		this.reference = reference;
		this.importer = importer;
		this.jdbc = jdbc;
		this.territories = territories;
		this.permissions = permissions;
		this.messages = messages;
		this.audit = audit;
	}

	private static InfoBody body(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new InfoBody(rs.getLong("id"), rs.getString("code"), rs.getLong("territory_id"),
				(Long) rs.getObject("parent_id"), rs.getString("name_ar"), rs.getString("name_fr"),
				rs.getString("name_en"), rs.getString("name_zgh"), rs.getString("email"), rs.getString("phone"),
				rs.getString("address"));
	}

	/**
	 * Marks the current transaction as changing the bodies: it reads them from the
	 * database, and this node drops its copy when it ends.
	 */
	void changing() {
		reference.changing("info_body");
	}

	public List<InfoBody> all() {
		return List.copyOf(known.get().values());
	}

	/**
	 * Every body by its id, in code order (for pages that name the bodies of many
	 * requests), from the copy in memory.
	 */
	public Map<Long, InfoBody> byIds() {
		return known.get();
	}

	/**
	 * Every body by its id, sure to hold those of {@code ids} that exist: a body added a
	 * moment ago, its announcement on its way, has the copy read again.
	 */
	public Map<Long, InfoBody> byIds(Collection<Long> ids) {
		Map<Long, InfoBody> copy = known.get();
		if (copy.keySet().containsAll(ids)) {
			return copy;
		}
		known.drop();
		return known.get();
	}

	/**
	 * A statement narrowed to some bodies ({@code null} for every body), bound for SQL
	 * that writes {@code (NOT :narrowed OR body_id = ANY(:bodies))}.
	 */
	static JdbcClient.StatementSpec narrowedTo(JdbcClient.StatementSpec statement, List<Long> bodies) {
		return statement.param("narrowed", bodies != null)
			.param("bodies", bodies == null ? new Long[0] : bodies.toArray(Long[]::new));
	}

	/** The ids of the bodies seated in these territories. */
	public List<Long> within(Collection<Long> territoryIds) {
		Set<Long> places = Set.copyOf(territoryIds);
		return known.get().values().stream().filter(b -> places.contains(b.territoryId())).map(InfoBody::id).toList();
	}

	private Map<Long, InfoBody> read() {
		Map<Long, InfoBody> byId = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM info_body ORDER BY code")
			.query(InfoBodies::body)
			.list()
			.forEach(b -> byId.put(b.id(), b));
		return Collections.unmodifiableMap(byId);
	}

	public Optional<InfoBody> byId(long id) {
		return jdbc.sql("SELECT * FROM info_body WHERE id = :id").param("id", id).query(InfoBodies::body).optional();
	}

	/** The body of a territory's council (the top body seated there), if any. */
	public Optional<InfoBody> ofTerritory(long territoryId) {
		return jdbc.sql("SELECT * FROM info_body WHERE territory_id = :t AND parent_id IS NULL ORDER BY id LIMIT 1")
			.param("t", territoryId)
			.query(InfoBodies::body)
			.optional();
	}

	public Optional<InfoBody> byCode(String code) {
		return jdbc.sql("SELECT * FROM info_body WHERE code = :c").param("c", code).query(InfoBodies::body).optional();
	}

	/**
	 * Gives every region, province or prefecture and commune without a body its council's
	 * body, named in the four languages after the territory. Idempotent; returns how many
	 * were created.
	 */
	@Transactional
	public int ensureCouncils() {
		changing();
		int created = 0;
		for (Level level : List.of(Level.REGION, Level.PROVINCE, Level.COMMUNE)) {
			for (Territory territory : territories.atLevel(level)) {
				String key = "info.body.council." + level.name().toLowerCase(Locale.ROOT);
				created += jdbc.sql("""
						INSERT INTO info_body (code, territory_id, name_ar, name_fr, name_en, name_zgh)
						VALUES (:code, :t, :ar, :fr, :en, :zgh) ON CONFLICT (code) DO NOTHING""")
					.param("code", territory.code())
					.param("t", territory.id())
					.param("ar", name(key, territory, "ar"))
					.param("fr", name(key, territory, "fr"))
					.param("en", name(key, territory, "en"))
					.param("zgh", name(key, territory, "zgh"))
					.update();
			}
		}
		return created;
	}

	private String name(String key, Territory territory, String language) {
		Locale locale = Locale.forLanguageTag(language);
		return messages.getMessage(key, new Object[] { territory.name(locale) }, locale);
	}

	/**
	 * Adds or updates bodies from a CSV (a council's services, a public agency such as
	 * the water utility or a provincial health delegation), all or nothing; see
	 * {@code InfoBodyImporter}.
	 */
	public org.sawa.imports.ImportReport importCsv(java.io.InputStream input, String actor) {
		return importer.importCsv(input, actor);
	}

	/** The officers a body designated. */
	public List<Long> officers(long bodyId) {
		return jdbc.sql("SELECT person_id FROM info_officer WHERE body_id = :b ORDER BY person_id")
			.param("b", bodyId)
			.query(Long.class)
			.list();
	}

	/**
	 * The bodies a person answers for: those that designated them, and every body of a
	 * territory they administer.
	 */
	public List<InfoBody> servedBy(long personId) {
		// read once, not once per body: every signed-in page asks it for its menu
		java.util.Set<Long> designated = new java.util.HashSet<>(
				jdbc.sql("SELECT body_id FROM info_officer WHERE person_id = :p")
					.param("p", personId)
					.query(Long.class)
					.list());
		java.util.Set<Long> administered = new java.util.HashSet<>();
		permissions.of(personId)
			.stream()
			.filter(g -> g.role() == Role.ADMIN)
			.forEach(g -> administered.addAll(territories.subtree(g.territoryId())));
		return all().stream()
			.filter(b -> designated.contains(b.id()) || administered.contains(b.territoryId()))
			.toList();
	}

	/**
	 * Whether the person may act for the body: a designated officer, or an administrator
	 * of its territory.
	 */
	public boolean mayAnswerFor(long personId, InfoBody body) {
		return designated(personId, body.id()) || permissions.has(personId, Role.ADMIN, body.territoryId());
	}

	private boolean designated(long personId, long bodyId) {
		return jdbc.sql("SELECT count(*) FROM info_officer WHERE body_id = :b AND person_id = :p")
			.param("b", bodyId)
			.param("p", personId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Designates an information officer: a staff member of the body's territory, chosen
	 * by an administrator of it. Audited.
	 */
	@Transactional
	public void designate(long bodyId, long personId, long adminId) {
		InfoBody body = byId(bodyId).orElseThrow(() -> new InfoRequestRefused("body", "validation.option"));
		if (!permissions.has(adminId, Role.ADMIN, body.territoryId())) {
			throw new InfoRequestRefused("", "info.error.notAdmin").asDenial();
		}
		if (!permissions.has(personId, Role.STAFF, body.territoryId())) {
			throw new InfoRequestRefused("email", "info.officer.error.notStaff");
		}
		jdbc.sql("INSERT INTO info_officer (body_id, person_id) VALUES (:b, :p) ON CONFLICT DO NOTHING")
			.param("b", bodyId)
			.param("p", personId)
			.update();
		audit.append("person:" + adminId, "info.officer.designated", "info-body:" + body.code(), "person:" + personId);
	}

	/** Ends a designation; audited. */
	@Transactional
	public void withdrawOfficer(long bodyId, long personId, long adminId) {
		InfoBody body = byId(bodyId).orElseThrow(() -> new InfoRequestRefused("body", "validation.option"));
		if (!permissions.has(adminId, Role.ADMIN, body.territoryId())) {
			throw new InfoRequestRefused("", "info.error.notAdmin").asDenial();
		}
		jdbc.sql("DELETE FROM info_officer WHERE body_id = :b AND person_id = :p")
			.param("b", bodyId)
			.param("p", personId)
			.update();
		audit.append("person:" + adminId, "info.officer.withdrawn", "info-body:" + body.code(), "person:" + personId);
	}

}
