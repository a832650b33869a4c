package org.sawa.territory;

/** The levels of Morocco's territorial organisation that Sawa models. */
public enum Level {

	COUNTRY, REGION, PROVINCE, COMMUNE;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static Level fromCode(String code) {
		return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
	}

}
