package org.sawa.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Values typed by people (in an imported file's cells or a form's fields), read
 * leniently: what is not an ISO date comes back as null, and the service then refuses it
 * at its line or field.
 */
public final class Cells {

	private Cells() {
	}

	public static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
