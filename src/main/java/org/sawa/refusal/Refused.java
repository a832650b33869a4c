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

	private boolean denial;

	public Refused(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/**
	 * Marks this refusal as a denial: the person may not act here at all (a case of
	 * another territory, another person's request), so the answer is 403 Forbidden, which
	 * monitoring counts, not the form again.
	 */
	public Refused asDenial() {
		this.denial = true;
		return this;
	}

	public boolean denial() {
		return denial;
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
