package org.sawa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The provisional dates of the feasts, computed from the Hijri calendar, give the dates
 * the Ministry of Habous announced for 2025: the method would have been right a year
 * ahead.
 */
class ReligiousHolidaysTest {

	private static final Map<String, ReligiousHolidays.Feast> FEAST = ReligiousHolidays.FEASTS.stream()
		.collect(Collectors.toMap(ReligiousHolidays.Feast::code, Function.identity()));

	@Test
	void the_computed_dates_of_2025_are_the_announced_ones() {
		assertThat(ReligiousHolidays.provisionalStart(FEAST.get("eid_al_fitr"), 1446))
			.isEqualTo(LocalDate.of(2025, 3, 31));
		assertThat(ReligiousHolidays.provisionalStart(FEAST.get("eid_al_adha"), 1446))
			.isEqualTo(LocalDate.of(2025, 6, 7));
		assertThat(ReligiousHolidays.provisionalStart(FEAST.get("muharram"), 1447))
			.isEqualTo(LocalDate.of(2025, 6, 27));
		assertThat(ReligiousHolidays.provisionalStart(FEAST.get("mawlid"), 1447)).isEqualTo(LocalDate.of(2025, 9, 5));
	}

	@Test
	void a_day_falls_in_its_hijri_year() {
		assertThat(ReligiousHolidays.hijriYear(LocalDate.of(2025, 3, 31))).isEqualTo(1446);
		assertThat(ReligiousHolidays.hijriYear(LocalDate.of(2025, 6, 27))).isEqualTo(1447);
		assertThat(ReligiousHolidays.hijriYear(LocalDate.of(2026, 12, 31))).isEqualTo(1448);
	}

}
