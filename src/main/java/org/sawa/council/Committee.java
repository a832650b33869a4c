package org.sawa.council;

import java.util.Locale;
import java.util.Map;

/**
 * A standing committee of a council (its councillors); the equity body and the other
 * consultative bodies of civil society are {@link ConsultativeBody}.
 */
public record Committee(long id, long councilId, String kind, Map<String, String> names) {

	public String name(Locale locale) {
		String name = names.get(locale.getLanguage());
		return name == null || name.isBlank() ? names.get("fr") : name;
	}
}
