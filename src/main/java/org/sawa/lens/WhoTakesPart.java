package org.sawa.lens;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.disclosure.Cell;
import org.sawa.disclosure.PublishedCounts;
import org.sawa.territory.AgeBand;
import org.sawa.territory.Area;
import org.sawa.territory.Population;
import org.sawa.territory.Sex;

/**
 * For one channel and one dimension: how many took part per option (as the public may see
 * them, each option its own published cell), each option's share of participants beside
 * its share of the population aged 15 and over, and whether the group is
 * under-represented.
 */
public record WhoTakesPart(String channel, String dimension, List<Line> lines, Long total) {

	/**
	 * A group; under-represented when its share over its population share is below the
	 * dashboard's threshold.
	 */
	public record Line(String option, Long participants, Double participantShare, Double populationShare,
			Double representation, boolean underRepresented) {
	}

	/** An under-represented group of one dimension, to state in words. */
	public record Gap(String dimension, Line line) {
	}

	/**
	 * The groups under-represented in a channel's views, dimension by dimension, so that
	 * a page states first who is left out.
	 */
	public static List<Gap> gaps(List<WhoTakesPart> views) {
		List<Gap> gaps = new ArrayList<>();
		for (WhoTakesPart view : views) {
			for (Line line : view.lines()) {
				if (line.underRepresented()) {
					gaps.add(new Gap(view.dimension(), line));
				}
			}
		}
		return gaps;
	}

	/** How a channel's cells are named: this, then the channel. */
	static final String CHANNEL = "channel/";

	static final Map<String, List<String>> OPTIONS = org.sawa.account.DemographicSnapshot.OPTIONS;

	/**
	 * The lines of one dimension; {@code all} is the channel's cell in the territory and
	 * period, which each option narrows.
	 */
	static WhoTakesPart of(Cell all, String dimension, Map<String, Long> counts, Population population,
			double threshold, PublishedCounts published) {
		List<String> options = OPTIONS.get(dimension);
		Map<String, Long> figures = new LinkedHashMap<>();
		long exactTotal = 0;
		for (String option : options) {
			long count = counts.getOrDefault(option, 0L);
			exactTotal += count;
			figures.put(option, published.shown(all.with(dimension, option), count));
		}
		Long total = published.shown(all, exactTotal);
		long stated = 0;
		boolean statedKnown = true;
		for (String option : options) {
			if (!"not_stated".equals(option)) {
				Long shown = figures.get(option);
				statedKnown &= shown != null;
				stated += shown == null ? 0 : shown;
			}
		}
		List<Line> lines = new ArrayList<>();
		for (String option : options) {
			Long shown = figures.get(option);
			Double populationShare = populationShare(dimension, option, population);
			// shares among those who stated this dimension, compared with the
			// population's
			Double share = shown == null || !statedKnown || stated == 0 || "not_stated".equals(option) ? null
					: (double) shown / stated;
			Double representation = share == null || populationShare == null || populationShare == 0 ? null
					: share / populationShare;
			lines.add(new Line(option, shown, share, populationShare, representation,
					representation != null && representation < threshold));
		}
		return new WhoTakesPart(all.source().substring(CHANNEL.length()), dimension, lines, total);
	}

	private static Double populationShare(String dimension, String option, Population population) {
		if (population == null || "not_stated".equals(option)) {
			return null;
		}
		long base = 0;
		long group = 0;
		for (var cell : population.cells()) {
			if (cell.ageBand() == AgeBand.Y0_14) {
				continue;
			}
			base += cell.count();
			boolean match = switch (dimension) {
				case "sex" -> cell.sex() == Sex.fromCode(option);
				case "age_band" -> cell.ageBand().code().equals(option);
				case "area" -> cell.area() == Area.fromCode(option);
				default -> false;
			};
			group += match ? cell.count() : 0;
		}
		if (base == 0 || "disability".equals(dimension)) {
			return null;
		}
		return (double) group / base;
	}

	static LocalDate farPast() {
		return LocalDate.of(2000, 1, 1);
	}
}
