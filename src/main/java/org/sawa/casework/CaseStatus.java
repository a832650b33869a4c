package org.sawa.casework;

import java.util.Arrays;

/**
 * A status, or a kind of step, of a case, implemented by an enum whose codes are exactly
 * the values of the column's CHECK list ({@code CaseStatusesTest} compares them with the
 * database).
 */
public interface CaseStatus {

	/**
	 * The value stored in the database and used in message keys
	 * ({@code petition.status.<code>}).
	 */
	String code();

	/**
	 * Whether this is the status of that code; templates compare with it:
	 * {@code status().is('draft')}.
	 */
	default boolean is(String code) {
		return code().equals(code);
	}

	/** The constant of an enum with that code. */
	static <E extends Enum<E> & CaseStatus> E of(Class<E> type, String code) {
		return Arrays.stream(type.getEnumConstants())
			.filter(e -> e.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " has no code " + code));
	}

	/**
	 * The code an enum constant's name gives: DRAFT gives "draft", ANSWERED_PART gives
	 * "answered_part".
	 */
	static String codeOf(Enum<?> constant) {
		return constant.name().toLowerCase(java.util.Locale.ROOT);
	}

}
