package org.sawa.budget;

import java.math.BigDecimal;
import java.util.Map;

/** A chapter of a budget with the totals it declares. */
public record BudgetChapter(String direction, String section, String code, Map<String, String> labels, BigDecimal voted,
		BigDecimal amended, BigDecimal executed) {
}
