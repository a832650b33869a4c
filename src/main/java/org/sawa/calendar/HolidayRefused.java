package org.sawa.calendar;

import org.sawa.refusal.Refused;

/** A holiday the calendar does not accept: the field, the message key of the reason. */
public class HolidayRefused extends Refused {

	public HolidayRefused(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
