package org.sawa.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.sawa.disclosure.Cell;
import org.sawa.disclosure.PublishedCounts;
import org.sawa.input.Shown;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Service;

/**
 * A budget made readable: where the money comes from (revenue by nature) and where it
 * goes (spending by function and by section), executed against voted, per inhabitant, the
 * territory's earlier years, and the share of spending by gender marker with the lines
 * that target equality. Labels are shown in the reader's language where the budget has
 * it; beneficiaries are published through the rule for counts of people.
 */
@Service
public class CitizenBudgets {

	/** Amounts voted, now in force (amended or voted) and executed (null if unknown). */
	public record Totals(BigDecimal voted, BigDecimal current, BigDecimal executed) {

		/** Executed over in force, 0 to 1 (or more), or null when unknown. */
		public Double executionRate() {
			return executed == null || current.signum() == 0 ? null : executed.doubleValue() / current.doubleValue();
		}

	}

	/** A part of a whole: its code and name, amount in force, executed, share. */
	public record Slice(String code, String name, BigDecimal amount, BigDecimal executed, double share) {

		/** Its share as a bar length, 0 to 100. */
		public double bar() {
			return share * 100;
		}

		public Double executionRate() {
			return executed == null || amount.signum() == 0 ? null : executed.doubleValue() / amount.doubleValue();
		}

		/** Executed against in force as a bar length, 0 to 100. */
		public double executedBar() {
			Double rate = executionRate();
			return rate == null ? 0 : Math.min(100, rate * 100);
		}

	}

	/** A line as the reader sees it: label in her language or another, marked. */
	public record Line(String key, BudgetLine line, String label, String functionName, String natureName,
			Map<String, Long> beneficiaries) {
	}

	/** Totals of one year's published budget. */
	public record Year(int year, BigDecimal revenue, BigDecimal spending, BigDecimal executed, double bar) {
	}

	/** Everything the citizen budget page, its leaflet and its data show. */
	public record View(Budget budget, Territory territory, Totals revenue, Totals spending, List<Slice> sources,
			List<Slice> uses, List<Slice> sections, List<Slice> markers, List<Line> targeted, List<Line> lines,
			Long inhabitants, Integer populationYear, BigDecimal perInhabitant, List<Year> years, Shown shown) {

		public boolean executedKnown() {
			return spending.executed() != null;
		}

		/** The lines as the public may have them ({@link CitizenBudgets#publicLines}). */
		public List<BudgetLine> publicLines() {
			return lines.stream().map(l -> published(l.line(), l.beneficiaries())).toList();
		}

	}

	private final Budgets budgets;

	private final BudgetCodes codes;

	private final Territories territories;

	private final PublishedCounts counts;

	CitizenBudgets(Budgets budgets, BudgetCodes codes, Territories territories, PublishedCounts counts) {
		this.budgets = budgets;
		this.codes = codes;
		this.territories = territories;
		this.counts = counts;
	}

	public View of(Budget budget, Locale locale) {
		Territory territory = territories.byId(budget.territoryId()).orElseThrow();
		Map<String, BudgetCodes.Code> functions = codes.byCode("function");
		Map<String, BudgetCodes.Code> natures = codes.byCode("nature");
		Shown shown = new Shown(locale.getLanguage());
		List<Line> lines = new ArrayList<>();
		for (BudgetLine l : budgets.lines(budget.id())) {
			String key = l.direction() + "-" + l.section() + "-" + l.article();
			String label = shown.text(key, l.labels().get(budget.language()), budget.language(), l.labels());
			lines.add(new Line(key, l, label, l.function() == null ? "" : functions.get(l.function()).name(locale),
					natures.get(l.nature()).name(locale), beneficiaries(territory, budget, l)));
		}
		List<BudgetLine> revenue = lines.stream().map(Line::line).filter(l -> !l.spending()).toList();
		List<BudgetLine> spending = lines.stream().map(Line::line).filter(BudgetLine::spending).toList();
		Totals spent = totals(spending);
		Map<String, String> natureNames = names(natures, locale);
		Map<String, String> functionNames = names(functions, locale);
		Map<String, String> sectionNames = new LinkedHashMap<>();
		BudgetSheet.SECTIONS.forEach(s -> sectionNames.put(s, s));
		Map<String, String> markerNames = new LinkedHashMap<>();
		List.of("2", "1", "0").forEach(m -> markerNames.put(m, m));
		Long inhabitants = null;
		Integer populationYear = null;
		var legal = territories.legalPopulation(territory.id());
		if (legal.isPresent()) {
			inhabitants = legal.get().inhabitants();
			populationYear = legal.get().year();
		}
		else {
			List<Integer> years = territories.populationYears(territory.id());
			if (!years.isEmpty()) {
				populationYear = years.get(0);
				inhabitants = territories.population(territory.id(), populationYear).total();
			}
		}
		BigDecimal perInhabitant = inhabitants == null || inhabitants == 0 ? null
				: spent.current().divide(BigDecimal.valueOf(inhabitants), 0, RoundingMode.HALF_UP);
		return new View(budget, territory, totals(revenue), spent, slices(revenue, BudgetLine::nature, natureNames),
				slices(spending, BudgetLine::function, functionNames),
				slices(spending, BudgetLine::section, sectionNames),
				slices(spending, l -> String.valueOf(l.genderMarker()), markerNames),
				lines.stream()
					.filter(l -> l.line().spending() && l.line().genderMarker() > 0)
					.sorted((a, b) -> Integer.compare(b.line().genderMarker(), a.line().genderMarker()) != 0
							? Integer.compare(b.line().genderMarker(), a.line().genderMarker())
							: b.line().current().compareTo(a.line().current()))
					.toList(),
				lines, inhabitants, populationYear, perInhabitant, years(territory.id(), budget), shown);
	}

