package org.sawa.commitment;

import org.sawa.refusal.Refused;

/**
 * An action on an action plan, a commitment or a milestone the rules do not allow: the
 * field it concerns ("" for the whole form), the message key of the reason and its
 * arguments. Thrown inside the action's transaction, so nothing is written.
 */
public class CommitmentRefused extends Refused {

	public CommitmentRefused(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
