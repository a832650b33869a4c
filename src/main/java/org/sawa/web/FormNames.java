package org.sawa.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names typed in the four languages of a form ({@code <prefix>name_ar} ...): Arabic and
 * French are required ({@code Refusals.requireNames}); English and Tamazight take the
 * French name until someone translates them.
 */
public final class FormNames {

	public static final List<String> LANGUAGES = List.of("ar", "fr", "en", "zgh");

	private FormNames() {
	}

	/**
	 * Reads the names under {@code prefix + "name_" + language}; English and Tamazight
	 * take the French name when left empty. That Arabic and French are there is the
	 * services' rule ({@code Refusals.requireNames}).
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
