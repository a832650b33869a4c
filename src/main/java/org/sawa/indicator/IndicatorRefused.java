package org.sawa.indicator;

import org.sawa.refusal.Refused;

/**
 * A definition the indicator database does not accept: the field it concerns, the message
 * key of the reason and its arguments.
 */
public class IndicatorRefused extends Refused {

	public IndicatorRefused(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
