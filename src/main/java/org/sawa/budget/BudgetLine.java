package org.sawa.budget;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One article of a budget: its place in the collectivity's classification (direction,
 * section, chapter, article, programme), its function and economic nature, its label in
 * each language written, the amounts voted, amended (null if not amended) and executed
 * (null until known), and for spending its gender marker and, where known, beneficiaries
 * by sex and age band.
 */
public record BudgetLine(long id, String direction, String section, String chapter, String article, String programme,
		String function, String nature, Map<String, String> labels, BigDecimal voted, BigDecimal amended,
		BigDecimal executed, Integer genderMarker, Beneficiaries beneficiaries) {

	/** People a line reaches, where the budget says: by sex and by age band. */
	public record Beneficiaries(Integer female, Integer male, Integer young, Integer youth, Integer adults) {

		public boolean known() {
			return female != null || male != null || young != null || youth != null || adults != null;
		}

	}

	/** The amount now in force: amended if it was, else voted. */
	public BigDecimal current() {
		return amended != null ? amended : voted;
	}

	public boolean spending() {
		return "expenditure".equals(direction);
	}

}
