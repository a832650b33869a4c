package org.sawa.petition;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import org.sawa.input.NationalIds;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.account.DemographicSnapshot;
import org.sawa.account.Participations;
import org.sawa.audit.AuditLog;
import org.sawa.calendar.WorkingDays;
import org.sawa.refusal.Refusals;
import org.sawa.security.Hmac;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paper signature sheets, typed in by the council's staff: per line the CIN number (kept
 * only as an HMAC), the commune, sex and year of birth as written. A sheet is all or
 * nothing.
 */
@Service
public class PaperSheets {

	/** One line of a paper signature sheet as staff type it. */
	public record PaperLine(int line, String nationalId, String communeCode, String sex, String birthYear) {

		boolean blank() {
			return (nationalId == null || nationalId.isBlank()) && (communeCode == null || communeCode.isBlank())
					&& (birthYear == null || birthYear.isBlank());
		}
	}

	/**
	 * Why a line of a paper sheet was refused: the line, the field and the message key
	 * with its arguments.
	 */
	public record LineProblem(int line, String field, String messageKey, Object... arguments) {
	}

	/**
	 * A paper sheet refused as a whole, with every problem found on its lines. Nothing of
	 * it is written.
	 */
	public static class SheetRefused extends Refusals {

		private final List<LineProblem> problems;

		SheetRefused(List<LineProblem> problems) {
			this.problems = List.copyOf(problems);
			// each reason at its line's field: "3.nationalId"
			this.problems.forEach(p -> add(p.line() + "." + p.field(), p.messageKey(), p.arguments()));
		}

		public List<LineProblem> problems() {
			return problems;
		}

	}

	/** A line that passed every check of its own. */
	private record Valid(int line, String hmac, Territory commune, String sex, int birthYear) {
	}

	private final JdbcClient jdbc;

	private final Petitions petitions;

	private final Territories territories;

	private final Participations participations;

	private final Hmac hmac;

	private final AuditLog audit;

	private final Clock clock;

	PaperSheets(JdbcClient jdbc, Petitions petitions, Territories territories, Participations participations, Hmac hmac,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.petitions = petitions;
		this.territories = territories;
		this.participations = participations;
		this.hmac = hmac;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Staff type in a paper signature sheet of a petition being collected. A bad line, a
	 * CIN already given on this petition (online or on paper) or a sheet number already
	 * entered refuses it whole. Returns the number of signatures added.
	 */
	@Transactional
	public int enterSheet(long petitionId, long staffId, int sheet, List<PaperLine> lines) {
		Petition petition = petitions.share(petitionId);
		if (!petitions.staff(staffId, petition.territoryId())) {
			throw new PetitionRefused("", "petition.error.notStaff").asDenial();
		}
		if (petition.byAssociation()) {
			throw new PetitionRefused("", "petition.sign.error.association");
		}
		if (!petition.collecting()) {
			throw new PetitionRefused("", "petition.sign.error.closed");
		}
		if (sheet < 1 || sheet > 100_000) {
			throw new PetitionRefused("sheet", "petition.paper.error.sheet");
		}
		boolean entered = jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM petition_signature WHERE petition_id = :p AND sheet = :s)")
			.param("p", petitionId)
			.param("s", sheet)
			.query(Boolean.class)
			.single();
		if (entered) {
			throw new PetitionRefused("sheet", "petition.paper.error.sheetEntered");
		}
		List<LineProblem> problems = new ArrayList<>();
		List<Valid> valid = read(lines, territories.byId(petition.territoryId()).orElseThrow(), problems);
		signedBefore(petitionId, valid, problems);
		if (valid.isEmpty() && problems.isEmpty()) {
			throw new PetitionRefused("", "petition.paper.error.empty");
		}
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparingInt(LineProblem::line));
			throw new SheetRefused(problems);
		}
		Instant now = clock.instant();
		for (Valid line : valid) {
			insert(petitionId, sheet, line, now);
		}
		audit.append("person:" + staffId, "petition.sheet.entered", "petition:" + petition.reference(),
				"sheet " + sheet + ": " + valid.size() + " signatures");
		return valid.size();
	}

	/**
	 * The lines that pass their own checks; the problems of the others go in
	 * {@code problems}.
	 */
	private List<Valid> read(List<PaperLine> lines, Territory territory, List<LineProblem> problems) {
		int thisYear = LocalDate.now(clock).getYear();
		Map<String, Integer> seen = new LinkedHashMap<>();
		List<Valid> valid = new ArrayList<>();
		for (PaperLine line : lines) {
			if (line.blank()) {
				continue;
			}
			int before = problems.size();
			String cin = NationalIds.normalise(line.nationalId());
			if (!NationalIds.isCin(cin)) {
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
			int birthYear = birthYear(line.birthYear());
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
		return valid;
	}

	private static int birthYear(String written) {
		try {
			return Integer.parseInt(written.trim());
		}
		catch (RuntimeException ex) {
			return -1;
		}
	}

	/**
	 * A CIN already given on this petition, online or on an earlier sheet, is a problem
	 * of its line.
	 */
	private void signedBefore(long petitionId, List<Valid> valid, List<LineProblem> problems) {
		if (valid.isEmpty()) {
			return;
		}
		Map<String, String> earlier = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT national_id_hmac, channel, sheet, sheet_line FROM petition_signature
				WHERE petition_id = :p AND national_id_hmac IN (:h)""")
			.param("p", petitionId)
			.param("h", valid.stream().map(Valid::hmac).toList())
			.query(rs -> {
				earlier.put(rs.getString(1), "online".equals(rs.getString(2)) ? "" : rs.getInt(3) + "/" + rs.getInt(4));
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

	private void insert(long petitionId, int sheet, Valid line, Instant now) {
		String band = DemographicSnapshot.ageBand(line.birthYear(), now.atZone(WorkingDays.MOROCCO).getYear());
		String area = line.commune().area().map(a -> a.code()).orElse(DemographicSnapshot.NOT_STATED);
		int inserted = jdbc
			.sql("""
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
			.param("at", Timestamp.from(now))
			.update();
		if (inserted == 0) {
			// signed online meanwhile: the sheet is refused whole and entered again
			throw new SheetRefused(
					List.of(new LineProblem(line.line(), "nationalId", "petition.paper.error.signedOnline")));
		}
		participations.record("petition.signature", line.commune().id(),
				new DemographicSnapshot(line.sex(), band, DemographicSnapshot.NOT_STATED, area), now);
	}

}
