package org.sawa.project;

import java.time.LocalDate;

/**
 * The names IATI 2.03 and Sawa's extension give to what a project holds: codes from the
 * IATI codelists Sawa writes, and the namespace of what IATI has no element for
 * (milestones, the figures' day and source, the programme, linked commitments, the jobs
 * note), placed where the schema allows other namespaces, after the activity's own
 * elements.
 */
final class Iati {

	static final String VERSION = "2.03";

	/** Sawa's extension namespace. */
	static final String SAWA = "urn:sawa:iati:1";

	static final String XML = "http://www.w3.org/XML/1998/namespace";

	/** ActivityDateType: planned start, actual start, planned end, actual end. */
	static final int PLANNED_START = 1;

	static final int ACTUAL_START = 2;

	static final int PLANNED_END = 3;

	static final int ACTUAL_END = 4;

	/** The currency every amount is in: Sawa does not convert. */
	static final String CURRENCY = "MAD";

	/** GeographicVocabulary A4 (ISO 3166-1 alpha-2), the country a location is in. */
	static final String COUNTRY_VOCABULARY = "A4";

	/** SectorVocabulary 1 and PolicyMarkerVocabulary 1: OECD DAC CRS. */
	static final String DAC = "1";

	/** PolicyMarker 1: gender equality. */
	static final String GENDER_EQUALITY = "1";

	/** IndicatorVocabulary and TagVocabulary 99: the reporting organisation's own. */
	static final String OWN = "99";

	/**
	 * OtherIdentifierType A1: the reporting organisation's internal activity identifier.
	 */
	static final String INTERNAL_IDENTIFIER = "A1";

	/** DescriptionType: 1 general, 4 other (the jobs note). */
	static final String GENERAL = "1";

	static final String OTHER = "4";

	/** DocumentCategory A12: activity web page. */
	static final String WEB_PAGE = "A12";

	private Iati() {
	}

	static LocalDate yearStart(int year) {
		return LocalDate.of(year, 1, 1);
	}

	static LocalDate yearEnd(int year) {
		return LocalDate.of(year, 12, 31);
	}

}
