package org.sawa.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.sawa.territory.AgeBand;
import org.sawa.territory.Population;
import org.sawa.territory.PopulationCell;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Service;

/**
 * Builds an indicator's analysis for a territory and year from protected extracts (exact
 * ones for officers of the territory) and the territory module's population: who is
 * counted against who lives there.
 */
@Service
public class IndicatorAnalyses {

	/** Rates of counts per this many inhabitants aged 15 and over. */
	static final int PER = 10_000;

	private final Extracts extracts;

	private final Indicators indicators;

	private final Territories territories;

	IndicatorAnalyses(Extracts extracts, Indicators indicators, Territories territories) {
		this.extracts = extracts;
		this.indicators = indicators;
		this.territories = territories;
	}

	public IndicatorAnalysis analyse(Indicator indicator, Territory territory, int year, List<Integer> years, String by,
			Map<String, String> filters, boolean exact, double threshold, String language) {
		Population population = population(territory, year);
		List<Territory> children = Extracts.TERRITORY.equals(by) ? territories.children(territory.id()) : List.of();
		Extracts.Extract extract = extracts.extract(indicator, territory, List.of(year),
				by.isEmpty() ? List.of() : List.of(by), filters, exact);
		Extracts.Row totalRow = extract.row(year, territory.code(),
				by.isEmpty() || Extracts.TERRITORY.equals(by) ? Map.of() : Map.of(by, ""));
		BigDecimal total = totalRow == null ? null : totalRow.value();

		// the groups along the axis, with their figures as published
		Map<String, String> labels = new LinkedHashMap<>();
		if (Extracts.TERRITORY.equals(by)) {
			children.forEach(c -> labels.put(c.code(), c.name()));
		}
		else if (!by.isEmpty()) {
			labels.putAll(indicators.optionNames(by, language));
		}
		Map<String, Extracts.Row> rows = new LinkedHashMap<>();
		labels.keySet()
			.forEach(option -> rows.put(option, Extracts.TERRITORY.equals(by) ? extract.row(year, option, Map.of())
					: extract.row(year, territory.code(), Map.of(by, option))));
		BigDecimal stated = BigDecimal.ZERO;
		boolean statedKnown = true;
		for (Map.Entry<String, Extracts.Row> row : rows.entrySet()) {
			if (!"not_stated".equals(row.getKey()) && row.getValue() != null) {
				statedKnown &= row.getValue().value() != null;
				stated = row.getValue().value() == null ? stated : stated.add(row.getValue().value());
			}
		}
		BigDecimal max = rows.values()
			.stream()
			.filter(r -> r != null && r.value() != null)
			.map(Extracts.Row::value)
			.max(BigDecimal::compareTo)
			.orElse(BigDecimal.ZERO);
		Map<String, Double> populationShares = populationShares(by, filters, population, children, year);
		List<IndicatorAnalysis.Line> lines = new ArrayList<>();
		for (Map.Entry<String, Extracts.Row> entry : rows.entrySet()) {
			Extracts.Row row = entry.getValue();
			BigDecimal value = row == null ? (indicator.isRate() ? null : BigDecimal.ZERO) : row.value();
			boolean hidden = row != null && row.suppressed();
			Double share = null;
			Double representation = null;
			boolean flagged = false;
			boolean notStated = "not_stated".equals(entry.getKey());
			if (indicator.isRate()) {
				// a rate compares with the rate of everyone together
				if (value != null && total != null && total.signum() != 0 && !notStated) {
					representation = value.divide(total, 6, RoundingMode.HALF_UP).doubleValue();
					flagged = Disparity.flagged(indicator.better(), representation, threshold);
				}
			}
			else if (value != null && statedKnown && stated.signum() > 0 && !notStated) {
				share = value.divide(stated, 6, RoundingMode.HALF_UP).doubleValue();
				Double populationShare = populationShares.get(entry.getKey());
				if (populationShare != null && populationShare > 0) {
					representation = share / populationShare;
					flagged = "higher".equals(indicator.better()) && representation < threshold;
				}
			}
			int bar = value == null || max.signum() == 0 ? 0
					: value.multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP).intValue();
			lines.add(new IndicatorAnalysis.Line(entry.getKey(), labels.get(entry.getKey()), value, hidden, share,
					populationShares.get(entry.getKey()), representation, flagged, bar));
		}

		// trend, with women and men where the indicator is broken down by sex
		boolean bySex = indicator.dimensions().contains("sex");
		Map<String, String> trendFilters = new LinkedHashMap<>(filters);
		trendFilters.remove("sex");
		Extracts.Extract trend = extracts.extract(indicator, territory, years, bySex ? List.of("sex") : List.of(),
				trendFilters, exact);
		List<IndicatorAnalysis.TrendRow> trendRows = new ArrayList<>();
		Map<Integer, BigDecimal> targets = indicators.targets(indicator.code());
		Disparity parity = null;
		for (int y : years) {
			BigDecimal yearTotal = value(trend.row(y, territory.code(), bySex ? Map.of("sex", "") : Map.of()));
			BigDecimal women = bySex ? value(trend.row(y, territory.code(), Map.of("sex", "female"))) : null;
			BigDecimal men = bySex ? value(trend.row(y, territory.code(), Map.of("sex", "male"))) : null;
			Disparity yearParity = bySex ? Disparity.of(indicator, women, men, threshold) : null;
			if (y == year) {
				parity = yearParity;
			}
			trendRows.add(new IndicatorAnalysis.TrendRow(y, yearTotal, women, men,
					yearParity == null ? null : yearParity.index(), targets.get(y)));
		}

