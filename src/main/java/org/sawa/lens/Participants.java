package org.sawa.lens;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sawa.disclosure.Cell;
import org.sawa.disclosure.PublishedCounts;
import org.sawa.indicator.PublicFigures;
import org.sawa.territory.Population;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Service;

/**
 * Who takes part in a territory, as its "who takes part" page shows it and the annual
 * report copies it: every channel's participants by sex, age band, area and disability,
 * against the population, protected.
 */
@Service
public class Participants {

	private final Territories territories;

	private final ParticipationFacts facts;

	private final PublicFigures figures;

	private final PublishedCounts published;

	Participants(Territories territories, ParticipationFacts facts, PublicFigures figures, PublishedCounts published) {
		this.published = published;
		this.territories = territories;
		this.facts = facts;
		this.figures = figures;
	}

	/**
	 * Participants of every channel between two days (inclusive) in the territory and
	 * below, by each dimension, against the population of the latest census year, as the
	 * public sees them; a channel with nobody in the period is left out.
	 */
	public Map<String, List<WhoTakesPart>> byChannel(Territory territory, LocalDate from, LocalDate to) {
		List<Long> ids = territories.subtree(territory.id());
		Population population = reference(territory);
		// the same threshold as the territory's dashboard, so both pages flag the same
		// groups
		double threshold = figures.threshold(territory);
		// up to today is one period whatever the day, so that asking each day does not
		// draw a new noise for the same people
		String period = from.equals(WhoTakesPart.farPast()) ? "to-date" : from + "/" + to;
		Map<String, List<ParticipationFacts.Count>> all = facts.byEveryDimension(territory.id(), ids, from, to);
		// the channels with someone in the period, by name
		Map<String, List<WhoTakesPart>> byChannel = new TreeMap<>();
		all.values()
			.forEach(counts -> counts.stream()
				.filter(count -> count.count() > 0)
				.forEach(count -> byChannel.putIfAbsent(count.channel(), new ArrayList<>())));
		for (String dimension : WhoTakesPart.OPTIONS.keySet()) {
			Map<String, Map<String, Long>> counts = new HashMap<>();
			for (ParticipationFacts.Count count : all.getOrDefault(dimension, List.of())) {
				counts.computeIfAbsent(count.channel(), k -> new HashMap<>()).put(count.option(), count.count());
			}
			for (String channel : byChannel.keySet()) {
				byChannel.get(channel)
					.add(WhoTakesPart.of(Cell.of(WhoTakesPart.CHANNEL + channel, territory.code(), period), dimension,
							counts.getOrDefault(channel, Map.of()), population, threshold, published));
			}
		}
		return byChannel;
	}

	/**
	 * Those who took part in one thing of a territory (a consultation), as its module
	 * counted them by dimension ({@code sex}, {@code age_band}, {@code area},
	 * {@code disability}, then option), against the population of the latest census year
	 * and with the dashboard's threshold, as the public sees them; {@code source} and
	 * {@code period} name the cells.
	 */
	public List<WhoTakesPart> against(Territory territory, String source, String period,
			Map<String, Map<String, Long>> counts) {
		Population population = reference(territory);
		double threshold = figures.threshold(territory);
		Cell all = Cell.of(WhoTakesPart.CHANNEL + source, territory.code(), period);
		List<WhoTakesPart> views = new ArrayList<>();
		for (String dimension : WhoTakesPart.OPTIONS.keySet()) {
			views.add(WhoTakesPart.of(all, dimension, counts.getOrDefault(dimension, Map.of()), population, threshold,
					published));
		}
		return views;
	}

	/**
	 * The population participation is compared with: of the year that counts the most of
	 * the territory's communes, the latest of those (a projection imported for one
	 * commune does not become a region's denominator); none when no year has any.
	 */
	public Population reference(Territory territory) {
		Population best = null;
		for (int year : territories.populationYears(territory.id())) {
			Population population = territories.population(territory.id(), year);
			if (best == null || population.communesCounted() > best.communesCounted()) {
				best = population;
			}
		}
		return best;
	}

}
