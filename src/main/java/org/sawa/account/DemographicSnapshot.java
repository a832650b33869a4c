package org.sawa.account;

/**
 * A participant's self-declared profile at the moment they took part: sex, age band,
 * disability and area, each {@value #NOT_STATED} where the person chose not to say. It
 * holds no identity.
 */
public record DemographicSnapshot(String sex, String ageBand, String disability, String area) {

	public static final String NOT_STATED = "not_stated";

	/**
	 * The dimensions participation is read by, and their options in the order pages show
	 * them ({@value #NOT_STATED} last): the one list the lens, an event's turnout and a
	 * survey's results share.
	 */
	public static final java.util.Map<String, java.util.List<String>> OPTIONS = options();

	private static java.util.Map<String, java.util.List<String>> options() {
		java.util.Map<String, java.util.List<String>> o = new java.util.LinkedHashMap<>();
		o.put("sex", java.util.List.of("female", "male", NOT_STATED));
		java.util.List<String> bands = new java.util.ArrayList<>(org.sawa.territory.AgeBand.from15());
		bands.add(NOT_STATED);
		o.put("age_band", java.util.List.copyOf(bands));
		o.put("area", java.util.List.of("urban", "rural", NOT_STATED));
		o.put("disability", java.util.List.of("yes", "no", NOT_STATED));
		return java.util.Collections.unmodifiableMap(o);
	}

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
