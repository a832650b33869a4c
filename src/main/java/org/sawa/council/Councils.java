package org.sawa.council;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sawa.audit.AuditLog;
import org.sawa.audit.Corrections;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Councils, their mandates and committees (the legal quotas are {@link QuotaRules}); who
 * sits in them and which posts they hold is in {@link Memberships}. Every change is made
 * by staff, checked against the council's rules and audited.
 */
@Service
@Transactional
public class Councils {

	private final JdbcClient jdbc;

	private final Territories territories;

	private final AuditLog audit;

	private final Clock clock;

	private final Corrections corrections;

	Councils(JdbcClient jdbc, Territories territories, AuditLog audit, Corrections corrections, Clock clock) {
		this.corrections = corrections;
		this.clock = clock;
		this.jdbc = jdbc;
		this.territories = territories;
		this.audit = audit;
	}

	/**
	 * Gives a region, province or commune its council, with its legal number of seats.
	 */
	public long establish(String territoryCode, int seats, long actorId) {
		Territory territory = territories.byCode(territoryCode)
			.filter(t -> t.level() != Level.COUNTRY)
			.orElseThrow(() -> new CouncilRefused("territory", "validation.option"));
		if (seats < 5 || seats > 200) {
			throw new CouncilRefused("seats", "council.error.seats");
		}
		if (byCode(territoryCode).isPresent()) {
			throw new CouncilRefused("territory", "council.error.exists");
		}
		long id = jdbc.sql("""
				INSERT INTO council (territory_id, level, code, seats, created_at)
				VALUES (:t, :l, :c, :s, :at) RETURNING id""")
			.param("at", Timestamp.from(clock.instant()))
			.param("t", territory.id())
			.param("l", territory.level().code())
			.param("c", territory.code())
			.param("s", seats)
			.query(Long.class)
			.single();
		audit.append("person:" + actorId, "council.established", "council:" + territoryCode, "seats=" + seats);
		return id;
	}

	/** Gives a territory its council and first mandate, in one step. */
	public long establish(String territoryCode, int seats, String label, LocalDate startsOn, LocalDate endsOn,
			long actorId) {
		long id = establish(territoryCode, seats, actorId);
		openMandate(id, label, startsOn, endsOn, actorId);
		return id;
	}

