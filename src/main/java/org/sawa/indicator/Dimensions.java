package org.sawa.indicator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sawa.audit.AuditLog;
import org.sawa.refusal.Refusals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dimensions and their options. Built-in dimensions are fixed by the migration;
 * officers define others, whose values are stored in {@code data_value.other} as
 * {@code dimension=option} pairs sorted by dimension code.
 */
@Service
public class Dimensions {

	/** An officer dimension's code: lower-case letters, digits and underscores. */
	static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9_]{1,39}$");

	/** An option's code: lower-case letters, digits and "_+-"; never "not_stated". */
	static final Pattern OPTION = Pattern.compile("^[a-z0-9][a-z0-9_+-]{0,39}$");

	/**
	 * Names an import column or an API parameter already has: a dimension cannot take
	 * them.
	 */
	static final Set<String> RESERVED = Set.of("indicator", "territory", "territory_code", "period", "year", "value",
			"source", "comment", "by", "lang", "format", "other");

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Catalogue catalogue;

	Dimensions(JdbcClient jdbc, AuditLog audit, Catalogue catalogue) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.catalogue = catalogue;
	}

	/** Every dimension with its options, built-in ones first, from the copy in memory. */
	public List<Dimension> all() {
		return catalogue.get().dimensions();
	}

	public Optional<Dimension> byCode(String code) {
		return Optional.ofNullable(catalogue.get().dimensionsByCode().get(code));
	}

	/** How many stored values use an officer-defined dimension's option. */
	public long valuesUsing(String dimension, String option) {
		return jdbc.sql("SELECT count(*) FROM data_value WHERE (';' || other || ';') LIKE :pair")
			.param("pair", "%;" + IndicatorFigures.like(dimension + "=" + option) + ";%")
			.query(Long.class)
			.single();
	}

	/**
	 * An option row of the dimension form: its place on the form, its code and names,
	 * whether it shows a stored option and whether the officer removes it.
	 */
	public record OptionRow(int index, String code, Map<String, String> names, boolean existing, boolean remove) {
	}

	/**
	 * Saves an officer dimension from its form, in one transaction; audited. Refused,
	 * with every reason at its field or its row: a code that is not one (or names an
	 * import column or an API parameter), a new dimension's code already taken, an Arabic
	 * or French name missing, an option code that is not one or comes twice, fewer than
	 * two options besides "not stated", or an option removed that stored values use. An
	 * empty new row is skipped.
	 */
	@Transactional
	public void save(String code, Map<String, String> names, List<OptionRow> rows, boolean creating, String actor) {
		Refusals refusals = new Refusals();
		if (!CODE.matcher(code).matches() || RESERVED.contains(code)) {
			refusals.add(new IndicatorRefused("code", "dimensionForm.error.code"));
		}
		else if (creating && byCode(code).isPresent()) {
			refusals.add(new IndicatorRefused("code", "dimensionForm.error.taken"));
		}
		refusals.requireNames(names, "");
		Set<String> stored = new HashSet<>();
		if (!creating) {
			byCode(code).ifPresent(before -> before.options().forEach(o -> stored.add(o.code())));
		}
		stored.remove(Dimension.NOT_STATED);
		List<Dimension.Option> kept = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (OptionRow row : rows) {
			String prefix = "option." + row.index() + ".";
			String option = row.code().toLowerCase(Locale.ROOT);
			boolean isStored = row.existing() && stored.contains(option);
			if (isStored && row.remove()) {
				long using = valuesUsing(code, option);
				if (using > 0) {
					refusals.add(new IndicatorRefused(prefix + "remove", "dimensionForm.error.inUse", using));
					// it stays: the reason is at its row
					kept.add(new Dimension.Option(option, row.names()));
				}
				stored.remove(option);
				continue;
			}
			if (!isStored && option.isEmpty() && row.names().values().stream().allMatch(String::isBlank)) {
				continue;
			}
			if (!isStored && (!OPTION.matcher(option).matches() || Dimension.NOT_STATED.equals(option))) {
				refusals.add(new IndicatorRefused(prefix + "code", "dimensionForm.error.optionCode"));
			}
			else if (!seen.add(option)) {
				refusals.add(new IndicatorRefused(prefix + "code", "dimensionForm.error.optionTwice"));
			}
			refusals.requireNames(row.names(), prefix);
			kept.add(new Dimension.Option(option, row.names()));
		}
		if (kept.size() < 2) {
			refusals.add(new IndicatorRefused("options", "dimensionForm.error.options"));
		}
		// a stored option the form left out altogether is removed too: only if no value
		// uses it
		kept.forEach(o -> stored.remove(o.code()));
		stored.stream()
			.map(option -> valuesUsing(code, option))
			.filter(using -> using > 0)
			.findFirst()
			.ifPresent(using -> refusals.add(new IndicatorRefused("options", "dimensionForm.error.inUse", using)));
		refusals.throwIfAny();
		save(new Dimension(code, names, false, kept), actor);
	}

	/**
	 * Defines or redefines an officer dimension: its names and its options in the given
	 * order, followed by "not stated" (added with the built-in wording when missing).
	 * Options left out are removed (the form's save checks that no value uses them). One
	 * transaction, audited.
	 */
	@Transactional
	public void save(Dimension dimension, String actor) {
		if (dimension.builtin() || byCode(dimension.code()).map(Dimension::builtin).orElse(false)) {
			throw new IllegalArgumentException("built-in dimensions are fixed: " + dimension.code());
		}
		catalogue.changing();
		jdbc.sql("""
				INSERT INTO dimension (code, name_ar, name_fr, name_en, name_zgh, builtin)
				VALUES (:code, :ar, :fr, :en, :zgh, FALSE)
				ON CONFLICT (code) DO UPDATE SET name_ar = EXCLUDED.name_ar, name_fr = EXCLUDED.name_fr,
				  name_en = EXCLUDED.name_en, name_zgh = EXCLUDED.name_zgh""")
			.param("code", dimension.code())
			.param("ar", dimension.names().get("ar"))
			.param("fr", dimension.names().get("fr"))
			.param("en", dimension.names().get("en"))
			.param("zgh", dimension.names().get("zgh"))
			.update();
		List<String> kept = new ArrayList<>(dimension.options().stream().map(Dimension.Option::code).toList());
		kept.add(Dimension.NOT_STATED);
		jdbc.sql("DELETE FROM dimension_option WHERE dimension_code = :d AND code NOT IN (:kept)")
			.param("d", dimension.code())
			.param("kept", kept)
			.update();
		int position = 1;
		for (Dimension.Option option : dimension.options()) {
			jdbc.sql("""
					INSERT INTO dimension_option (dimension_code, code, position, name_ar, name_fr, name_en, name_zgh)
					VALUES (:d, :code, :position, :ar, :fr, :en, :zgh)
					ON CONFLICT (dimension_code, code) DO UPDATE SET position = EXCLUDED.position,
					  name_ar = EXCLUDED.name_ar, name_fr = EXCLUDED.name_fr, name_en = EXCLUDED.name_en,
					  name_zgh = EXCLUDED.name_zgh""")
				.param("d", dimension.code())
				.param("code", option.code())
				.param("position", position++)
				.param("ar", option.names().get("ar"))
				.param("fr", option.names().get("fr"))
				.param("en", option.names().get("en"))
				.param("zgh", option.names().get("zgh"))
				.update();
		}
		// "not stated" reads the same in every dimension: take the built-in wording
		jdbc.sql("""
				INSERT INTO dimension_option (dimension_code, code, position, name_ar, name_fr, name_en, name_zgh)
				SELECT :d, code, 999, name_ar, name_fr, name_en, name_zgh FROM dimension_option
				WHERE dimension_code = 'sex' AND code = :ns
				ON CONFLICT (dimension_code, code) DO NOTHING""")
			.param("d", dimension.code())
			.param("ns", Dimension.NOT_STATED)
			.update();
		audit.append(actor, "dimension.saved", "dimension:" + dimension.code(), String.join(",", kept));
	}

	/**
	 * The {@code other} column of a value: the officer-defined dimensions of a choice as
	 * {@code dimension=option} pairs sorted by dimension code; built-in dimensions left
	 * out.
	 */
	static String other(Map<String, String> choice) {
		StringBuilder other = new StringBuilder();
		choice.entrySet()
			.stream()
			.filter(e -> !Indicators.BUILTIN.contains(e.getKey()))
			.sorted(Map.Entry.comparingByKey())
			.forEach(e -> other.append(other.isEmpty() ? "" : ";").append(e.getKey()).append('=').append(e.getValue()));
		return other.toString();
	}

	/**
	 * Reads {@code dimension=option} pairs separated by semicolons: a stored
	 * {@link #other} or a grid cell's key.
	 */
	static Map<String, String> pairs(String other) {
		Map<String, String> choice = new LinkedHashMap<>();
		if (!other.isEmpty()) {
			for (String pair : other.split(";")) {
				String[] parts = pair.split("=", 2);
				choice.put(parts[0], parts.length > 1 ? parts[1] : "");
			}
		}
		return choice;
	}

}
