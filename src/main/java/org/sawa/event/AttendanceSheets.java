package org.sawa.event;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.DemographicSnapshot;
import org.sawa.account.Participations;
import org.sawa.audit.AuditLog;
import org.sawa.imports.AllOrNothing;
import org.sawa.imports.ImportProblem;
import org.sawa.imports.ImportRefused;
import org.sawa.imports.ImportReport;
import org.sawa.input.Texts;
import org.sawa.territory.AgeBand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Paper attendance sheets typed by staff: one line per person, "sex; age; disability;
 * area" (separated by semicolons, commas or tabs; any of the last three may be left empty
 * for "not stated"), in Arabic, French or English words or their initials. A sheet is
 * saved whole or not at all, every unreadable line shown with its reason; each line is a
 * person counted by the inclusion lens, with no name. A sheet typed by mistake is removed
 * whole, its counts withdrawn.
 */
@Service
public class AttendanceSheets {

	/** The most lines one sheet may hold. */
	public static final int MOST_LINES = 2000;

	/** A sheet typed for an event: its label, how many lines, when. */
	public record Sheet(long id, String label, int lines, java.time.Instant typedAt) {
	}

	private static final Map<String, String> SEX = words(
			List.of("female", "f", "w", "woman", "femme", "أنثى", "انثى", "امرأة", "ⵜⴰⵎⵟⵟⵓⵜ"),
			List.of("male", "m", "h", "man", "homme", "ذكر", "رجل", "ⴰⵔⴳⴰⵣ"));

	private static final Map<String, String> YES_NO = words(List.of("yes", "y", "oui", "o", "1", "نعم", "ⵢⴰⵀ"),
			List.of("no", "n", "non", "0", "لا", "ⵓⵀⵓ"));

	private static final Map<String, String> AREA = words(List.of("urban", "u", "urbain", "حضري", "ⴰⵖⵔⵎ"),
			List.of("rural", "r", "قروي", "ⴰⵔⵓⵔⴰⵍ"));

	private final JdbcClient jdbc;

	private final Events events;

	private final Participations participations;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	AttendanceSheets(JdbcClient jdbc, Events events, Participations participations, AuditLog audit,
			TransactionTemplate tx, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.participations = participations;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
	}

	/** Each word of a list means the list's first, the code stored. */
	private static Map<String, String> words(List<String> one, List<String> other) {
		Map<String, String> map = new java.util.HashMap<>();
		one.forEach(w -> map.put(w, one.get(0)));
		other.forEach(w -> map.put(w, other.get(0)));
		return map;
	}

	/**
	 * Types a sheet: all its lines counted, or none and every problem reported with its
	 * line and column.
	 */
	public ImportReport type(Event event, String label, String text, long actorId) {
		events.requireStaff(event, actorId);
		if (event.cancelled() || LocalDate.now(clock).isBefore(event.startsAt().atZone(Event.ZONE).toLocalDate())) {
			throw new EventRefused("form", "event.error.notYet");
		}
		String name = Texts.cleanOrEmpty(label);
		if (Texts.length(name) < 1 || Texts.length(name) > 100) {
			throw new EventRefused("label", "event.error.label", 100);
		}
		return AllOrNothing.run(tx, () -> {
			List<ImportProblem> problems = new ArrayList<>();
			List<DemographicSnapshot> people = read(text == null ? "" : text, problems);
			if (!problems.isEmpty()) {
				throw new ImportRefused(ImportReport.refused(people.size() + problems.size(), problems));
			}
			long sheet = jdbc.sql("""
					INSERT INTO event_sheet (event_id, label, typed_by, typed_at) VALUES (:e, :l, :by, :at)
					RETURNING id""")
				.param("e", event.id())
				.param("l", name)
				.param("by", actorId)
				.param("at", Timestamp.from(clock.instant()))
				.query(Long.class)
				.single();
			int line = 0;
			for (DemographicSnapshot person : people) {
				jdbc.sql("""
						INSERT INTO event_sheet_line (sheet_id, line, sex, age_band, disability, area)
						VALUES (:s, :l, :sex, :age, :dis, :area)""")
					.param("s", sheet)
					.param("l", ++line)
					.param("sex", person.sex())
					.param("age", person.ageBand())
					.param("dis", person.disability())
					.param("area", person.area())
					.update();
				participations.record(Registrations.CHANNEL, Registrations.where(event), person, event.startsAt());
			}
			audit.append("person:" + actorId, "event.sheet", "event:" + event.id() + "/sheet:" + sheet,
					name + " lines=" + people.size());
			return new ImportReport(people.size(), people.size(), 0, 0, List.of());
		});
	}

