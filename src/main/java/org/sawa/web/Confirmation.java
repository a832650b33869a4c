package org.sawa.web;

import java.util.Map;
import org.sawa.refusal.Refused;

/**
 * An action to confirm (withdrawing a request or a signature, publishing a report
 * version) is taken only when the person ticked the box that says so; otherwise it is
 * refused at that box, nothing done. Works without JavaScript: no dialog, one form.
 */
public final class Confirmation {

	private Confirmation() {
	}

	/** Refuses at {@code field} unless the form carries it ticked. */
	public static void required(Map<String, String> form, String field) {
		if (!"true".equals(form.get(field))) {
			throw new Refused(field, "validation.tickToConfirm");
		}
	}

}
