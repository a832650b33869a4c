package org.sawa.search;

import java.util.ArrayList;
import java.util.List;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Places found by name in any of the four languages or in Latin transliteration
 * ({@link Territories#search}), first of all results: a person who types her commune's
 * name wants her commune.
 */
@Component
class PlaceSearch implements SearchSource {

	private final MessageSource messages;

	PlaceSearch(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public String kind() {
		return "territory";
	}

	@Override
	public List<Hit> search(SearchQuery query) {
		List<Hit> hits = new ArrayList<>();
		for (Territory place : query.placesNamed()) {
			String level = messages.getMessage("territory.level." + place.level().code(), null, query.locale());
			hits.add(new Hit(kind(), place.name(query.locale()), query.locale().getLanguage(), level,
					query.locale().getLanguage(), "/territories/" + place.code(), 1.0, null));
		}
		return hits;
	}

}
