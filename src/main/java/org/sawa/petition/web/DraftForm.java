package org.sawa.petition.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.CodePointLength;
import org.sawa.petition.Petitions;

/**
 * The drafting form of a petition, checked for shape (lengths, a language, the lawfulness
 * box) before the service checks the rules (who may petition, for which council). Texts
 * are trimmed.
 */
record DraftForm(@NotBlank(message = "{validation.option}") String territory,
		@CodePointLength(min = 10, max = 200, message = "{petition.new.error.title}") String title,
		@CodePointLength(min = 50, max = 20000, message = "{petition.new.error.body}") String body,
		@CodePointLength(min = 10, max = 2000, message = "{petition.new.error.requested}") String requested,
		@Pattern(regexp = "ar|fr|en|zgh", message = "{validation.option}") String language,
		@AssertTrue(message = "{petition.new.error.lawful}") Boolean lawful, String petitioner, String organisation) {

	DraftForm {
		territory = territory == null ? "" : territory.strip();
		title = title == null ? "" : title.strip();
		body = body == null ? "" : body.strip();
		requested = requested == null ? "" : requested.strip();
		language = language == null ? "" : language;
		// an unticked box sends nothing
		lawful = lawful != null && lawful;
		petitioner = petitioner == null || petitioner.isBlank() ? "citizens" : petitioner;
	}

	/**
	 * The draft for the service; an association that is not a number is one the service
	 * refuses.
	 */
	Petitions.Draft draft(long territoryId) {
		Long association = null;
		if ("association".equals(petitioner)) {
			try {
				association = Long.valueOf(organisation == null ? "" : organisation.strip());
			}
			catch (NumberFormatException ex) {
				association = -1L;
			}
		}
		return new Petitions.Draft(territoryId, title, body, requested, language, petitioner, association);
	}
}
