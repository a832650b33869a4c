package org.sawa.petition;

/**
 * An action on a petition the rules do not allow: the field it concerns ("" for the whole form)
 * and the message key of the reason. Thrown inside the action's transaction, so nothing is written.
 */
public class PetitionRefused extends RuntimeException {

	private final String field;
	private final String messageKey;

	public PetitionRefused(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}
