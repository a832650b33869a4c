package org.sawa.input;

import java.text.Normalizer;

/**
 * Text folded for searching, so that what a person types finds a name however either is
 * written: lower case; Latin accents dropped ("Beni" finds "Béni"); Arabic short vowels,
 * shadda and tatweel dropped and the hamza forms of alif, waw and ya folded into the bare
 * letter (أ إ آ → ا), ta marbuta into ha and alif maqsura into ya, as Arabic search
 * engines do; every run of punctuation or spaces one space. A second, looser form (the
 * {@link #skeleton skeleton}) drops Latin vowels and doubled letters, so that the common
 * transliterations of one Arabic or Amazigh name ("Bni Mellal", "Beni Mellal"; "Naour",
 * "Naor") meet.
 */
public final class SearchFolding {

	private SearchFolding() {
	}

	/** The folded text; empty for null. */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		Normalizer.normalize(text, Normalizer.Form.NFKD).codePoints().forEach(c -> {
			int type = Character.getType(c);
			if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
					|| type == Character.COMBINING_SPACING_MARK || c == 'ـ') {
				return;
			}
			int folded = switch (c) {
				case 'ة' -> 'ه';
				case 'ى' -> 'ي';
				case 'ٱ' -> 'ا';
				default -> Character.toLowerCase(c);
			};
			if (Character.isLetterOrDigit(folded)) {
				out.appendCodePoint(folded);
			}
			else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
				out.append(' ');
			}
		});
		return out.toString().trim();
	}

	/**
	 * The folded text without Latin vowels and with doubled letters single, for matching
	 * transliterations; words kept apart by one space.
	 */
	public static String skeleton(String text) {
		StringBuilder out = new StringBuilder();
		int last = -1;
		for (int c : fold(text).codePoints().toArray()) {
			if ("aeiouy".indexOf(c) >= 0 || c == last) {
				continue;
			}
			out.appendCodePoint(c);
			last = c;
		}
		return out.toString().trim().replaceAll(" +", " ");
	}

}
