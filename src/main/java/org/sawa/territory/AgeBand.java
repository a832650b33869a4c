package org.sawa.territory;

import java.util.Arrays;
import java.util.Optional;

/**
 * The age bands Sawa counts in, for population denominators and for participants alike.
 * They separate minors, the youth bands that programmes target (15-34) and older people.
 */
public enum AgeBand {

	Y0_14("0-14", 0, 14), Y15_17("15-17", 15, 17), Y18_24("18-24", 18, 24), Y25_34("25-34", 25, 34),
	Y35_44("35-44", 35, 44), Y45_54("45-54", 45, 54), Y55_64("55-64", 55, 64), Y65_PLUS("65+", 65, 200);

	private final String code;

	private final int from;

	private final int to;

	AgeBand(String code, int from, int to) {
		this.code = code;
		this.from = from;
		this.to = to;
	}

	public String code() {
		return code;
	}

	/** The codes of the bands from 15 up: the ages at which people take part. */
	public static java.util.List<String> from15() {
		return Arrays.stream(values()).filter(b -> b != Y0_14).map(AgeBand::code).toList();
	}

	public static AgeBand ofAge(int age) {
		if (age < 0) {
			throw new IllegalArgumentException("age must not be negative: " + age);
		}
		return Arrays.stream(values()).filter(b -> age >= b.from && age <= b.to).findFirst().orElse(Y65_PLUS);
	}

	public static Optional<AgeBand> fromCode(String code) {
		return Arrays.stream(values()).filter(b -> b.code.equals(code.trim())).findFirst();
	}

}