		// rural against urban: rates directly, counts per inhabitants of each area
		Disparity ruralUrban = null;
		boolean perPopulation = false;
		if (indicator.dimensions().contains("area") && !"area".equals(by) && !filters.containsKey("area")) {
			Extracts.Extract byArea = extracts.extract(indicator, territory, List.of(year), List.of("area"), filters,
					exact);
			BigDecimal rural = value(byArea.row(year, territory.code(), Map.of("area", "rural")));
			BigDecimal urban = value(byArea.row(year, territory.code(), Map.of("area", "urban")));
			if (indicator.isRate()) {
				ruralUrban = Disparity.of(indicator, rural, urban, threshold);
			}
			else if (population != null) {
				perPopulation = true;
				ruralUrban = Disparity.ofRates(indicator.better(),
						perInhabitants(rural, adults(population, filters, c -> "rural".equals(c.area().code()))),
						perInhabitants(urban, adults(population, filters, c -> "urban".equals(c.area().code()))),
						threshold);
			}
		}
		return new IndicatorAnalysis(indicator, year, years, by, filters, lines, total,
				totalRow != null && totalRow.suppressed(), exact, threshold, parity, ruralUrban, perPopulation,
				trendRows, population == null ? null : String.valueOf(population.year()));
	}

	private static BigDecimal value(Extracts.Row row) {
		return row == null ? null : row.value();
	}

	private static BigDecimal perInhabitants(BigDecimal count, long inhabitants) {
		if (count == null || inhabitants == 0) {
			return null;
		}
		return count.multiply(BigDecimal.valueOf(PER)).divide(BigDecimal.valueOf(inhabitants), 2, RoundingMode.HALF_UP);
	}

	/**
	 * The population figures nearest the year: the latest up to it, or the earliest there
	 * is.
	 */
	private Population population(Territory territory, int year) {
		List<Integer> available = territories.populationYears(territory.id());
		if (available.isEmpty()) {
			return null;
		}
		int chosen = available.stream().filter(y -> y <= year).findFirst().orElse(available.get(available.size() - 1));
		return territories.population(territory.id(), chosen);
	}

	/**
	 * Inhabitants aged 15 and over matching the filters on sex, age band and area, and
	 * the test.
	 */
	private static long adults(Population population, Map<String, String> filters, Predicate<PopulationCell> test) {
		long count = 0;
		for (PopulationCell cell : population.cells()) {
			if (cell.ageBand() != AgeBand.Y0_14 && matches(cell, filters) && test.test(cell)) {
				count += cell.count();
			}
		}
		return count;
	}

	private static boolean matches(PopulationCell cell, Map<String, String> filters) {
		String sex = filters.get("sex");
		String band = filters.get("age_band");
		String area = filters.get("area");
		return (sex == null || "not_stated".equals(sex) || cell.sex().code().equals(sex))
				&& (band == null || "not_stated".equals(band) || cell.ageBand().code().equals(band))
				&& (area == null || "not_stated".equals(area) || cell.area().code().equals(area));
	}

	/**
	 * Each group's share of the population aged 15 and over, where the population knows
	 * the group.
	 */
	private Map<String, Double> populationShares(String by, Map<String, String> filters, Population population,
			List<Territory> children, int year) {
		Map<String, Double> shares = new LinkedHashMap<>();
		if (population == null) {
			return shares;
		}
		long base = adults(population, filters, c -> true);
		if (base == 0) {
			return shares;
		}
		switch (by) {
			case "sex", "age_band", "area" -> {
				List<String> options = switch (by) {
					case "sex" -> List.of("female", "male");
					case "area" -> List.of("urban", "rural");
					default -> java.util.Arrays.stream(AgeBand.values())
						.filter(b -> b != AgeBand.Y0_14)
						.map(AgeBand::code)
						.toList();
				};
				for (String option : options) {
					long group = adults(population, filters, c -> switch (by) {
						case "sex" -> c.sex().code().equals(option);
						case "area" -> c.area().code().equals(option);
						default -> c.ageBand().code().equals(option);
					});
					shares.put(option, (double) group / base);
				}
			}
			case Extracts.TERRITORY -> {
				for (Territory child : children) {
					Population theirs = territories.population(child.id(), population.year());
					shares.put(child.code(), (double) adults(theirs, filters, c -> true) / base);
				}
			}
			default -> {
				// disability and officer-defined dimensions: the population figures do
				// not know them
			}
		}
		return shares;
	}

}
