package org.sawa.petition;

import org.sawa.refusal.Refused;

/**
 * An action on a petition the rules do not allow: the field it concerns ("" for the whole
 * form), the message key of the reason and its arguments. Thrown inside the action's
 * transaction, so nothing is written.
 */
public class PetitionRefused extends Refused {

	public PetitionRefused(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