	private static Map<String, String> names(Map<String, BudgetCodes.Code> codes, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		codes.forEach((code, c) -> names.put(code, c.name(locale)));
		return names;
	}

	static Totals totals(List<BudgetLine> lines) {
		BigDecimal voted = BigDecimal.ZERO;
		BigDecimal current = BigDecimal.ZERO;
		BigDecimal executed = null;
		for (BudgetLine l : lines) {
			voted = voted.add(l.voted());
			current = current.add(l.current());
			if (l.executed() != null) {
				executed = Budgets.orZero(executed).add(l.executed());
			}
		}
		return new Totals(voted, current, executed);
	}

	/**
	 * The lines grouped by a code, in the order of the names given, the empty left out.
	 */
	static List<Slice> slices(List<BudgetLine> lines, Function<BudgetLine, String> by, Map<String, String> names) {
		BigDecimal whole = totals(lines).current();
		List<Slice> slices = new ArrayList<>();
		names.forEach((code, name) -> {
			List<BudgetLine> part = lines.stream().filter(l -> code.equals(by.apply(l))).toList();
			if (!part.isEmpty()) {
				Totals t = totals(part);
				slices.add(new Slice(code, name, t.current(), t.executed(),
						whole.signum() == 0 ? 0 : t.current().doubleValue() / whole.doubleValue()));
			}
		});
		return slices;
	}

	/** A line's beneficiaries as the public may see them (null: fewer than five). */
	private Map<String, Long> beneficiaries(Territory territory, Budget budget, BudgetLine l) {
		Map<String, Long> shown = new LinkedHashMap<>();
		BudgetLine.Beneficiaries b = l.beneficiaries();
		if (b == null || !b.known()) {
			return shown;
		}
		Cell cell = new Cell("budget.beneficiaries", territory.code(), String.valueOf(budget.year()),
				Map.of("line", l.direction() + "/" + l.section() + "/" + l.chapter() + "/" + l.article()));
		put(shown, "female", cell.with("sex", "female"), b.female());
		put(shown, "male", cell.with("sex", "male"), b.male());
		put(shown, "0-14", cell.with("age_band", "0-14"), b.young());
		put(shown, "15-34", cell.with("age_band", "15-34"), b.youth());
		put(shown, "35+", cell.with("age_band", "35+"), b.adults());
		return shown;
	}

	private void put(Map<String, Long> shown, String key, Cell cell, Integer exact) {
		if (exact != null) {
			shown.put(key, counts.shown(cell, exact));
		}
	}

	/**
	 * The budget's lines as the public may have them: beneficiaries published through the
	 * rule for counts of people (null where fewer than five might be revealed).
	 */
	public List<BudgetLine> publicLines(Budget budget) {
		Territory territory = territories.byId(budget.territoryId()).orElseThrow();
		return budgets.lines(budget.id()).stream().map(l -> published(l, beneficiaries(territory, budget, l))).toList();
	}

	/** A line with its beneficiaries replaced by the figures the public sees. */
	static BudgetLine published(BudgetLine l, Map<String, Long> shown) {
		return new BudgetLine(l.id(), l.direction(), l.section(), l.chapter(), l.article(), l.programme(), l.function(),
				l.nature(), l.labels(), l.voted(), l.amended(), l.executed(), l.genderMarker(),
				new BudgetLine.Beneficiaries(whole(shown.get("female")), whole(shown.get("male")),
						whole(shown.get("0-14")), whole(shown.get("15-34")), whole(shown.get("35+"))));
	}

	private static Integer whole(Long count) {
		return count == null ? null : count.intValue();
	}

	/** The territory's published years (and this one), for the comparison. */
	private List<Year> years(long territoryId, Budget budget) {
		List<Budgets.YearTotals> totals = budgets.totalsByYear(territoryId, budget.id());
		BigDecimal most = BigDecimal.ONE;
		for (Budgets.YearTotals t : totals) {
			most = most.max(t.revenue()).max(t.spending());
		}
		List<Year> years = new ArrayList<>();
		for (Budgets.YearTotals t : totals) {
			years.add(new Year(t.year(), t.revenue(), t.spending(), t.executed(),
					t.spending().doubleValue() * 100 / most.doubleValue()));
		}
		return years;
	}

}
