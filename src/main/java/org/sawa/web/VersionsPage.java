package org.sawa.web;

import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * The page where staff or an author write a record's texts in another language than its
 * original, the original beside each field (templates/versions.html). Each module's
 * controller says what the record is, which texts it has and where the form goes; the
 * page is the same for a petition, a memo or a commitment.
 */
public final class VersionsPage {

	/** One text of the record: its form name, its label and its original. */
	public record Field(String key, String label, String original) {

		/** Rows of the text area: long originals get a tall one. */
		public int rows() {
			return original.length() > 200 ? 8 : 2;
		}

	}

	/**
	 * What the page shows about the record and where its form goes.
	 *
	 * @param reference the record's code or reference, for the title
	 * @param title the record's title in its original language, linking back to it
	 * @param back the record's page
	 * @param original the language the record was written in
	 * @param action where the form is sent (with {@code ?language=})
	 */
	public record Record(String reference, String title, String back, String original, String action) {
	}

	private VersionsPage() {
	}

	/**
	 * Fills the page's model: the texts already written in {@code language} unless a
	 * refused form is shown again.
	 */
	public static String fill(Model model, Record record, String language, List<Field> fields,
			Map<String, String> written) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", written);
			model.addAttribute("errors", Map.of());
		}
		model.addAttribute("record", record);
		model.addAttribute("lang", language);
		model.addAttribute("fields",
				fields.stream().filter(f -> f.original() != null && !f.original().isBlank()).toList());
		return "versions";
	}

}
