package org.sawa.petition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sawa.account.Accounts;
import org.sawa.account.DemographicSnapshot;
import org.sawa.account.Participations;
import org.sawa.account.Permissions;
import org.sawa.account.Role;
import org.sawa.audit.AuditLog;
import org.sawa.security.Hmac;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of petitions: drafting, opening the collection (the threshold is fixed then, from
 * the rules and the territory's population), signing and withdrawing. Each action is one
 * transaction; a refusal throws {@link PetitionRefused} and writes nothing.
 */
@Service
public class Petitions {

	private final Clock clock;

	/** A Moroccan national ID card (CIN) number: one or two letters and up to six digits. */
	static final Pattern CIN = Pattern.compile("^[A-Z]{1,2}[0-9]{1,6}$");

	/** Signatures of a petition so far: the total and, per province, how many. */
	public record Progress(int signatures, Integer threshold, Integer spreadMinimum, Map<Long, Integer> byProvince) {

		/** Whether every province required gave its minimum (always true without a spread condition). */
		public boolean spreadReached(List<Long> provinces) {
			return spreadMinimum == null || spreadMinimum == 0
					|| provinces.stream().allMatch(p -> byProvince.getOrDefault(p, 0) >= spreadMinimum);
		}

		public boolean thresholdReached() {
			return threshold != null && signatures >= threshold;
		}

		/** How far toward the threshold, 0 to 100. */
		public int percent() {
			return threshold == null || threshold == 0 ? 0 : Math.min(100, signatures * 100 / threshold);
		}
	}

	private final JdbcClient jdbc;
	private final Territories territories;
	private final PetitionRules rules;
	private final Accounts accounts;
	private final Participations participations;
	private final Hmac hmac;
	private final AuditLog audit;
	private final Permissions permissions;
	private final org.sawa.calendar.WorkingDays workingDays;
	private final PetitionNotices notices;

	Petitions(JdbcClient jdbc, Territories territories, PetitionRules rules, Accounts accounts,
			Participations participations, Hmac hmac, AuditLog audit, Permissions permissions,
			org.sawa.calendar.WorkingDays workingDays, PetitionNotices notices, Clock clock) {
		this.clock = clock;
		this.notices = notices;
		this.permissions = permissions;
		this.workingDays = workingDays;
		this.jdbc = jdbc;
		this.territories = territories;
		this.rules = rules;
		this.accounts = accounts;
		this.participations = participations;
		this.hmac = hmac;
		this.audit = audit;
	}

	/** What a petitioner writes. */
	public record Draft(long territoryId, String title, String body, String requested, String language,
			String petitionerKind, Long organisationId) {
	}

	/** Saves a new draft petition with its agent; returns its reference. */
	@Transactional
	public String draft(Draft draft, long agentId) {
		Territory territory = territories.byId(draft.territoryId())
			.filter(t -> t.level() != Level.COUNTRY)
			.orElseThrow(() -> new PetitionRefused("territory", "validation.option"));
		checkPetitioner(draft, territory, agentId);
		long number = jdbc.sql("SELECT nextval('petition_reference_seq')").query(Long.class).single();
		String reference = "PET-%d-%04d".formatted(LocalDate.now(clock).getYear(), number);
		long id = jdbc.sql("""
				INSERT INTO petition (reference, territory_id, level, title, body, requested, language, petitioner_kind,
				  agent_id, organisation_id, status)
				VALUES (:ref, :t, :level, :title, :body, :requested, :lang, :kind, :agent, :org, 'draft')
				RETURNING id""")
			.param("ref", reference)
			.param("t", territory.id())
			.param("level", territory.level().code())
			.param("title", draft.title())
			.param("body", draft.body())
			.param("requested", draft.requested())
			.param("lang", draft.language())
			.param("kind", draft.petitionerKind())
			.param("agent", agentId)
			.param("org", draft.organisationId())
			.query(Long.class)
			.single();
		step(id, "draft", "person:" + agentId, "");
		audit.append("person:" + agentId, "petition.drafted", "petition:" + reference, draft.title());
		return reference;
	}

	/**
	 * A citizens' petition names no organisation; an association's names one the agent represents,
	 * seated within the council's territory and constituted for at least the rules' number of years.
	 */
	private void checkPetitioner(Draft draft, Territory territory, long agentId) {
		if ("citizens".equals(draft.petitionerKind())) {
			if (draft.organisationId() != null) {
				throw new PetitionRefused("organisation", "validation.option");
			}
			return;
		}
		if (!"association".equals(draft.petitionerKind())) {
			throw new PetitionRefused("petitioner", "validation.option");
		}
		org.sawa.account.Organisation association = accounts.associationsRepresentedBy(agentId)
			.stream()
			.filter(o -> draft.organisationId() != null && o.id() == draft.organisationId())
			.findFirst()
			.orElseThrow(() -> new PetitionRefused("organisation", "petition.new.error.notRepresentative"));
		boolean seated = territories.byId(association.territoryId()).map(territory::contains).orElse(false);
		if (!seated) {
			throw new PetitionRefused("organisation", "petition.new.error.associationSeat");
		}
		if (association.foundedOn() == null) {
			throw new PetitionRefused("organisation", "petition.new.error.associationFounded");
		}
		int years = rules.of(territory.level().code()).associationYears();
		if (association.foundedOn().plusYears(years).isAfter(LocalDate.now(clock))) {
			throw new PetitionRefused("organisation", "petition.new.error.associationYoung");
		}
	}

	public Optional<Petition> byReference(String reference) {
		return jdbc.sql("SELECT * FROM petition WHERE reference = :r").param("r", reference).query(Petitions::petition).optional();
	}

	public Optional<Petition> byId(long id) {
		return jdbc.sql("SELECT * FROM petition WHERE id = :id").param("id", id).query(Petitions::petition).optional();
	}

	/** Petitions the public sees (not drafts), newest first, optionally within a territory. */
	public List<Petition> published(Territory within) {
		return jdbc.sql("""
				SELECT p.* FROM petition p JOIN territory t ON t.id = p.territory_id
				WHERE p.status <> 'draft' AND t.path LIKE :path
				ORDER BY coalesce(p.opened_at, p.created_at) DESC""")
			.param("path", (within == null ? "/" : within.path()) + "%")
			.query(Petitions::petition)
			.list();
	}

	/** The drafts and petitions a person is the agent of. */
	public List<Petition> ofAgent(long personId) {
		return jdbc.sql("SELECT * FROM petition WHERE agent_id = :p ORDER BY created_at DESC")
			.param("p", personId)
			.query(Petitions::petition)
			.list();
	}

	private static Petition petition(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		long org = rs.getLong("organisation_id");
		Long organisation = rs.wasNull() ? null : org;
		int threshold = rs.getInt("threshold");
		Integer t = rs.wasNull() ? null : threshold;
		int spread = rs.getInt("spread_minimum");
		Integer s = rs.wasNull() ? null : spread;
		java.sql.Timestamp opened = rs.getTimestamp("opened_at");
		java.sql.Timestamp deposited = rs.getTimestamp("deposited_at");
		return new Petition(rs.getLong("id"), rs.getString("reference"), rs.getLong("territory_id"), rs.getString("level"),
				rs.getString("title"), rs.getString("body"), rs.getString("requested"), rs.getString("language"),
				rs.getString("petitioner_kind"), rs.getLong("agent_id"), organisation, rs.getString("status"), t, s,
				rs.getTimestamp("created_at").toInstant(), opened == null ? null : opened.toInstant(),
				deposited == null ? null : deposited.toInstant(), rs.getObject("decision_due", LocalDate.class));
	}

	/**
	 * The agent opens the collection of signatures: the threshold (and the spread across
	 * provinces for a region) is fixed from the rules and the territory's latest population.
	 */
	@Transactional
	public void open(long petitionId, long actorId) {
		Petition petition = lock(petitionId);
		if (petition.agentId() != actorId) {
			throw new PetitionRefused("", "petition.error.notAgent");
		}
		if (!"draft".equals(petition.status())) {
			throw new PetitionRefused("", "petition.error.status");
		}
		List<Integer> years = territories.populationYears(petition.territoryId());
		if (years.isEmpty()) {
			throw new PetitionRefused("", "petition.error.noPopulation");
		}
		long population = territories.population(petition.territoryId(), years.get(0)).total();
		PetitionRules.LevelRules levelRules = rules.of(petition.level());
		// the minimum number of signatures is the citizens' condition; an association petitions in its own name
		boolean association = "association".equals(petition.petitionerKind());
		int threshold = association ? 0 : levelRules.threshold(population);
		int spread = association ? 0 : levelRules.spreadMinimum(threshold);
		jdbc.sql("""
				UPDATE petition SET status = 'collecting', threshold = :t, spread_minimum = :s, opened_at = now()
				WHERE id = :id""")
			.param("t", threshold)
			.param("s", spread)
			.param("id", petitionId)
			.update();
		step(petitionId, "collecting", "person:" + actorId, "");
		notices.stepReached(petition, "collecting", String.valueOf(threshold));
		audit.append("person:" + actorId, "petition.opened", "petition:" + petition.reference(),
				"threshold " + threshold + ", spread " + spread + ", population " + population + " (" + years.get(0) + ")");
	}

	/**
	 * Signs a petition online. The signer's commune is their declared residence, or (basis
	 * "activity") the commune where they declare an economic, commercial or professional
	 * activity; it must lie within the petition's territory. The national ID number is kept
	 * only as a keyed HMAC; one signature per person and per ID number.
	 */
	@Transactional
	public void sign(long petitionId, long personId, String nationalId, String basis, Long activityCommuneId) {
		Petition petition = share(petitionId);
		if (!petition.collecting()) {
			throw new PetitionRefused("", "petition.sign.error.closed");
		}
		String cin = normalise(nationalId);
		if (!CIN.matcher(cin).matches()) {
			throw new PetitionRefused("nationalId", "petition.sign.error.nationalId");
		}
		Long communeId;
		if ("activity".equals(basis)) {
			communeId = activityCommuneId;
			if (communeId == null) {
				throw new PetitionRefused("activityCommune", "petition.sign.error.activityCommune");
			}
		}
		else if ("residence".equals(basis)) {
			communeId = accounts.residence(personId).orElseThrow(() -> new PetitionRefused("basis",
					"petition.sign.error.noResidence"));
		}
		else {
			throw new PetitionRefused("basis", "validation.option");
		}
		Territory territory = territories.byId(petition.territoryId()).orElseThrow();
		Territory commune = territories.byId(communeId)
			.filter(c -> c.level() == Level.COMMUNE)
			.orElseThrow(() -> new PetitionRefused("activityCommune", "validation.option"));
		if (!territory.contains(commune)) {
			throw new PetitionRefused("activity".equals(basis) ? "activityCommune" : "basis", "petition.sign.error.outside");
		}
		Instant now = clock.instant();
		DemographicSnapshot snapshot = participations.snapshot(personId, now);
		int inserted = jdbc.sql("""
				INSERT INTO petition_signature (petition_id, person_id, national_id_hmac, commune_id, province_id, sex,
				  age_band, disability, area, channel, basis, signed_at)
				VALUES (:p, :person, :cin, :commune, :province, :sex, :band, :dis, :area, 'online', :basis, :at)
				ON CONFLICT DO NOTHING""")
			.param("p", petitionId)
			.param("person", personId)
			.param("cin", hmac.digest("cin:" + cin))
			.param("commune", commune.id())
			.param("province", commune.parentId())
			.param("sex", snapshot.sex())
			.param("band", snapshot.ageBand())
			.param("dis", snapshot.disability())
			.param("area", snapshot.area())
			.param("basis", basis)
			.param("at", java.sql.Timestamp.from(now))
			.update();
		if (inserted == 0) {
			throw hasSigned(petitionId, personId) ? new PetitionRefused("", "petition.sign.error.twice")
					: new PetitionRefused("nationalId", "petition.sign.error.nationalIdUsed");
		}
		participations.record("petition.signature", commune.id(), snapshot, now);
	}

	/**
	 * Staff of the council record the deposit of a petition that reached its threshold (and,
	 * for a region, the minimum in every province): the petition is closed to signatures and
	 * the deadline for the bureau's decision runs from the day of receipt (the rules' months,
	 * moved to the next working day). Returns the receipt number.
	 */
	@Transactional
	public String deposit(long petitionId, long staffId, LocalDate receivedOn) {
		Petition petition = lock(petitionId);
		if (!staff(staffId, petition.territoryId())) {
			throw new PetitionRefused("", "petition.error.notStaff");
		}
		if (!petition.collecting()) {
			throw new PetitionRefused("", "petition.error.status");
		}
		if (receivedOn == null || receivedOn.isAfter(LocalDate.now(clock))
				|| receivedOn.isBefore(petition.openedAt().atZone(org.sawa.calendar.WorkingDays.MOROCCO).toLocalDate())) {
			throw new PetitionRefused("receivedOn", "petition.deposit.error.date");
		}
		Progress progress = progress(petition);
		if (!progress.thresholdReached()) {
			throw new PetitionRefused("", "petition.deposit.error.threshold");
		}
		if ("region".equals(petition.level())
				&& !progress.spreadReached(territories.children(petition.territoryId()).stream().map(Territory::id).toList())) {
			throw new PetitionRefused("", "petition.deposit.error.spread");
		}
		int months = rules.of(petition.level()).refusalMonths();
		LocalDate due = workingDays.calendar().onOrAfter(receivedOn.plusMonths(months));
		jdbc.sql("""
				UPDATE petition SET status = 'deposited', deposited_at = :at, decision_due = :due WHERE id = :id""")
			.param("at", java.sql.Timestamp.from(receivedOn.atStartOfDay(org.sawa.calendar.WorkingDays.MOROCCO).toInstant()))
			.param("due", due)
			.param("id", petitionId)
			.update();
		String receipt = petition.reference() + "/R-" + receivedOn;
		step(petitionId, "deposited", "person:" + staffId, receipt, receivedOn);
		notices.stepReached(petition, "deposited", receipt + " — " + due);
		audit.append("person:" + staffId, "petition.deposited", "petition:" + petition.reference(),
				progress.signatures() + " signatures; decision due " + due);
		return receipt;
	}

	/** Whether the person is staff (or an administrator) of the council's territory. */
	public boolean staff(long personId, long territoryId) {
		return permissions.has(personId, Role.STAFF, territoryId) || permissions.has(personId, Role.ADMIN, territoryId);
	}

	/** One line of a paper signature sheet as staff type it. */
	public record PaperLine(int line, String nationalId, String communeCode, String sex, String birthYear) {

		boolean blank() {
			return (nationalId == null || nationalId.isBlank()) && (communeCode == null || communeCode.isBlank())
					&& (birthYear == null || birthYear.isBlank());
		}
	}

	/** Why a line of a paper sheet was refused: the line, the field and the message key with its arguments. */
	public record LineProblem(int line, String field, String messageKey, Object... arguments) {
	}

	/** A paper sheet refused as a whole, with every problem found on its lines. Nothing of it is written. */
	public static class SheetRefused extends PetitionRefused {

		private final List<LineProblem> problems;

		SheetRefused(List<LineProblem> problems) {
			super("", "petition.paper.error.refused");
			this.problems = List.copyOf(problems);
		}

		public List<LineProblem> problems() {
			return problems;
		}
	}

	/**
	 * Staff type in a paper signature sheet of a petition being collected: per line the CIN
	 * number (kept only as an HMAC), the commune, sex and year of birth as written. The sheet is
	 * all or nothing: a bad line, a CIN already given on this petition (online or on paper) or a
	 * sheet number already entered refuses it whole. Returns the number of signatures added.
	 */
	@Transactional
	public int enterSheet(long petitionId, long staffId, int sheet, List<PaperLine> lines) {
		Petition petition = share(petitionId);
		if (!staff(staffId, petition.territoryId())) {
			throw new PetitionRefused("", "petition.error.notStaff");
		}
		if (!petition.collecting()) {
			throw new PetitionRefused("", "petition.sign.error.closed");
		}
		if (sheet < 1 || sheet > 100_000) {
			throw new PetitionRefused("sheet", "petition.paper.error.sheet");
		}
		boolean entered = jdbc.sql("SELECT EXISTS (SELECT 1 FROM petition_signature WHERE petition_id = :p AND sheet = :s)")
			.param("p", petitionId)
			.param("s", sheet)
			.query(Boolean.class)
			.single();
		if (entered) {
			throw new PetitionRefused("sheet", "petition.paper.error.sheetEntered");
		}
		Territory territory = territories.byId(petition.territoryId()).orElseThrow();
		int thisYear = LocalDate.now(clock).getYear();
		List<LineProblem> problems = new java.util.ArrayList<>();
		Map<String, Integer> seen = new LinkedHashMap<>();
		record Valid(int line, String hmac, Territory commune, String sex, int birthYear) {
		}
		List<Valid> valid = new java.util.ArrayList<>();
		for (PaperLine line : lines) {
			if (line.blank()) {
				continue;
			}
			int before = problems.size();
			String cin = normalise(line.nationalId());
			if (!CIN.matcher(cin).matches()) {
				problems.add(new LineProblem(line.line(), "nationalId", "petition.sign.error.nationalId"));
			}
			Territory commune = territories.byCode(line.communeCode() == null ? "" : line.communeCode().trim())
				.filter(c -> c.level() == Level.COMMUNE && territory.contains(c))
				.orElse(null);
			if (commune == null) {
				problems.add(new LineProblem(line.line(), "commune", "petition.sign.error.outside"));
			}
			String sex = line.sex() == null || line.sex().isBlank() ? DemographicSnapshot.NOT_STATED : line.sex();
			if (!List.of("female", "male", DemographicSnapshot.NOT_STATED).contains(sex)) {
				problems.add(new LineProblem(line.line(), "sex", "validation.option"));
			}
			int birthYear = -1;
			try {
				birthYear = Integer.parseInt(line.birthYear().trim());
			}
			catch (RuntimeException ex) {
				// reported below
			}
			if (birthYear < thisYear - 120 || birthYear > thisYear - 10) {
				problems.add(new LineProblem(line.line(), "birthYear", "petition.paper.error.birthYear"));
			}
			if (problems.size() > before) {
				continue;
			}
			Integer twice = seen.putIfAbsent(cin, line.line());
			if (twice != null) {
				problems.add(new LineProblem(line.line(), "nationalId", "petition.paper.error.twiceOnSheet", twice));
				continue;
			}
			valid.add(new Valid(line.line(), hmac.digest("cin:" + cin), commune, sex, birthYear));
		}
		// a CIN already given on this petition, online or on an earlier sheet
		if (!valid.isEmpty()) {
			Map<String, String> earlier = new LinkedHashMap<>();
			jdbc.sql("""
					SELECT national_id_hmac, channel, sheet, sheet_line FROM petition_signature
					WHERE petition_id = :p AND national_id_hmac IN (:h)""")
				.param("p", petitionId)
				.param("h", valid.stream().map(Valid::hmac).toList())
				.query(rs -> {
					earlier.put(rs.getString(1), "online".equals(rs.getString(2)) ? ""
							: rs.getInt(3) + "/" + rs.getInt(4));
				});
			for (Valid line : valid) {
				String where = earlier.get(line.hmac());
				if (where != null) {
					problems.add(where.isEmpty()
							? new LineProblem(line.line(), "nationalId", "petition.paper.error.signedOnline")
							: new LineProblem(line.line(), "nationalId", "petition.paper.error.onSheet",
									where.substring(0, where.indexOf('/')), where.substring(where.indexOf('/') + 1)));
				}
			}
		}
		if (valid.isEmpty() && problems.isEmpty()) {
			throw new PetitionRefused("", "petition.paper.error.empty");
		}
		if (!problems.isEmpty()) {
			problems.sort(java.util.Comparator.comparingInt(LineProblem::line));
			throw new SheetRefused(problems);
		}
		Instant now = clock.instant();
		for (Valid line : valid) {
			String band = DemographicSnapshot.ageBand(line.birthYear(),
					now.atZone(org.sawa.calendar.WorkingDays.MOROCCO).getYear());
			String area = line.commune().area().map(a -> a.code()).orElse(DemographicSnapshot.NOT_STATED);
			int inserted = jdbc.sql("""
					INSERT INTO petition_signature (petition_id, national_id_hmac, commune_id, province_id, sex, age_band,
					  disability, area, channel, basis, sheet, sheet_line, signed_at)
					VALUES (:p, :cin, :commune, :province, :sex, :band, :dis, :area, 'paper', 'residence', :sheet, :line, :at)
					ON CONFLICT DO NOTHING""")
				.param("p", petitionId)
				.param("cin", line.hmac())
				.param("commune", line.commune().id())
				.param("province", line.commune().parentId())
				.param("sex", line.sex())
				.param("band", band)
				.param("dis", DemographicSnapshot.NOT_STATED)
				.param("area", area)
				.param("sheet", sheet)
				.param("line", line.line())
				.param("at", java.sql.Timestamp.from(now))
				.update();
			if (inserted == 0) {
				// signed online meanwhile: the sheet is refused whole and entered again
				throw new SheetRefused(List.of(new LineProblem(line.line(), "nationalId", "petition.paper.error.signedOnline")));
			}
			participations.record("petition.signature", line.commune().id(),
					new DemographicSnapshot(line.sex(), band, DemographicSnapshot.NOT_STATED, area), now);
		}
		audit.append("person:" + staffId, "petition.sheet.entered", "petition:" + petition.reference(),
				"sheet " + sheet + ": " + valid.size() + " signatures");
		return valid.size();
	}

	/** A signer withdraws their signature, as long as the petition has not been deposited. */
	@Transactional
	public void withdraw(long petitionId, long personId) {
		Petition petition = share(petitionId);
		if (!petition.collecting()) {
			throw new PetitionRefused("", "petition.withdraw.error.closed");
		}
		int removed = jdbc.sql("DELETE FROM petition_signature WHERE petition_id = :p AND person_id = :person")
			.param("p", petitionId)
			.param("person", personId)
			.update();
		if (removed == 0) {
			throw new PetitionRefused("", "petition.withdraw.error.notSigned");
		}
	}

	public boolean hasSigned(long petitionId, long personId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM petition_signature WHERE petition_id = :p AND person_id = :person)")
			.param("p", petitionId)
			.param("person", personId)
			.query(Boolean.class)
			.single();
	}

	public Progress progress(Petition petition) {
		Map<Long, Integer> byProvince = new LinkedHashMap<>();
		jdbc.sql("SELECT province_id, count(*) FROM petition_signature WHERE petition_id = :p GROUP BY province_id")
			.param("p", petition.id())
			.query(rs -> {
				byProvince.put(rs.getLong(1), rs.getInt(2));
			});
		int total = byProvince.values().stream().mapToInt(Integer::intValue).sum();
		return new Progress(total, petition.threshold(), petition.spreadMinimum(), byProvince);
	}

	/** Signatures counted by one of: sex, age_band, disability, area, province_id. */
	public Map<String, Long> signaturesBy(long petitionId, String column) {
		if (!List.of("sex", "age_band", "disability", "area", "province_id").contains(column)) {
			throw new IllegalArgumentException(column);
		}
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("SELECT " + column + "::text, count(*) FROM petition_signature WHERE petition_id = :p GROUP BY 1 ORDER BY 1")
			.param("p", petitionId)
			.query(rs -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	/** The public timeline of a petition, oldest first. */
	public List<PetitionStep> steps(long petitionId) {
		Map<Long, List<PetitionStep.DocumentLink>> documents = new LinkedHashMap<>();
		jdbc.sql("SELECT id, step_id, file_name FROM petition_document WHERE petition_id = :p ORDER BY id")
			.param("p", petitionId)
			.query(rs -> {
				documents.computeIfAbsent(rs.getLong("step_id"), k -> new java.util.ArrayList<>())
					.add(new PetitionStep.DocumentLink(rs.getLong("id"), rs.getString("file_name")));
			});
		return jdbc.sql("SELECT * FROM petition_step WHERE petition_id = :p ORDER BY on_day, at, id")
			.param("p", petitionId)
			.query((rs, n) -> new PetitionStep(rs.getString("status"), rs.getTimestamp("at").toInstant(),
					rs.getObject("on_day", LocalDate.class), rs.getString("note"),
					documents.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/** A document of a step, as uploaded. */
	public record Document(String fileName, byte[] content) {

		/** Whether it is a PDF of at most 10 MB. */
		boolean acceptable() {
			return content != null && content.length > 5 && content.length <= 10 * 1024 * 1024
					&& new String(content, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-");
		}
	}

	/** A published document of a petition: its name and content, or empty. */
	public Optional<Document> document(long petitionId, long documentId) {
		return jdbc.sql("SELECT file_name, content FROM petition_document WHERE id = :d AND petition_id = :p")
			.param("d", documentId)
			.param("p", petitionId)
			.query((rs, n) -> new Document(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	/**
	 * The bureau's decision on a deposited petition, recorded by staff with its date and the
	 * decision document: admissible (referred to a standing committee, to be put on the agenda of
	 * the next ordinary session) or inadmissible with its reasons.
	 */
	@Transactional
	public void decide(long petitionId, long staffId, boolean admissible, LocalDate on, String text, Document document) {
		Petition petition = lock(petitionId);
		checkStep(petition, staffId, "deposited", on, document);
		String note = text == null ? "" : text.trim();
		if (admissible ? note.length() < 3 || note.length() > 300 : note.length() < 20 || note.length() > 5000) {
			throw new PetitionRefused("text", admissible ? "petition.decide.error.committee" : "petition.decide.error.reason");
		}
		transition(petition, staffId, admissible ? "admissible" : "inadmissible", on, note, document);
	}

	/** The council deliberated on an admissible petition at a session; recorded with the deliberation. */
	@Transactional
	public void deliberate(long petitionId, long staffId, LocalDate on, String summary, Document document) {
		Petition petition = lock(petitionId);
		checkStep(petition, staffId, "admissible", on, document);
		transition(petition, staffId, "deliberated", on, required(summary), document);
	}

	/** The council's answer, published to everyone and mailed to the agent. */
	@Transactional
	public void answer(long petitionId, long staffId, LocalDate on, String answer, Document document) {
		Petition petition = lock(petitionId);
		checkStep(petition, staffId, "deliberated", on, document);
		transition(petition, staffId, "answered", on, required(answer), document);
	}

	private static String required(String text) {
		String note = text == null ? "" : text.trim();
		if (note.length() < 20 || note.length() > 20000) {
			throw new PetitionRefused("text", "petition.step.error.text");
		}
		return note;
	}

	/** Who, from which status, on which day and with which document a staff step may be taken. */
	private void checkStep(Petition petition, long staffId, String from, LocalDate on, Document document) {
		if (!staff(staffId, petition.territoryId())) {
			throw new PetitionRefused("", "petition.error.notStaff");
		}
		if (!from.equals(petition.status())) {
			throw new PetitionRefused("", "petition.error.status");
		}
		LocalDate last = jdbc.sql("SELECT max(on_day) FROM petition_step WHERE petition_id = :p").param("p", petition.id())
			.query(LocalDate.class)
			.single();
		if (on == null || on.isAfter(LocalDate.now(clock)) || on.isBefore(last)) {
			throw new PetitionRefused("on", "petition.step.error.date");
		}
		if (document == null || !document.acceptable()) {
			throw new PetitionRefused("document", "petition.step.error.document");
		}
	}

	private void transition(Petition petition, long staffId, String status, LocalDate on, String note, Document document) {
		jdbc.sql("UPDATE petition SET status = :s WHERE id = :id").param("s", status).param("id", petition.id()).update();
		long stepId = step(petition.id(), status, "person:" + staffId, note, on);
		jdbc.sql("""
				INSERT INTO petition_document (petition_id, step_id, file_name, content_type, content)
				VALUES (:p, :s, :name, 'application/pdf', :content)""")
			.param("p", petition.id())
			.param("s", stepId)
			.param("name", safeName(document.fileName()))
			.param("content", document.content())
			.update();
		audit.append("person:" + staffId, "petition." + status, "petition:" + petition.reference(),
				on + " " + (note.length() > 200 ? note.substring(0, 200) + "..." : note));
		notices.stepReached(petition, status, note);
	}

	private static String safeName(String name) {
		String base = name == null ? "" : name.replaceAll("[\\/]", "_").trim();
		if (base.isEmpty()) {
			base = "document.pdf";
		}
		return base.length() > 120 ? base.substring(base.length() - 120) : base;
	}

	static String normalise(String nationalId) {
		return nationalId == null ? "" : nationalId.replaceAll("[\\s.-]", "").toUpperCase(Locale.ROOT);
	}

	/** Reads a petition and locks it against changes of status (signing takes a share lock, status changes this one). */
	private Petition lock(long petitionId) {
		return jdbc.sql("SELECT * FROM petition WHERE id = :id FOR UPDATE").param("id", petitionId).query(Petitions::petition)
			.optional()
			.orElseThrow(() -> new PetitionRefused("", "petition.error.unknown"));
	}

	/** Reads a petition, keeping its status from changing until the transaction ends. */
	private Petition share(long petitionId) {
		return jdbc.sql("SELECT * FROM petition WHERE id = :id FOR SHARE").param("id", petitionId).query(Petitions::petition)
			.optional()
			.orElseThrow(() -> new PetitionRefused("", "petition.error.unknown"));
	}

	private long step(long petitionId, String status, String actor, String note) {
		return step(petitionId, status, actor, note, LocalDate.now(clock));
	}

	/** Adds a step to the timeline: the status reached, on which day in law, by whom, with its note. */
	private long step(long petitionId, String status, String actor, String note, LocalDate onDay) {
		return jdbc.sql("""
				INSERT INTO petition_step (petition_id, status, actor, note, on_day) VALUES (:p, :s, :a, :n, :d) RETURNING id""")
			.param("p", petitionId)
			.param("s", status)
			.param("a", actor)
			.param("n", note)
			.param("d", onDay)
			.query(Long.class)
			.single();
	}
}
