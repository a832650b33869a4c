package org.sawa.refusal;

/**
 * A user action the rules do not allow: the form field it concerns ("" for the whole
 * form), the message key of the reason and the message's arguments. Thrown inside the
 * action's transaction, so nothing is written; the page shows the reason at its field.
 */
public class Refused extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	public Refused(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String field() {
		return field;
	}

	/**
	 * The field, or "form" for a reason about the whole form: the key of the page's error
	 * map.
	 */
	public String errorKey() {
		return field.isEmpty() ? "form" : field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
