package org.sawa.web;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.sawa.input.Figures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Locale-aware formatting for templates ({@code @fmt}), pages and PDFs alike: instants
 * are shown in Africa/Casablanca, numbers and dates in the reader's language. Figures
 * follow one rule whatever the page (counts grouped, shares with % and one decimal,
 * indices with two decimals), so that a figure reads the same in the HTML, the PDF and,
 * through {@link Figures}, the CSV.
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

	/** A count of people or things: whole, with the language's grouping (1.234). */
	public String count(Number value) {
		return value == null ? "" : fixed(value, 0);
	}

	/**
	 * A share given as a ratio (0.281): always with its sign and one decimal (28,1 %), so
	 * that it cannot be read as a count.
	 */
	public String percent(Number ratio) {
		if (ratio == null) {
			return "";
		}
		ULocale locale = Languages.formatting(LocaleContextHolder.getLocale());
		NumberFormat format = NUMBERS.get().computeIfAbsent("%" + locale.getName(), k -> {
			NumberFormat percent = NumberFormat.getPercentInstance(locale);
			percent.setMinimumFractionDigits(Figures.PERCENT_DECIMALS);
			percent.setMaximumFractionDigits(Figures.PERCENT_DECIMALS);
			return percent;
		});
		return format.format(Figures.rounded(ratio.doubleValue() * 100, "percent").doubleValue() / 100);
	}

	/**
	 * An index (parity, representation: a share over another): two decimals (0,62), never
	 * grouped.
	 */
	public String index(Number value) {
		return value == null ? "" : fixed(value, Figures.INDEX_DECIMALS, false);
	}

	/** A difference in percentage points, signed, with one decimal (+4,2; −3,0). */
	public String points(Number value) {
		if (value == null) {
			return "";
		}
		String written = fixed(Math.abs(value.doubleValue()), Figures.PERCENT_DECIMALS);
		double rounded = Figures.rounded(value, "percent").doubleValue();
		return (rounded > 0 ? "+" : rounded < 0 ? "\u2212" : "") + written;
	}

	/** A rate per so many inhabitants: one decimal, grouped (12,5). */
	public String rate(Number value) {
		return value == null ? "" : fixed(value, Figures.PERCENT_DECIMALS);
	}

	/**
	 * An indicator's value in its unit (count, percent, ratio, mad): the same figure as
	 * its CSV extract ({@link Figures#rounded}), written for the reader.
	 */
	public String value(Number value, String unit) {
		if (value == null) {
			return "";
		}
		return switch (unit == null ? "" : unit) {
			case "percent" -> percent(value.doubleValue() / 100);
			case "ratio" -> index(value);
			case "count" -> count(value);
			default -> fixed(value, Figures.scale(unit));
		};
	}

	private String fixed(Number value, int decimals) {
		return fixed(value, decimals, true);
	}

	private String fixed(Number value, int decimals, boolean grouped) {
		ULocale locale = Languages.formatting(LocaleContextHolder.getLocale());
		NumberFormat format = NUMBERS.get().computeIfAbsent(decimals + "|" + grouped + "|" + locale.getName(), k -> {
			NumberFormat f = NumberFormat.getInstance(locale);
			f.setMinimumFractionDigits(decimals);
			f.setMaximumFractionDigits(decimals);
			f.setGroupingUsed(grouped);
			return f;
		});
		return format.format(Figures.rounded(value, decimals));
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

	/** The time of day of an instant in Morocco (09:30). */
	public String time(Instant instant) {
		if (instant == null) {
			return "";
		}
		DateFormat format = DateFormat.getTimeInstance(DateFormat.SHORT,
				Languages.formatting(LocaleContextHolder.getLocale()));
		format.setTimeZone(TimeZone.getTimeZone(ZONE.getId()));
		return format.format(Date.from(instant));
	}

	/** The month and year of a day (novembre 2026). */
	public String month(LocalDate day) {
		if (day == null) {
			return "";
		}
		DateFormat format = DateFormat.getPatternInstance(DateFormat.YEAR_MONTH,
				Languages.formatting(LocaleContextHolder.getLocale()));
		format.setTimeZone(TimeZone.getTimeZone("UTC"));
		return format.format(Date.from(day.atStartOfDay(ZoneId.of("UTC")).toInstant()));
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
