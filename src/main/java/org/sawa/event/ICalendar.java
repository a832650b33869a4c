package org.sawa.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes iCalendar (RFC 5545) text: a calendar of events that any calendar application
 * (phone, Thunderbird, Outlook) subscribes to or imports. Times are written in UTC; texts
 * are escaped and every content line folded at 75 octets without splitting a character,
 * lines ending in CRLF as the standard asks.
 */
public final class ICalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final StringBuilder out = new StringBuilder();

	private final String host;

	private final Instant stamp;

	/**
	 * Opens a calendar named {@code name}; {@code host} qualifies the entries' unique
	 * ids, {@code stamp} is when it is written.
	 */
	public ICalendar(String name, String host, Instant stamp) {
		this.host = host;
		this.stamp = stamp;
		line("BEGIN:VCALENDAR");
		line("VERSION:2.0");
		line("PRODID:-//Sawa//Events//EN");
		line("CALSCALE:GREGORIAN");
		line("X-WR-CALNAME:" + text(name));
		line("X-WR-TIMEZONE:Africa/Casablanca");
	}

	/** One event, with its title, description, place and page as the reader sees them. */
	public ICalendar event(Event event, String title, String description, String place, String page) {
		line("BEGIN:VEVENT");
		line("UID:event-" + event.id() + "@" + host);
		line("DTSTAMP:" + UTC.format(stamp));
		line("DTSTART:" + UTC.format(event.startsAt()));
		line("DTEND:" + UTC.format(event.endsAt()));
		line("SUMMARY:" + text(title));
		line("DESCRIPTION:" + text(description + (event.online() ? "\n" + event.onlineUrl() : "")));
		if (!place.isEmpty()) {
			line("LOCATION:" + text(place));
		}
		line("URL:" + page);
		line("STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
		line("SEQUENCE:" + (event.cancelled() ? 1 : 0));
		line("END:VEVENT");
		return this;
	}

	/** A whole-day entry (a training of a capacity programme). */
	public ICalendar day(String uid, LocalDate day, String title, String page) {
		line("BEGIN:VEVENT");
		line("UID:" + uid + "@" + host);
		line("DTSTAMP:" + UTC.format(stamp));
		line("DTSTART;VALUE=DATE:" + DAY.format(day));
		line("DTEND;VALUE=DATE:" + DAY.format(day.plusDays(1)));
		line("SUMMARY:" + text(title));
		line("URL:" + page);
		line("TRANSP:TRANSPARENT");
		line("END:VEVENT");
		return this;
	}

	/** The calendar, closed. */
	public String end() {
		line("END:VCALENDAR");
		return out.toString();
	}

	/** A TEXT value: backslashes, semicolons, commas and line breaks escaped. */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\n")
			.replace("\r", "\n")
			.replace("\n", "\\n");
	}

	/**
	 * A content line, folded so that no line exceeds 75 octets: a fold is CRLF and one
	 * space, and falls between characters (never inside a UTF-8 sequence or a surrogate
	 * pair).
	 */
	private void line(String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			String ch = new String(Character.toChars(codePoint));
			int size = ch.getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 0;
				limit = 74;
			}
			out.append(ch);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
