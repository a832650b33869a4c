package org.sawa.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sawa.audit.AuditLog;
import org.sawa.refusal.Refusals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working-day calendar of Sawa: holidays from the {@code holiday} table, read for
 * each question (the table is small, and a holiday an administrator adds counts at once
 * on every node). Dates are those of Morocco.
 */
@Service
public class WorkingDays {

	/** Legal time: deadlines are days in Morocco. */
	public static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

	private final JdbcClient jdbc;

	private final AuditLog audit;

	WorkingDays(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The calendar with every holiday known now. */
	public WorkingDayCalendar calendar() {
		Set<LocalDate> days = new HashSet<>(jdbc.sql("SELECT day FROM holiday").query(LocalDate.class).list());
		return new WorkingDayCalendar(days);
	}

	public LocalDate deadline(LocalDate start, int days) {
		return calendar().deadline(start, days);
	}

	/** The holidays of a year, in date order. */
	public List<Holiday> holidays(int year) {
		return jdbc.sql(
				"SELECT * FROM holiday WHERE day >= make_date(:y, 1, 1) AND day < make_date(:y + 1, 1, 1) ORDER BY day")
			.param("y", year)
			.query((rs, n) -> new Holiday(rs.getObject("day", LocalDate.class),
					Map.of("ar", rs.getString("name_ar"), "fr", rs.getString("name_fr"), "en", rs.getString("name_en"),
							"zgh", rs.getString("name_zgh")),
					rs.getString("kind"), rs.getString("source"), rs.getBoolean("to_confirm")))
			.list();
	}

	/**
	 * Adds or replaces a holiday; audited. Refused, with every reason, without a day
	 * between 2000 and 2100 (a day that is not a date reaches here as none), without its
	 * Arabic and French names or with a kind other than national or religious.
	 */
	@Transactional
	public void save(Holiday holiday, String actor) {
		Refusals refusals = new Refusals();
		if (holiday.day() == null || holiday.day().getYear() < 2000 || holiday.day().getYear() > 2100) {
			refusals.add(new HolidayRefused("day", "holiday.error.day"));
		}
		refusals.requireNames(holiday.names(), "");
		if (!List.of("national", "religious").contains(holiday.kind())) {
			refusals.add(new HolidayRefused("kind", "validation.option"));
		}
		refusals.throwIfAny();
		jdbc.sql("""
				INSERT INTO holiday (day, name_ar, name_fr, name_en, name_zgh, kind, source, to_confirm)
				VALUES (:day, :ar, :fr, :en, :zgh, :kind, :source, :confirm)
				ON CONFLICT (day) DO UPDATE SET name_ar = EXCLUDED.name_ar, name_fr = EXCLUDED.name_fr,
				  name_en = EXCLUDED.name_en, name_zgh = EXCLUDED.name_zgh, kind = EXCLUDED.kind,
				  source = EXCLUDED.source, to_confirm = EXCLUDED.to_confirm""")
			.param("day", holiday.day())
			.param("ar", holiday.names().get("ar"))
			.param("fr", holiday.names().get("fr"))
			.param("en", holiday.names().get("en"))
			.param("zgh", holiday.names().get("zgh"))
			.param("kind", holiday.kind())
			.param("source", holiday.source())
			.param("confirm", holiday.toConfirm())
			.update();
		audit.append(actor, "holiday.saved", "holiday:" + holiday.day(), holiday.names().get("fr"));
	}

	/** Removes a holiday; audited. Deadlines computed afterwards count that day again. */
	@Transactional
	public boolean remove(LocalDate day, String actor) {
		boolean removed = jdbc.sql("DELETE FROM holiday WHERE day = :day").param("day", day).update() > 0;
		if (removed) {
			audit.append(actor, "holiday.removed", "holiday:" + day, "");
		}
		return removed;
	}

}
