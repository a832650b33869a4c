package org.sawa.calendar;

import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The four religious feasts that are public holidays in Morocco, with provisional dates
 * for the Hijri years the Ministry of Habous has not announced yet. Morocco sets each
 * month by sighting the new moon, usually a day after the Umm al-Qura calendar (2025: Eid
 * al-Fitr on 31 March, Umm al-Qura 30 March; and so for each feast of 2025): a
 * provisional date is the Umm al-Qura date plus one day, which the announcement may move
 * by a day. At start, every feast of every Hijri year from 2019 to two years ahead gets
 * its provisional days if it has none; an administrator confirms or corrects them on the
 * holidays page.
 */
@Component
public class ReligiousHolidays implements SmartInitializingSingleton {

	/** A feast: its month and day in the Hijri year, and how many days off. */
	public record Feast(String code, int month, int day, int days, Map<String, String> names) {
	}

	public static final List<Feast> FEASTS = List.of(
			new Feast("eid_al_fitr", IslamicCalendar.SHAWWAL, 1, 2,
					Map.of("ar", "عيد الفطر", "fr", "Aïd al-Fitr", "en", "Eid al-Fitr", "zgh", "ⵍⵄⵉⴷ ⴰⵎⵥⵥⵢⴰⵏ")),
			new Feast("eid_al_adha", IslamicCalendar.DHU_AL_HIJJAH, 10, 2,
					Map.of("ar", "عيد الأضحى", "fr", "Aïd al-Adha", "en", "Eid al-Adha", "zgh", "ⵍⵄⵉⴷ ⴰⵎⵇⵇⵔⴰⵏ")),
			new Feast("muharram", IslamicCalendar.MUHARRAM, 1, 1,
					Map.of("ar", "فاتح محرم", "fr", "Premier Moharram", "en", "Islamic New Year (1 Muharram)", "zgh",
							"ⴰⵙⴳⴳⵯⴰⵙ ⴰⵀⵉⵊⵔⵉ")),
			new Feast("mawlid", IslamicCalendar.RABI_1, 12, 2, Map.of("ar", "عيد المولد النبوي", "fr", "Aïd al-Mawlid",
					"en", "Mawlid (the Prophet's birthday)", "zgh", "ⵍⵎⵓⵍⵓⴷ")));

	/** The first Gregorian year Sawa keeps holidays for. */
	static final int FIRST_YEAR = 2019;

	/** Days Morocco's sighting usually follows the Umm al-Qura calendar by. */
	static final int SIGHTING_LAG = 1;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReligiousHolidays(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The provisional first day of a feast in a Hijri year. */
	public static LocalDate provisionalStart(Feast feast, int hijriYear) {
		IslamicCalendar calendar = new IslamicCalendar(TimeZone.GMT_ZONE);
		calendar.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
		calendar.clear();
		calendar.set(hijriYear, feast.month(), feast.day());
		return Instant.ofEpochMilli(calendar.getTimeInMillis())
			.atZone(ZoneOffset.UTC)
			.toLocalDate()
			.plusDays(SIGHTING_LAG);
	}

	/** The Hijri year a Gregorian day falls in. */
	static int hijriYear(LocalDate day) {
		IslamicCalendar calendar = new IslamicCalendar(TimeZone.GMT_ZONE);
		calendar.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
		calendar.setTimeInMillis(day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
		return calendar.get(IslamicCalendar.EXTENDED_YEAR);
	}

	@Override
	public void afterSingletonsInstantiated() {
		int last = LocalDate.now(clock).getYear() + 2;
		ensureProvisional(hijriYear(LocalDate.of(FIRST_YEAR, 1, 1)), hijriYear(LocalDate.of(last, 12, 31)));
	}

	/**
	 * Gives every feast of the Hijri years from {@code first} to {@code last} its
	 * provisional days, if it has no day yet (announced, confirmed or provisional); a day
	 * that is a holiday already stays as it is. Answers how many days were added.
	 */
	int ensureProvisional(int first, int last) {
		Set<String> known = new HashSet<>(jdbc.sql("""
				SELECT DISTINCT feast || '/' || hijri_year FROM holiday
				WHERE feast IS NOT NULL AND hijri_year BETWEEN :first AND :last""")
			.param("first", first)
			.param("last", last)
			.query(String.class)
			.list());
		int added = 0;
		for (int year = first; year <= last; year++) {
			for (Feast feast : FEASTS) {
				if (!known.contains(feast.code() + "/" + year)) {
					added += insert(feast, year);
				}
			}
		}
		return added;
	}

	private int insert(Feast feast, int hijriYear) {
		LocalDate start = provisionalStart(feast, hijriYear);
		int added = 0;
		for (int i = 0; i < feast.days(); i++) {
			added += jdbc.sql("""
					INSERT INTO holiday (day, name_ar, name_fr, name_en, name_zgh, kind, source, to_confirm, feast,
					  hijri_year, provisional)
					VALUES (:day, :ar, :fr, :en, :zgh, 'religious', :source, FALSE, :feast, :hijri, TRUE)
					ON CONFLICT (day) DO NOTHING""")
				.param("day", start.plusDays(i))
				.param("ar", feast.names().get("ar"))
				.param("fr", feast.names().get("fr"))
				.param("en", feast.names().get("en"))
				.param("zgh", feast.names().get("zgh"))
				.param("source",
						"Provisoire : calendrier Umm al-Qura " + hijriYear + " + " + SIGHTING_LAG
								+ " jour, jusqu'à l'annonce du ministère des Habous")
				.param("feast", feast.code())
				.param("hijri", hijriYear)
				.update();
		}
		return added;
	}

	/**
	 * What an officer should know of a year: feasts provisional, or with no day at all.
	 */
	public record YearCheck(int year, List<String> provisional, List<String> missing) {

		public boolean settled() {
			return provisional.isEmpty() && missing.isEmpty();
		}
	}

	/** The feasts of a Gregorian year still provisional, and those with no day in it. */
	public YearCheck check(int year) {
		// per feast with a day in the year: whether any of its days is still provisional
		Map<String, Boolean> feasts = new HashMap<>();
		jdbc.sql("""
				SELECT feast, bool_or(provisional) AS provisional FROM holiday
				WHERE feast IS NOT NULL AND day >= make_date(:y, 1, 1) AND day < make_date(:y + 1, 1, 1)
				GROUP BY feast""").param("y", year).query(rs -> {
			feasts.put(rs.getString("feast"), rs.getBoolean("provisional"));
		});
		List<String> provisional = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (Feast feast : FEASTS) {
			Boolean any = feasts.get(feast.code());
			if (any == null) {
				missing.add(feast.code());
			}
			else if (any) {
				provisional.add(feast.code());
			}
		}
		return new YearCheck(year, provisional, missing);
	}

	/**
	 * This year and the next, where a feast is still provisional or has no day: what
	 * officers and administrators are warned of.
	 */
	public List<YearCheck> unsettled() {
		int year = LocalDate.now(clock).getYear();
		return List.of(check(year), check(year + 1)).stream().filter(c -> !c.settled()).toList();
	}

}
