package org.sawa.casework;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A status, or a kind of step, of a case, implemented by an enum whose codes are exactly
 * the values of the column's CHECK list ({@code CaseStepsTest} compares them with the
 * database): the constant's name in lower case, DRAFT for "draft".
 */
public interface CaseStatus {

	/**
	 * The value stored in the database and used in message keys
	 * ({@code petition.status.<code>}): the enum constant's name in lower case, DRAFT
	 * gives "draft", ANSWERED_PART gives "answered_part".
	 */
	default String code() {
		return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether this is the status of that code; templates compare with it:
	 * {@code status().is('draft')}.
	 */
	default boolean is(String code) {
		return code().equals(code);
	}

	/** The constant of an enum with that code (a stored value: it must be one). */
	static <E extends Enum<E> & CaseStatus> E of(Class<E> type, String code) {
		return find(type, code)
			.orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " has no code " + code));
	}

	/**
	 * The constant of an enum with that code, or empty (a form's unknown or missing
	 * value).
	 */
	static <E extends Enum<E> & CaseStatus> Optional<E> find(Class<E> type, String code) {
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
	}

}
