package org.sawa.indicator;

import java.util.List;
import java.util.Map;

/**
 * An indicator: what is measured, in which unit, broken down by which dimensions, how it
 * aggregates (a sum, or the ratio of two count indicators computed from their aggregated
 * numerator and denominator, never by averaging percentages) and which direction is
 * better.
 */
public record Indicator(String code, Map<String, String> names, Map<String, String> definitions, String unit,
		String aggregation, String numeratorCode, String denominatorCode, String better, String sdgTarget,
		String source, String owner, List<String> dimensions) {

	@com.fasterxml.jackson.annotation.JsonIgnore
	public boolean isCount() {
		return "count".equals(unit);
	}

	/** A percent or a ratio: figures of groups compare as rates, never add up. */
	@com.fasterxml.jackson.annotation.JsonIgnore
	public boolean isRate() {
		return "percent".equals(unit) || "ratio".equals(unit);
	}
}
