package org.sawa.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.sawa.imports.Cells;
import org.springframework.ui.Model;

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

	/**
	 * For a form page's GET handler: the values typed in a form that was just refused
	 * (the page is shown again by {@link FormPage}, with {@code form} and {@code errors}
	 * in the model), or empty for a first visit, after giving the page an empty
	 * {@code form} and {@code errors}. A page that shows stored values shows the typed
	 * ones instead when there are some:
	 * {@code typed(model).map(this::fromForm).orElseGet(service::all)}.
	 */
	@SuppressWarnings("unchecked")
	public static Optional<Map<String, String>> typed(Model model) {
		if (model.containsAttribute("form")) {
			return Optional.of((Map<String, String>) model.getAttribute("form"));
		}
		model.addAttribute("form", Map.of());
		model.addAttribute("errors", Map.of());
		return Optional.empty();
	}

}
