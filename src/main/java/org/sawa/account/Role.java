package org.sawa.account;

import java.util.Locale;

/**
 * What a person may do, granted on a territory and valid for it and everything below it.
 */
public enum Role {

	CITIZEN, ASSOCIATION_REPRESENTATIVE, STAFF, MODERATOR, PROGRAMME_OFFICER, ADMIN;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Role fromCode(String code) {
		return valueOf(code.trim().toUpperCase(Locale.ROOT));
	}

}
