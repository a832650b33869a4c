package org.sawa.territory;

import java.util.Locale;
import java.util.Map;

/**
 * A territory. {@code kind} is province or prefecture for the province level, urban or
 * rural for communes. {@code path} is the materialised path of ids ({@code /1/4/17/}).
 * {@code arrondissements}: a commune with arrondissements (Casablanca, Rabat...), whose
 * rules may differ.
 */
public record Territory(long id, String code, Level level, String kind, Long parentId, String path,
		Map<String, String> names, boolean arrondissements) {

	/** The name in the reader's language, falling back to French, then Arabic. */
	public String name(Locale locale) {
		String name = names.get(locale.getLanguage());
		if (name == null || name.isBlank()) {
			name = names.getOrDefault("fr", names.get("ar"));
		}
		return name;
	}

	public String name() {
		return name(org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	public boolean contains(Territory other) {
		return other.path.startsWith(path);
	}

	/** The area of a commune (urban or rural); empty above the commune level. */
	public java.util.Optional<Area> area() {
		if (level != Level.COMMUNE || kind == null) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(Area.fromCode(kind));
	}
}
