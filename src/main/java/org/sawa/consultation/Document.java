package org.sawa.consultation;

import java.util.List;

/**
 * A document of a consultation (a diagnosis, a draft plan), numbered within it, in the
 * language staff wrote it in.
 */
public record Document(long id, long processId, int number, String title, String body, String language) {

	/**
	 * The accessible forms a document may carry, in the order the page shows them;
	 * Braille is made from its Arabic and French texts.
	 */
	public static final List<String> FORMS = List.of("darija", "easy_read", "sign_language", "audio", "braille");

	/** An accessible form staff wrote or uploaded (all but Braille). */
	public record Alternative(String kind, String text, String language, Long fileId, String fileType, String link,
			boolean generated) {

		/** The language attribute of its text: Darija is {@code ary}, Moroccan Arabic. */
		public String dir() {
			return "ary".equals(language) || "ar".equals(language) ? "rtl" : "ltr";
		}

	}

}
