package org.sawa.refusal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Several refusals of one form at once (a bulk entry with many rows), so the person fixes
 * every field in one pass. Collect with {@link #add}, then {@link #throwIfAny()} before
 * writing.
 */
public class Refusals extends RuntimeException {

	/** The languages a name for the public must be written in. */
	public static final List<String> REQUIRED_LANGUAGES = List.of("ar", "fr");

	private final List<Refused> all = new ArrayList<>();

	public Refusals() {
		super("refused");
	}

	public void add(String field, String messageKey, Object... arguments) {
		all.add(new Refused(field, messageKey, arguments));
	}

	public void add(Refused refused) {
		all.add(refused);
	}

	/**
	 * A reason at each required name left empty: what staff write for the public carries
	 * at least its Arabic and French names ({@code <prefix>name_ar},
	 * {@code <prefix>name_fr}); English and Tamazight may wait for a translation.
	 */
	public void requireNames(Map<String, String> names, String prefix) {
		for (String language : REQUIRED_LANGUAGES) {
			if (names.getOrDefault(language, "").isBlank()) {
				add(prefix + "name_" + language, "indicatorForm.error.name");
			}
		}
	}

	public boolean isEmpty() {
		return all.isEmpty();
	}

	public void throwIfAny() {
		if (!all.isEmpty()) {
			throw this;
		}
	}

	public List<Refused> all() {
		return List.copyOf(all);
	}

}
