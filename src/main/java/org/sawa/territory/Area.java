package org.sawa.territory;

import java.util.Locale;

/** Urban or rural: the kind of commune a person lives in. */
public enum Area {

	URBAN, RURAL;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Area fromCode(String code) {
		return valueOf(code.trim().toUpperCase(Locale.ROOT));
	}

}
