package org.sawa.capacity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sawa.audit.AuditLog;
import org.sawa.db.TextVersions;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programmes, their participants and activities, and attendance. Attendance of a whole
 * activity is entered at once (every refusal shown, nothing half-written); each
 * attendance publishes {@code ParticipationRecorded} on channel {@value #CHANNEL}.
 */
@Service
@Transactional
public class Programmes {

	private final Clock clock;

	public static final String CHANNEL = "capacity.training";

	public static final List<String> TARGET_GROUPS = List.of("elected_women", "elected_men", "staff", "associations",
			"youth");

	public static final List<String> KINDS = List.of("elected", "staff", "association_member", "youth", "other");

	public record NewProgramme(String code, Map<String, String> names, String language, String funders, String partners,
			List<String> targetGroups, LocalDate startsOn, LocalDate endsOn, List<String> territoryCodes) {
	}

	public record NewParticipant(String fullName, String sex, Integer birthYear, String kind, String communeCode,
			Long organisationId, Long councillorId) {
	}

	private final JdbcClient jdbc;

	private final Territories territories;

	private final AuditLog audit;

	Programmes(JdbcClient jdbc, Territories territories, AuditLog audit, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.territories = territories;
		this.audit = audit;
	}

	public long create(NewProgramme programme, long actorId) {
		String code = programme.code() == null ? "" : programme.code().trim().toUpperCase(java.util.Locale.ROOT);
		List<Territory> places = checked(programme, code);
		long id = jdbc.sql("""
				INSERT INTO capacity_programme (code, name_ar, name_fr, name_en, name_zgh, language, funders, partners,
				  target_groups, starts_on, ends_on, created_by, created_at)
				VALUES (:code, :ar, :fr, :en, :zgh, :language, :funders, :partners, :groups, :s, :e, :by, :stampedAt)
				RETURNING id""")
			.param("language", programme.language())
			.param("stampedAt", Timestamp.from(clock.instant()))
			.param("code", code)
			.param("ar", programme.names().get("ar").trim())
			.param("fr", programme.names().get("fr").trim())
			.param("en", programme.names().get("en").trim())
			.param("zgh", programme.names().get("zgh").trim())
			.param("funders", blank(programme.funders()))
			.param("partners", blank(programme.partners()))
			.param("groups", programme.targetGroups().toArray(String[]::new))
			.param("s", programme.startsOn())
			.param("e", programme.endsOn())
			.param("by", actorId)
			.query(Long.class)
			.single();
		for (Territory place : places) {
			jdbc.sql(
					"INSERT INTO capacity_programme_territory (programme_id, territory_id) VALUES (:p, :t) ON CONFLICT DO NOTHING")
				.param("p", id)
				.param("t", place.id())
				.update();
		}
		audit.append("person:" + actorId, "capacity.programme.created", "programme:" + code,
				programme.names().get("fr"));
		return id;
	}

	/**
	 * Every field of a new programme checked at once, each problem at its field; the
	 * territories it covers.
	 */
	private List<Territory> checked(NewProgramme programme, String code) {
		Refusals refusals = new Refusals();
		if (!code.matches("[A-Z0-9-]{2,30}")) {
			refusals.add("code", "capacity.error.code");
		}
		else if (byCode(code).isPresent()) {
			refusals.add("code", "capacity.error.codeTaken");
		}
		for (String language : List.of("ar", "fr", "en", "zgh")) {
			String name = programme.names().getOrDefault(language, "").trim();
			if (Texts.length(name) < 3 || Texts.length(name) > 300) {
				refusals.add("name_" + language, "capacity.error.name");
			}
		}
		if (!TextVersions.LANGUAGES.contains(programme.language() == null ? "" : programme.language())) {
			refusals.add("language", "validation.option");
		}
		if (programme.targetGroups().isEmpty() || !TARGET_GROUPS.containsAll(programme.targetGroups())) {
			refusals.add("targetGroups", "capacity.error.targetGroups");
		}
		if (programme.startsOn() == null) {
			refusals.add("startsOn", "validation.date");
		}
		if (programme.endsOn() == null
				|| (programme.startsOn() != null && programme.endsOn().isBefore(programme.startsOn()))) {
			refusals.add("endsOn", "capacity.error.period");
		}
		List<Territory> places = new ArrayList<>();
		for (String territoryCode : programme.territoryCodes()) {
			territories.byCode(territoryCode.trim())
				.ifPresentOrElse(places::add,
						() -> refusals.add("territories", "capacity.error.territory", territoryCode));
		}
		if (programme.territoryCodes().isEmpty()) {
			refusals.add("territories", "capacity.error.noTerritory");
		}
		refusals.throwIfAny();
		return places;
	}

	/** The participant's name as stored: trimmed, inner spaces single. */
	static String name(NewParticipant participant) {
		return participant.fullName() == null ? "" : participant.fullName().trim().replaceAll("\\s+", " ");
	}

	/**
	 * Every reason to refuse what is typed of a participant, at its field; answers the
	 * commune's id (null when none is given, or when it is refused).
	 */
	Long checkParticipant(Programme programme, NewParticipant participant, Refusals refusals) {
		String name = name(participant);
		if (Texts.length(name) < 2 || Texts.length(name) > 200) {
			refusals.add("fullName", "council.error.name");
		}
		if (participant.sex() != null && !List.of("female", "male").contains(participant.sex())) {
			refusals.add("sex", "validation.option");
		}
		int thisYear = LocalDate.now(clock).getYear();
		if (participant.birthYear() != null
				&& (participant.birthYear() < thisYear - 110 || participant.birthYear() > thisYear - 10)) {
			refusals.add("birthYear", "capacity.error.birthYear");
		}
		if (!KINDS.contains(participant.kind() == null ? "" : participant.kind())) {
			refusals.add("kind", "validation.option");
		}
		if (participant.communeCode() == null || participant.communeCode().isBlank()) {
			return null;
		}
		Territory territory = territories.byCode(participant.communeCode().trim())
			.filter(t -> t.level() == Level.COMMUNE)
			.orElse(null);
		if (territory == null) {
			refusals.add("commune", "validation.option");
			return null;
		}
		boolean inside = programme.territoryIds()
			.stream()
			.anyMatch(t -> territories.byId(t).map(p -> p.contains(territory)).orElse(false));
		if (!inside) {
			refusals.add("commune", "capacity.error.outsideProgramme");
			return null;
		}
		return territory.id();
	}

	public long enrol(long programmeId, NewParticipant participant, long actorId) {
		Programme programme = byId(programmeId)
			.orElseThrow(() -> new CapacityRefused("", "capacity.error.noProgramme"));
		Refusals refusals = new Refusals();
		String name = name(participant);
		Long commune = checkParticipant(programme, participant, refusals);
		refusals.throwIfAny();
		long id = jdbc
			.sql("""
					INSERT INTO capacity_participant (programme_id, full_name, sex, birth_year, kind, commune_id, organisation_id,
					  councillor_id, created_at)
					VALUES (:p, :n, :s, :b, :k, :c, :o, :cl, :stampedAt) RETURNING id""")
			.param("stampedAt", Timestamp.from(clock.instant()))
			.param("p", programmeId)
			.param("n", name)
			.param("s", participant.sex())
			.param("b", participant.birthYear())
			.param("k", participant.kind())
			.param("c", commune)
			.param("o", participant.organisationId())
			.param("cl", participant.councillorId())
			.query(Long.class)
			.single();
		audit.append("person:" + actorId, "capacity.participant.enrolled", "programme:" + programme.code(),
				"participant:" + id);
		return id;
	}

	@Transactional(readOnly = true)
	public List<Programme> all() {
		return jdbc.sql("SELECT * FROM capacity_programme ORDER BY starts_on DESC, code").query(this::programme).list();
	}

	@Transactional(readOnly = true)
	public Optional<Programme> byCode(String code) {
		return jdbc.sql("SELECT * FROM capacity_programme WHERE code = :c")
			.param("c", code)
			.query(this::programme)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<Programme> byId(long id) {
		return jdbc.sql("SELECT * FROM capacity_programme WHERE id = :id")
			.param("id", id)
			.query(this::programme)
			.optional();
	}

	@Transactional(readOnly = true)
	public List<Participant> participants(long programmeId) {
		return jdbc.sql("SELECT * FROM capacity_participant WHERE programme_id = :p ORDER BY full_name, id")
			.param("p", programmeId)
			.query(Programmes::participant)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Participant> participant(long id) {
		return jdbc.sql("SELECT * FROM capacity_participant WHERE id = :id")
			.param("id", id)
			.query(Programmes::participant)
			.optional();
	}

	private Programme programme(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		List<Long> places = jdbc
			.sql("SELECT territory_id FROM capacity_programme_territory WHERE programme_id = :p ORDER BY territory_id")
			.param("p", id)
			.query(Long.class)
			.list();
		return new Programme(id, rs.getString("code"),
				Map.of("ar", rs.getString("name_ar"), "fr", rs.getString("name_fr"), "en", rs.getString("name_en"),
						"zgh", rs.getString("name_zgh")),
				rs.getString("language"), rs.getString("funders"), rs.getString("partners"),
				List.of((String[]) rs.getArray("target_groups").getArray()), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), places);
	}

	private static Participant participant(ResultSet rs, int n) throws SQLException {
		return new Participant(rs.getLong("id"), rs.getLong("programme_id"), rs.getString("full_name"),
				rs.getString("sex"), (Integer) rs.getObject("birth_year"), rs.getString("kind"),
				(Long) rs.getObject("commune_id"), (Long) rs.getObject("organisation_id"),
				(Long) rs.getObject("councillor_id"));
	}

	static String blank(String text) {
		return text == null ? "" : text.trim();
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
