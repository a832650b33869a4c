package org.sawa.account;

/**
 * A participant's self-declared profile at the moment they took part: sex, age band,
 * disability and area, each {@value #NOT_STATED} where the person chose not to say. It
 * holds no identity.
 */
public record DemographicSnapshot(String sex, String ageBand, String disability, String area) {

	public static final String NOT_STATED = "not_stated";

	public static DemographicSnapshot notStated() {
		return new DemographicSnapshot(NOT_STATED, NOT_STATED, NOT_STATED, NOT_STATED);
	}

	/**
	 * The age band of someone born in {@code birthYear} during {@code year};
	 * {@value #NOT_STATED} when unknown.
	 */
	public static String ageBand(Integer birthYear, int year) {
		return birthYear == null || year < birthYear ? NOT_STATED
				: org.sawa.territory.AgeBand.ofAge(year - birthYear).code();
	}
}
