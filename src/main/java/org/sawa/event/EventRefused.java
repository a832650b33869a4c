package org.sawa.event;

import org.sawa.refusal.Refused;

/** An event action the rules do not allow, with the field it concerns. */
public class EventRefused extends Refused {

	public EventRefused(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
