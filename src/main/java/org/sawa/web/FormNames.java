package org.sawa.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names typed in the four languages of a form ({@code <prefix>name_ar} ...): Arabic and
 * French are required (the services refuse them empty); English and Tamazight take the
 * French name until someone translates them.
 */
public final class FormNames {

	public static final List<String> LANGUAGES = List.of("ar", "fr", "en", "zgh");

	private FormNames() {
	}

	/**
	 * Reads the names under {@code prefix + "name_" + language}; English and Tamazight
	 * take the French name when left empty. Whether Arabic and French are there is the
	 * service's rule ({@code name_ar}, {@code name_fr} refused when empty).
	 */
	public static Map<String, String> read(Map<String, String> form, String prefix) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			names.put(language, form.getOrDefault(prefix + "name_" + language, "").trim());
		}
		for (String optional : List.of("en", "zgh")) {
			if (names.get(optional).isEmpty()) {
				names.put(optional, names.get("fr"));
			}
		}
		return names;
	}

}
