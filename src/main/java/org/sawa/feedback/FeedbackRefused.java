package org.sawa.feedback;

import org.sawa.refusal.Refused;

/** A feedback action the rules do not allow, with the field it concerns. */
public class FeedbackRefused extends Refused {

	public FeedbackRefused(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
