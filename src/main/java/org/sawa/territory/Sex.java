package org.sawa.territory;

import java.util.Locale;

/** Sex as self-declared (or, for census denominators, as counted). */
public enum Sex {

	FEMALE, MALE;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Sex fromCode(String code) {
		return valueOf(code.trim().toUpperCase(Locale.ROOT));
	}

}
