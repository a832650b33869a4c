package org.sawa.indicator;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sawa.audit.AuditLog;
import org.sawa.indicator.internal.DataEntryGrid;
import org.sawa.refusal.Refusals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Indicator definitions and the dimensions they are broken down by. */
@Service
public class Indicators {

	/** An indicator's code: capitals, digits and "_.-". */
	public static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9_.-]{1,39}$");

	/** A target of the Sustainable Development Goals, such as 5.5 or 5.5.1. */
	static final Pattern SDG = Pattern.compile("^[0-9]{1,2}\\.[0-9a-z]{1,2}(\\.[0-9]{1,2})?$");

	static final List<String> BUILTIN = List.of("sex", "age_band", "disability", "area");

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Catalogue catalogue;

	Indicators(JdbcClient jdbc, AuditLog audit, Catalogue catalogue) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.catalogue = catalogue;
	}

	/** Defines (or redefines) an indicator; audited. */
	@Transactional
	public void define(Indicator indicator, String actor) {
		catalogue.changing();
		jdbc.sql("""
				INSERT INTO indicator (code, name_ar, name_fr, name_en, name_zgh, definition_ar, definition_fr,
				  definition_en, definition_zgh, unit, aggregation, numerator_code, denominator_code, better,
				  sdg_target, source, owner)
				VALUES (:code, :nar, :nfr, :nen, :nzgh, :dar, :dfr, :den, :dzgh, :unit, :agg, :num, :den2, :better,
				  :sdg, :source, :owner)
				ON CONFLICT (code) DO UPDATE SET name_ar = EXCLUDED.name_ar, name_fr = EXCLUDED.name_fr,
				  name_en = EXCLUDED.name_en, name_zgh = EXCLUDED.name_zgh, definition_ar = EXCLUDED.definition_ar,
				  definition_fr = EXCLUDED.definition_fr, definition_en = EXCLUDED.definition_en,
				  definition_zgh = EXCLUDED.definition_zgh, unit = EXCLUDED.unit, aggregation = EXCLUDED.aggregation,
				  numerator_code = EXCLUDED.numerator_code, denominator_code = EXCLUDED.denominator_code,
				  better = EXCLUDED.better, sdg_target = EXCLUDED.sdg_target, source = EXCLUDED.source,
				  owner = EXCLUDED.owner""")
			.param("code", indicator.code())
			.param("nar", indicator.names().get("ar"))
			.param("nfr", indicator.names().get("fr"))
			.param("nen", indicator.names().get("en"))
			.param("nzgh", indicator.names().get("zgh"))
			.param("dar", indicator.definitions().getOrDefault("ar", ""))
			.param("dfr", indicator.definitions().getOrDefault("fr", ""))
			.param("den", indicator.definitions().getOrDefault("en", ""))
			.param("dzgh", indicator.definitions().getOrDefault("zgh", ""))
			.param("unit", indicator.unit())
			.param("agg", indicator.aggregation())
			.param("num", indicator.numeratorCode())
			.param("den2", indicator.denominatorCode())
			.param("better", indicator.better())
			.param("sdg", indicator.sdgTarget())
			.param("source", indicator.source() == null ? "" : indicator.source())
			.param("owner", indicator.owner() == null ? "" : indicator.owner())
			.update();
		jdbc.sql("DELETE FROM indicator_dimension WHERE indicator_code = :code")
			.param("code", indicator.code())
			.update();
		for (String dimension : indicator.dimensions()) {
			jdbc.sql("INSERT INTO indicator_dimension (indicator_code, dimension_code) VALUES (:i, :d)")
				.param("i", indicator.code())
				.param("d", dimension)
				.update();
		}
		audit.append(actor, "indicator.defined", "indicator:" + indicator.code(),
				indicator.unit() + " " + indicator.aggregation() + " " + indicator.dimensions());
	}

	/** Sets the target of an indicator for a year; audited. */
	@Transactional
	public void target(String code, int year, BigDecimal target, String actor) {
		jdbc.sql("""
				INSERT INTO indicator_target (indicator_code, year, target) VALUES (:i, :y, :t)
				ON CONFLICT (indicator_code, year) DO UPDATE SET target = EXCLUDED.target""")
			.param("i", code)
			.param("y", year)
			.param("t", target)
			.update();
		audit.append(actor, "indicator.target", "indicator:" + code, year + "=" + target.toPlainString());
	}

	/** One indicator, from the copy in memory. */
	public Optional<Indicator> byCode(String code) {
		return Optional.ofNullable(catalogue.get().indicatorsByCode().get(code));
	}

	/** Every indicator, in code order. */
	public List<Indicator> all() {
		return catalogue.get().indicators();
	}

	/** Every dimension with its option codes (built-in and officer-defined). */
	public Map<String, Set<String>> options() {
		return catalogue.get().options();
	}

	/** The names of a dimension's options in a language, in the dimension's order. */
	public Map<String, String> optionNames(String dimension, String language) {
		return optionNames(List.of(dimension), language).get(dimension);
	}

	/** The names of the options of several dimensions in a language, per dimension. */
	public Map<String, Map<String, String>> optionNames(java.util.Collection<String> dimensions, String language) {
		Map<String, Dimension> known = catalogue.get().dimensionsByCode();
		String column = column(language);
		Map<String, Map<String, String>> names = new LinkedHashMap<>();
		for (String code : dimensions) {
			Map<String, String> options = new LinkedHashMap<>();
			Dimension dimension = known.get(code);
			if (dimension != null) {
				dimension.options().forEach(o -> options.put(o.code(), o.names().get(column)));
			}
			names.put(code, options);
		}
		return names;
	}

	/** The names of every dimension in a language, built-in ones first. */
	public Map<String, String> dimensionNames(String language) {
		String column = column(language);
		Map<String, String> names = new LinkedHashMap<>();
		catalogue.get().dimensions().forEach(d -> names.put(d.code(), d.names().get(column)));
		return names;
	}

	private static String column(String language) {
		return switch (language) {
			case "ar", "fr", "en", "zgh" -> language;
			default -> "fr";
		};
	}

	/** The indicator's targets by year. */
	public Map<Integer, BigDecimal> targets(String code) {
		Map<Integer, BigDecimal> targets = new java.util.TreeMap<>();
		jdbc.sql("SELECT year, target FROM indicator_target WHERE indicator_code = :i").param("i", code).query(rs -> {
			targets.put(rs.getInt(1), rs.getBigDecimal(2));
		});
		return targets;
	}

	/** Removes the target of a year; audited. */
	@Transactional
	public void removeTarget(String code, int year, String actor) {
		if (jdbc.sql("DELETE FROM indicator_target WHERE indicator_code = :i AND year = :y")
			.param("i", code)
			.param("y", year)
			.update() > 0) {
			audit.append(actor, "indicator.target.removed", "indicator:" + code, String.valueOf(year));
		}
	}

	/**
	 * Whether data values exist for the indicator (its unit, aggregation and dimensions
	 * are then fixed).
	 */
	public boolean hasValues(String code) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM data_value WHERE indicator_code = :i)")
			.param("i", code)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Saves an indicator from its form and replaces its targets (typed per year: a number
	 * of zero or more), in one transaction; audited. Refused, with every reason at its
	 * field: a new indicator needs a free code; one with values keeps its unit,
	 * aggregation and dimensions (its values would change meaning); a ratio divides two
	 * count indicators that are not ratios themselves and are broken down at least as
	 * finely.
	 */
	@Transactional
	public void save(Indicator indicator, Map<Integer, String> typedTargets, boolean creating, String actor) {
		Refusals refusals = new Refusals();
		check(indicator, creating, refusals);
		Map<Integer, BigDecimal> targets = new LinkedHashMap<>();
		typedTargets.forEach((year, text) -> {
			BigDecimal target = DataEntryGrid.parse(text);
			if (target == null || target.signum() < 0 || !DataEntryGrid.inRange(target)) {
				refusals.add(new IndicatorRefused("target." + year, "indicatorForm.error.target"));
			}
			else {
				targets.put(year, target);
			}
		});
		refusals.throwIfAny();
		save(indicator, targets, actor);
	}

	private void check(Indicator indicator, boolean creating, Refusals refusals) {
		String code = indicator.code();
		if (!CODE.matcher(code).matches()) {
			refusals.add(new IndicatorRefused("code", "indicatorForm.error.code"));
		}
		else if (creating && byCode(code).isPresent()) {
			refusals.add(new IndicatorRefused("code", "indicatorForm.error.taken"));
		}
		refusals.requireNames(indicator.names(), "");
		String unit = indicator.unit();
		boolean ratio = "ratio".equals(indicator.aggregation());
		if (!List.of("sum", "last", "ratio").contains(indicator.aggregation())) {
			refusals.add(new IndicatorRefused("aggregation", "indicatorForm.error.aggregation"));
		}
		if (!List.of("count", "percent", "mad", "ratio").contains(unit)) {
			refusals.add(new IndicatorRefused("unit", "indicatorForm.error.unit"));
		}
		else if (ratio != ("percent".equals(unit) || "ratio".equals(unit))) {
			refusals.add(new IndicatorRefused("unit", "indicatorForm.error.unitForAggregation"));
		}
		if (ratio) {
			checkRatio(indicator, refusals);
		}
		if (!List.of("higher", "lower").contains(indicator.better())) {
			refusals.add(new IndicatorRefused("better", "indicatorForm.error.better"));
		}
		if (indicator.sdgTarget() != null && !SDG.matcher(indicator.sdgTarget()).matches()) {
			refusals.add(new IndicatorRefused("sdg", "indicatorForm.error.sdg"));
		}
		Optional<Indicator> before = creating ? Optional.empty() : byCode(code);
		if (before.isPresent() && hasValues(code)
				&& (!before.get().unit().equals(unit) || !before.get().aggregation().equals(indicator.aggregation())
						|| !Set.copyOf(before.get().dimensions()).equals(Set.copyOf(indicator.dimensions())))) {
			refusals.add(new IndicatorRefused("unit", "indicatorForm.error.hasValues"));
		}
	}

	private void checkRatio(Indicator indicator, Refusals refusals) {
		Optional<Indicator> top = byCode(indicator.numeratorCode() == null ? "" : indicator.numeratorCode());
		Optional<Indicator> bottom = byCode(indicator.denominatorCode() == null ? "" : indicator.denominatorCode());
		if (!countPart(top, indicator)) {
			refusals.add(new IndicatorRefused("numerator", "indicatorForm.error.numerator"));
		}
		if (!countPart(bottom, indicator)) {
			refusals.add(new IndicatorRefused("denominator", "indicatorForm.error.numerator"));
		}
		if (top.isPresent() && !top.get().dimensions().containsAll(indicator.dimensions())) {
			refusals.add(new IndicatorRefused("dimension", "indicatorForm.error.ratioDimensions"));
		}
	}

	private static boolean countPart(Optional<Indicator> part, Indicator ratio) {
		return part.isPresent() && part.get().isCount() && !"ratio".equals(part.get().aggregation())
				&& !part.get().code().equals(ratio.code());
	}

	/** Defines an indicator and replaces its targets, in one transaction; audited. */
	@Transactional
	public void save(Indicator indicator, Map<Integer, BigDecimal> targets, String actor) {
		define(indicator, actor);
		for (Map.Entry<Integer, BigDecimal> old : targets(indicator.code()).entrySet()) {
			if (!targets.containsKey(old.getKey())) {
				removeTarget(indicator.code(), old.getKey(), actor);
			}
		}
		Map<Integer, BigDecimal> before = targets(indicator.code());
		targets.forEach((year, value) -> {
			if (before.get(year) == null || before.get(year).compareTo(value) != 0) {
				target(indicator.code(), year, value, actor);
			}
		});
	}

}
