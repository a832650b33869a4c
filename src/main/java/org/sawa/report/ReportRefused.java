package org.sawa.report;

import org.sawa.refusal.Refused;

/**
 * An action on an annual report the rules do not allow: the field it concerns ("" for the
 * whole form), the message key of the reason and its arguments. Thrown inside the
 * action's transaction, so nothing is written.
 */
public class ReportRefused extends Refused {

	public ReportRefused(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