	public long openMandate(long councilId, String label, LocalDate startsOn, LocalDate endsOn, long actorId) {
		// label and dates checked together, each reason at its field
		Refusals refusals = new Refusals();
		if (label == null || !label.matches("\\d{4}-\\d{4}")) {
			refusals.add("label", "council.error.mandateLabel");
		}
		if (startsOn == null) {
			refusals.add("startsOn", "validation.date");
		}
		if (endsOn == null || (startsOn != null && !endsOn.isAfter(startsOn))) {
			refusals.add("endsOn", "council.error.mandateEnd");
		}
		refusals.throwIfAny();
		boolean overlaps = jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM council_mandate WHERE council_id = :c
				  AND starts_on <= :e AND ends_on >= :s)""")
			.param("c", councilId)
			.param("s", startsOn)
			.param("e", endsOn)
			.query(Boolean.class)
			.single();
		if (overlaps) {
			throw new CouncilRefused("startsOn", "council.error.mandateOverlap");
		}
		long id = jdbc
			.sql("""
					INSERT INTO council_mandate (council_id, label, starts_on, ends_on) VALUES (:c, :l, :s, :e) RETURNING id""")
			.param("c", councilId)
			.param("l", label)
			.param("s", startsOn)
			.param("e", endsOn)
			.query(Long.class)
			.single();
		audit.append("person:" + actorId, "council.mandate.opened", "council:" + code(councilId), label);
		return id;
	}

	public long addCommittee(long councilId, String kind, Map<String, String> names, long actorId) {
		if (!"standing".equals(kind)) {
			throw new CouncilRefused("kind", "validation.option");
		}
		Refusals refusals = new Refusals();
		for (String language : List.of("ar", "fr", "en", "zgh")) {
			String name = names.getOrDefault(language, "").trim();
			if (Texts.length(name) < 2 || Texts.length(name) > 200) {
				refusals.add("name_" + language, "council.error.committeeName");
			}
		}
		refusals.throwIfAny();
		boolean taken = committees(councilId).stream()
			.anyMatch(c -> c.names().get("fr").equalsIgnoreCase(names.get("fr").trim()));
		if (taken) {
			throw new CouncilRefused("name_fr", "council.error.committeeTaken");
		}
		long id = jdbc.sql("""
				INSERT INTO council_committee (council_id, kind, name_ar, name_fr, name_en, name_zgh)
				VALUES (:c, :k, :ar, :fr, :en, :zgh) RETURNING id""")
			.param("c", councilId)
			.param("k", kind)
			.param("ar", names.get("ar").trim())
			.param("fr", names.get("fr").trim())
			.param("en", names.get("en").trim())
			.param("zgh", names.get("zgh").trim())
			.query(Long.class)
			.single();
		audit.append("person:" + actorId, "council.committee.added", "council:" + code(councilId),
				names.get("fr").trim());
		return id;
	}

	/** The subject a committee's corrections are kept under. */
	public static String committeeSubject(long committeeId) {
		return "committee:" + committeeId;
	}

	/**
	 * Corrects a committee's names (each 2 to 200 characters, the French one unique in
	 * the council) with a reason, kept as the committee's next version.
	 */
	public void correctCommittee(long committeeId, Map<String, String> names, String reason, long actorId) {
		Committee committee = jdbc.sql("SELECT council_id FROM council_committee WHERE id = :id")
			.param("id", committeeId)
			.query(Long.class)
			.optional()
			.flatMap(council -> committees(council).stream().filter(c -> c.id() == committeeId).findFirst())
			.orElseThrow(() -> new CouncilRefused("", "council.error.committee"));
		org.sawa.refusal.Refusals refusals = new org.sawa.refusal.Refusals();
		Map<String, String> clean = new LinkedHashMap<>();
		for (String language : List.of("ar", "fr", "en", "zgh")) {
			String name = names.getOrDefault(language, "");
			name = name == null ? "" : name.trim();
			clean.put(language, name);
			if (Texts.length(name) < 2 || Texts.length(name) > 200) {
				refusals.add("name_" + language, "council.error.committeeName");
			}
		}
		if (committees(committee.councilId()).stream()
			.anyMatch(c -> c.id() != committeeId && c.names().get("fr").equalsIgnoreCase(clean.get("fr")))) {
			refusals.add("name_fr", "council.error.committeeTaken");
		}
		Corrections.checkReason(reason, refusals);
		refusals.throwIfAny();
		List<Corrections.Change> changes = new ArrayList<>();
		clean.forEach((language, name) -> changes
			.add(Corrections.Change.of("name_" + language, null, committee.names().get(language), name)));
		corrections.record(committeeSubject(committeeId), changes, reason, actorId);
		jdbc.sql("""
				UPDATE council_committee SET name_ar = :ar, name_fr = :fr, name_en = :en, name_zgh = :zgh
				WHERE id = :id""")
			.param("ar", clean.get("ar"))
			.param("fr", clean.get("fr"))
			.param("en", clean.get("en"))
			.param("zgh", clean.get("zgh"))
			.param("id", committeeId)
			.update();
	}

	@Transactional(readOnly = true)
	public Optional<Council> byCode(String code) {
		return jdbc.sql("SELECT * FROM council WHERE code = :c").param("c", code).query(Councils::council).optional();
	}

	@Transactional(readOnly = true)
	public Optional<Council> byId(long id) {
		return jdbc.sql("SELECT * FROM council WHERE id = :id").param("id", id).query(Councils::council).optional();
	}

	/** The councils of a territory and of everything below it. */
	@Transactional(readOnly = true)
	public List<Council> within(Territory scope) {
		List<Council> all = jdbc.sql("SELECT * FROM council ORDER BY code").query(Councils::council).list();
		Map<Long, Territory> byId = new LinkedHashMap<>();
		List<Council> inside = new ArrayList<>();
		for (Council council : all) {
			Territory territory = byId.computeIfAbsent(council.territoryId(), id -> territories.byId(id).orElseThrow());
			if (scope.contains(territory)) {
				inside.add(council);
			}
		}
		return inside;
	}

	@Transactional(readOnly = true)
	public List<Committee> committees(long councilId) {
		return jdbc.sql("SELECT * FROM council_committee WHERE council_id = :c ORDER BY kind DESC, name_fr")
			.param("c", councilId)
			.query((rs, n) -> new Committee(rs.getLong("id"), rs.getLong("council_id"), rs.getString("kind"),
					Map.of("ar", rs.getString("name_ar"), "fr", rs.getString("name_fr"), "en", rs.getString("name_en"),
							"zgh", rs.getString("name_zgh"))))
			.list();
	}

	@Transactional(readOnly = true)
	public List<Mandate> mandates(long councilId) {
		return jdbc.sql("SELECT * FROM council_mandate WHERE council_id = :c ORDER BY starts_on DESC")
			.param("c", councilId)
			.query(Councils::mandate)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Mandate> mandate(long id) {
		return jdbc.sql("SELECT * FROM council_mandate WHERE id = :id")
			.param("id", id)
			.query(Councils::mandate)
			.optional();
	}

	/** The mandate running on {@code day}, or else the latest one. */
	@Transactional(readOnly = true)
	public Optional<Mandate> mandateAt(long councilId, LocalDate day) {
		List<Mandate> all = mandates(councilId);
		return all.stream().filter(m -> m.covers(day)).findFirst().or(() -> all.stream().findFirst());
	}

	String code(long councilId) {
		return byId(councilId).map(Council::code).orElse("?");
	}

	private static Council council(ResultSet rs, int n) throws SQLException {
		return new Council(rs.getLong("id"), rs.getLong("territory_id"), rs.getString("level"), rs.getString("code"),
				(Integer) rs.getObject("seats"), rs.getString("email"));
	}

	private static Mandate mandate(ResultSet rs, int n) throws SQLException {
		return new Mandate(rs.getLong("id"), rs.getLong("council_id"), rs.getString("label"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class));
	}

}
