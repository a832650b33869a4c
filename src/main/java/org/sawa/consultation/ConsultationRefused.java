package org.sawa.consultation;

import org.sawa.refusal.Refused;

/** A consultation action the rules do not allow, with the field it concerns. */
public class ConsultationRefused extends Refused {

	public ConsultationRefused(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
