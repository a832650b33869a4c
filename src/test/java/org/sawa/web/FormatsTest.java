package org.sawa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sawa.input.Figures;
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

	/**
	 * Issue 18: "3,006" (a percentage) beside "1.131" (a count) reads as two counts. A
	 * share always carries its sign and one decimal, an index two decimals and no
	 * grouping, a count its grouping and no decimals; the CSV writes the same rounded
	 * figure.
	 */
	@Test
	void a_share_a_count_and_an_index_cannot_be_mistaken_for_one_another() {
		for (String lang : new String[] { "fr", "ar", "zgh" }) {
			LocaleContextHolder.setLocale(Languages.locale(lang));
			assertThat(fmt.count(1131)).as(lang).doesNotContain(",").contains("131").hasSizeGreaterThan(4);
			assertThat(fmt.value(new java.math.BigDecimal("3.006"), "percent")).as(lang)
				.contains("3,0")
				.contains("%")
				.doesNotContain("3,006");
			assertThat(fmt.percent(0.5)).as(lang).contains("50,0").contains("%");
			assertThat(fmt.index(0.3444)).as(lang).isEqualTo("0,34");
			assertThat(fmt.index(1234.5)).as(lang).isEqualTo("1234,50");
			assertThat(fmt.value(new java.math.BigDecimal("1.977"), "ratio")).as(lang).isEqualTo("1,98");
			assertThat(fmt.points(-3.04)).as(lang).isEqualTo("\u22123,0");
			assertThat(fmt.points(4.25)).as(lang).isEqualTo("+4,3");
		}
		LocaleContextHolder.setLocale(Languages.locale("en"));
		assertThat(fmt.value(new java.math.BigDecimal("3.006"), "percent")).isEqualTo("3.0%");
		assertThat(fmt.count(1131)).isEqualTo("1,131");
		assertThat(Figures.plain(new java.math.BigDecimal("3.006"), "percent")).isEqualTo("3.0");
		assertThat(Figures.plain(new java.math.BigDecimal("21"), "count")).isEqualTo("21");
		assertThat(Figures.plain(0.3444, "ratio")).isEqualTo("0.34");
	}

}
