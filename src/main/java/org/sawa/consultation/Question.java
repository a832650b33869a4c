package org.sawa.consultation;

import java.util.List;

/**
 * A question of a consultation's survey: one choice among options, several choices, a
 * scale from 1 to 5, or free text.
 */
public record Question(long id, int position, String kind, String prompt, List<String> options, boolean required) {

	public static final List<String> KINDS = List.of("single", "multiple", "scale", "text");

	public boolean choice() {
		return "single".equals(kind) || "multiple".equals(kind);
	}

}