	/** The people of the sheet's lines; a problem for each line that cannot be read. */
	static List<DemographicSnapshot> read(String text, List<ImportProblem> problems) {
		List<DemographicSnapshot> people = new ArrayList<>();
		String[] lines = text.split("\\R", -1);
		int typed = 0;
		for (int n = 0; n < lines.length; n++) {
			String line = lines[n].strip();
			if (line.isEmpty()) {
				continue;
			}
			if (++typed > MOST_LINES) {
				problems.add(new ImportProblem(n + 1, "", "event.sheet.tooMany", MOST_LINES));
				break;
			}
			String[] cells = line.split(line.matches(".*[;,\\t،].*") ? "\\s*[;,\\t،]\\s*" : "\\s+", -1);
			int before = problems.size();
			String sex = cell(cells, 0, SEX, "sex", n + 1, problems);
			String age = age(cells.length > 1 ? cells[1] : "", n + 1, problems);
			String disability = cell(cells, 2, YES_NO, "disability", n + 1, problems);
			String area = cell(cells, 3, AREA, "area", n + 1, problems);
			if (cells.length > 4) {
				problems.add(new ImportProblem(n + 1, "", "event.sheet.tooManyCells", 4));
			}
			if (problems.size() == before) {
				people.add(new DemographicSnapshot(sex, age, disability, area));
			}
		}
		if (typed == 0) {
			problems.add(new ImportProblem(1, "", "event.sheet.empty"));
		}
		return people;
	}

	private static String cell(String[] cells, int index, Map<String, String> words, String column, long line,
			List<ImportProblem> problems) {
		String value = index < cells.length ? cells[index].strip().toLowerCase(Locale.ROOT) : "";
		if (value.isEmpty() || value.equals("-") || value.equals("?")) {
			return DemographicSnapshot.NOT_STATED;
		}
		String word = words.get(value);
		if (word == null) {
			problems.add(new ImportProblem(line, column, "event.sheet." + column, cells[index].strip()));
			return null;
		}
		return word;
	}

	private static String age(String typed, long line, List<ImportProblem> problems) {
		String value = typed.strip();
		if (value.isEmpty() || value.equals("-") || value.equals("?")) {
			return DemographicSnapshot.NOT_STATED;
		}
		if (value.matches("[0-9]{1,3}")) {
			int years = Integer.parseInt(value);
			if (years >= 10 && years <= 110) {
				return AgeBand.ofAge(years).code();
			}
		}
		else if (AgeBand.from15().contains(value)) {
			return value;
		}
		problems.add(new ImportProblem(line, "age", "event.sheet.age", value));
		return null;
	}

	/** Removes a sheet typed by mistake: its people are no longer counted. */
	public void remove(Event event, long sheetId, long actorId) {
		events.requireStaff(event, actorId);
		tx.executeWithoutResult(status -> {
			int removed = jdbc.sql("""
					UPDATE event_sheet SET removed_at = :at WHERE id = :s AND event_id = :e AND removed_at IS NULL""")
				.param("at", Timestamp.from(clock.instant()))
				.param("s", sheetId)
				.param("e", event.id())
				.update();
			if (removed == 0) {
				throw new EventRefused("form", "event.error.noSheet");
			}
			jdbc.sql("SELECT sex, age_band, disability, area FROM event_sheet_line WHERE sheet_id = :s ORDER BY line")
				.param("s", sheetId)
				.query((rs, n) -> new DemographicSnapshot(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getString(4)))
				.list()
				.forEach(p -> participations.withdraw(Registrations.CHANNEL, Registrations.where(event), p,
						event.startsAt()));
			audit.append("person:" + actorId, "event.sheetRemoved", "event:" + event.id() + "/sheet:" + sheetId, "");
		});
	}

	/** The sheets typed for an event and still counted, in the order they were typed. */
	public List<Sheet> of(long eventId) {
		return jdbc.sql("""
				SELECT s.id, s.label, s.typed_at, (SELECT count(*) FROM event_sheet_line l WHERE l.sheet_id = s.id) AS n
				FROM event_sheet s WHERE s.event_id = :e AND s.removed_at IS NULL ORDER BY s.typed_at, s.id""")
			.param("e", eventId)
			.query((rs, n) -> new Sheet(rs.getLong("id"), rs.getString("label"), rs.getInt("n"),
					rs.getTimestamp("typed_at").toInstant()))
			.list();
	}

}
