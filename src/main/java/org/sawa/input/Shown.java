package org.sawa.input;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which language each text of a page is shown in, for a reader who asked for one. Staff
 * write a record in one language (its original) and may add versions in others; a reader
 * sees her language's version, else the original, else French, Arabic, English in that
 * order. Each shown text keeps its own language so that a page marks it ({@code lang},
 * {@code dir}) and says when a text is not in the reader's language.
 */
public final class Shown {

	private static final List<String> FALLBACK = List.of("fr", "ar", "en", "zgh");

	private final String reader;

	private final Map<String, String> languages = new LinkedHashMap<>();

	public Shown(String reader) {
		this.reader = reader;
	}

	/**
	 * The text to show for {@code key}: the reader's version, else the original (written
	 * in {@code originalLanguage}), else the first version in the fallback order. Blank
	 * versions count as missing.
	 */
	public String text(String key, String original, String originalLanguage, Map<String, String> versions) {
		String mine = versions.get(reader);
		if (mine != null && !mine.isBlank()) {
			return shown(key, mine, reader);
		}
		if (original != null && !original.isBlank()) {
			return shown(key, original, originalLanguage);
		}
		for (String language : FALLBACK) {
			String other = versions.get(language);
			if (other != null && !other.isBlank()) {
				return shown(key, other, language);
			}
		}
		return shown(key, original == null ? "" : original, originalLanguage);
	}

	private String shown(String key, String text, String language) {
		languages.put(key, language);
		return text;
	}

	public String reader() {
		return reader;
	}

	/** The language of the text shown for a key (the reader's when none was chosen). */
	public String lang(String key) {
		return languages.getOrDefault(key, reader);
	}

	public String dir(String key) {
		return "ar".equals(lang(key)) ? "rtl" : "ltr";
	}

	/** The languages, other than the reader's, some text of the page is shown in. */
	public Set<String> otherLanguages() {
		Set<String> others = new LinkedHashSet<>();
		languages.values().stream().filter(l -> !reader.equals(l)).forEach(others::add);
		return others;
	}

}
