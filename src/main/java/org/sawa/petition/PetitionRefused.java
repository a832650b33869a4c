package org.sawa.petition;

import org.sawa.web.Refused;

/**
 * An action on a petition the rules do not allow: the field it concerns ("" for the whole form)
 * and the message key of the reason. Thrown inside the action's transaction, so nothing is written.
 */
public class PetitionRefused extends Refused {

	public PetitionRefused(String field, String messageKey) {
		super(field, messageKey);
	}
}
