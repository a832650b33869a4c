package org.sawa.project;

import org.sawa.refusal.Refused;

/** A project action the rules do not allow, with the field it concerns. */
public class ProjectRefused extends Refused {

	public ProjectRefused(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
