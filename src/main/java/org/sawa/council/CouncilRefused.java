package org.sawa.council;

import org.sawa.refusal.Refused;

/**
 * An action on a council, its members, sessions or memos the rules do not allow: the
 * field it concerns ("" for the whole form), the message key of the reason and its
 * arguments. Thrown inside the action's transaction, so nothing is written.
 */
public class CouncilRefused extends Refused {

	public CouncilRefused(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
