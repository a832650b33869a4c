package org.sawa.web;

import java.time.LocalDate;
import org.sawa.imports.Cells;

/**
 * Values typed in forms, read leniently: what is not a date or a number comes back as
 * null, and the service then refuses it at its field with a translated reason.
 */
public final class FormValues {

	private FormValues() {
	}

	public static LocalDate date(String text) {
		return Cells.date(text);
	}

	public static Integer integer(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public static Long id(String text) {
		try {
			return text == null || text.isBlank() ? null : Long.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
