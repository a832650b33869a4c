package org.sawa.web;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Locale-aware formatting for templates ({@code @fmt}): instants are shown in
 * Africa/Casablanca, numbers and dates in the reader's language.
 */
@Component("fmt")
public class Formats {

	public static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");

	/**
	 * ICU formatters are costly to build and not thread-safe: each thread keeps one per
	 * locale. A territory page formats dozens of numbers.
	 */
	private static final ThreadLocal<Map<String, NumberFormat>> NUMBERS = ThreadLocal.withInitial(HashMap::new);

	public String number(Number value) {
		if (value == null) {
			return "";
		}
		ULocale locale = Languages.formatting(LocaleContextHolder.getLocale());
		return NUMBERS.get().computeIfAbsent(locale.getName(), k -> NumberFormat.getInstance(locale)).format(value);
	}

	public String percent(Double ratio) {
		if (ratio == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getPercentInstance(Languages.formatting(LocaleContextHolder.getLocale()));
		format.setMaximumFractionDigits(1);
		return format.format(ratio);
	}

	public String date(LocalDate date) {
		if (date == null) {
			return "";
		}
		DateFormat format = DateFormat.getDateInstance(DateFormat.LONG,
				Languages.formatting(LocaleContextHolder.getLocale()));
		format.setTimeZone(TimeZone.getTimeZone("UTC"));
		return format.format(Date.from(date.atStartOfDay(ZoneId.of("UTC")).toInstant()));
	}

	/** A day written as ISO text (2025-10-07), formatted; other text as it is. */
	public String isoDate(String text) {
		try {
			return text == null ? "—" : date(LocalDate.parse(text));
		}
		catch (java.time.format.DateTimeParseException notADay) {
			return text;
		}
	}

	/** The day of an instant in Morocco. */
	public String day(Instant instant) {
		return instant == null ? "" : date(instant.atZone(ZONE).toLocalDate());
	}

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		DateFormat format = DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.SHORT,
				Languages.formatting(LocaleContextHolder.getLocale()));
		format.setTimeZone(TimeZone.getTimeZone(ZONE.getId()));
		return format.format(Date.from(instant));
	}

}
