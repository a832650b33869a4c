package org.sawa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTest {

	private final Formats fmt = new Formats();

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void arabic_uses_latin_digits_and_moroccan_month_names() {
		LocaleContextHolder.setLocale(Languages.locale("ar"));
		assertThat(fmt.number(2525801)).doesNotContainPattern("[\u0660-\u0669]").contains("2");
		assertThat(fmt.date(LocalDate.of(2026, 3, 12))).contains("2026").contains("مارس");
	}

	@Test
	void french_dates_are_written_out_and_instants_shown_in_casablanca_time() {
		LocaleContextHolder.setLocale(Languages.locale("fr"));
		assertThat(fmt.date(LocalDate.of(2026, 11, 22))).isEqualTo("22 novembre 2026");
		// 23:30 UTC on 22 Nov is 00:30 on 23 Nov in Casablanca (UTC+1)
		assertThat(fmt.dateTime(Instant.parse("2026-11-22T23:30:00Z"))).startsWith("23 novembre 2026")
			.contains("00:30");
	}

	@Test
	void right_to_left_is_decided_by_the_script() {
		assertThat(Languages.isRightToLeft(Languages.locale("ar"))).isTrue();
		assertThat(Languages.isRightToLeft(Languages.locale("zgh"))).isFalse();
		assertThat(Languages.isRightToLeft(Languages.locale("fr"))).isFalse();
	}

	@Test
	void only_the_four_languages_are_accepted() {
		assertThat(Languages.supported("ar-SA")).contains(Locale.forLanguageTag("ar-MA"));
		assertThat(Languages.supported("zgh")).contains(Locale.forLanguageTag("zgh"));
		assertThat(Languages.supported("de")).isEmpty();
		assertThat(Languages.supported(null)).isEmpty();
	}

}
