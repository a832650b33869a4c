package org.sawa.capacity;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A capacity programme: who funds it, its partners, target groups, territories and
 * period; its names in the four languages, and the working language its officers write
 * its activities and stories in.
 */
public record Programme(long id, String code, Map<String, String> names, String language, String funders,
		String partners, List<String> targetGroups, LocalDate startsOn, LocalDate endsOn, List<Long> territoryIds) {

	public String name(Locale locale) {
		String name = names.get(locale.getLanguage());
		return name == null || name.isBlank() ? names.get("fr") : name;
	}
}
