package org.sawa.input;

import java.text.Normalizer;

/**
 * Text as people type it, made one thing before any module reads it: NFC (an Arabic or
 * Tifinagh letter typed two ways is stored one way), without control characters (a NUL
 * byte PostgreSQL refuses; tabs and line breaks stay) nor the bidirectional embedding,
 * override and isolate controls that make a name or a link read differently from what it
 * is (U+202A to U+202E, U+2066 to U+2069), and without the invisible characters and
 * spaces around it, so a name of only zero-width spaces is empty and refused as such.
 * Invisible joiners inside a word (U+200C, U+200D, needed in some scripts) stay.
 */
public final class Texts {

	private Texts() {
	}

	/** The text, cleaned; null stays null. */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter(c -> !dropped(c)).forEach(kept::appendCodePoint);
		String normal = Normalizer.normalize(kept, Normalizer.Form.NFC);
		int start = 0;
		int end = normal.length();
		while (start < end && blank(normal.codePointAt(start))) {
			start += Character.charCount(normal.codePointAt(start));
		}
		while (end > start && blank(normal.codePointBefore(end))) {
			end -= Character.charCount(normal.codePointBefore(end));
		}
		return normal.substring(start, end);
	}

	/** The text, cleaned; an absent one (a field not sent) is empty. */
	public static String cleanOrEmpty(String text) {
		return text == null ? "" : clean(text);
	}

	/** How long a text is as a person counts it: an emoji is one character, not two. */
	public static int length(String text) {
		return text == null ? 0 : text.codePointCount(0, text.length());
	}

	private static boolean dropped(int c) {
		boolean control = Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
		boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
		return control || bidi;
	}

	private static boolean blank(int c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x200B || c == 0x200C || c == 0x200D
				|| c == 0x2060 || c == 0xFEFF || c == 0x00AD || c == 0x180E;
	}

	/**
	 * Whether a value a form sent is one of the options (a field left out, null, is none:
	 * {@code List.of(...).contains(null)} would throw).
	 */
	public static boolean oneOf(String value, java.util.List<String> options) {
		return value != null && options.contains(value);
	}

}
