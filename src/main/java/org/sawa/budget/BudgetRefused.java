package org.sawa.budget;

import org.sawa.refusal.Refused;

/** A budget action the rules do not allow, with the field it concerns. */
public class BudgetRefused extends Refused {

	public BudgetRefused(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
