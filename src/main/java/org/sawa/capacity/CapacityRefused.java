package org.sawa.capacity;

import org.sawa.refusal.Refused;

/**
 * An action on a capacity programme the rules do not allow: the field it concerns ("" for
 * the whole form), the message key of the reason and its arguments. Thrown inside the
 * action's transaction, so nothing is written.
 */
public class CapacityRefused extends Refused {

	public CapacityRefused(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
