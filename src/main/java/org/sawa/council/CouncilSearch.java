package org.sawa.council;

import java.util.ArrayList;
import java.util.List;
import org.sawa.search.Hit;
import org.sawa.search.SearchQuery;
import org.sawa.search.SearchSource;
import org.sawa.territory.Territory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Councils found by their territory's name, however it is written (the territory search:
 * four languages, Latin transliterations); a name matches better than any text.
 */
@Component
class CouncilSearch implements SearchSource {

	private final Councils councils;

	private final MessageSource messages;

	CouncilSearch(Councils councils, MessageSource messages) {
		this.councils = councils;
		this.messages = messages;
	}

	@Override
	public String kind() {
		return "council";
	}

	@Override
	public List<Hit> search(SearchQuery query) {
		List<Hit> hits = new ArrayList<>();
		for (Territory place : query.placesNamed()) {
			councils.byCode(place.code()).ifPresent(council -> {
				String name = messages.getMessage("council.name." + council.level(),
						new Object[] { place.name(query.locale()) }, query.locale());
				hits.add(new Hit(kind(), name, query.locale().getLanguage(), "", null, "/councils/" + council.code(),
						0.9, null));
			});
		}
		return hits;
	}

}
