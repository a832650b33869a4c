package org.sawa.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sawa.audit.AuditLog;
import org.sawa.refusal.Refusals;
import org.springframework.context.ApplicationEventPublisher;
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

	private final ApplicationEventPublisher events;

	WorkingDays(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
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
		return between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** The holidays from one day to another, both included, in date order. */
	public List<Holiday> between(LocalDate from, LocalDate to) {
		return jdbc.sql("SELECT * FROM holiday WHERE day BETWEEN :from AND :to ORDER BY day")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Holiday(rs.getObject("day", LocalDate.class),
					Map.of("ar", rs.getString("name_ar"), "fr", rs.getString("name_fr"), "en", rs.getString("name_en"),
							"zgh", rs.getString("name_zgh")),
					rs.getString("kind"), rs.getString("source"), rs.getBoolean("to_confirm"),
					rs.getBoolean("provisional")))
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
				  source = EXCLUDED.source, to_confirm = EXCLUDED.to_confirm, provisional = FALSE,
				  feast = CASE WHEN EXCLUDED.kind = 'religious' THEN holiday.feast END,
				  hijri_year = CASE WHEN EXCLUDED.kind = 'religious' THEN holiday.hijri_year END""")
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
		events.publishEvent(new HolidaysChanged(holiday.day()));
	}

	/**
	 * An administrator confirms a provisional date as the one announced; audited. Answers
	 * whether there was such a date.
	 */
	@Transactional
	public boolean confirm(LocalDate day, String actor) {
		boolean confirmed = jdbc
			.sql("UPDATE holiday SET provisional = FALSE, source = :source WHERE day = :day AND provisional")
			.param("day", day)
			.param("source", "Ministère des Habous et des Affaires islamiques, date annoncée")
			.update() > 0;
		if (confirmed) {
			audit.append(actor, "holiday.confirmed", "holiday:" + day, "");
		}
		return confirmed;
	}

	/** Removes a holiday; audited. Deadlines computed afterwards count that day again. */
	@Transactional
	public boolean remove(LocalDate day, String actor) {
		boolean removed = jdbc.sql("DELETE FROM holiday WHERE day = :day").param("day", day).update() > 0;
		if (removed) {
			audit.append(actor, "holiday.removed", "holiday:" + day, "");
			events.publishEvent(new HolidaysChanged(day));
		}
		return removed;
	}

}
