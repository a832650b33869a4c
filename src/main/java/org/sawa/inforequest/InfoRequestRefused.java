package org.sawa.inforequest;

import org.sawa.refusal.Refused;

/**
 * An action on an information request or an information body the rules do not allow: the
 * field it concerns ("" for the whole form), the message key of the reason and its
 * arguments. Thrown inside the action's transaction, so nothing is written.
 */
public class InfoRequestRefused extends Refused {

	public InfoRequestRefused(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
