package org.sawa.follow;

import org.sawa.refusal.Refused;

/** A following action the rules do not allow, with the field it concerns. */
public class FollowRefused extends Refused {

	public FollowRefused(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
