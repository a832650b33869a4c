package org.sawa.consultation;

import java.time.LocalDate;
import java.util.List;

/**
 * A workshop, forum, discussion group or batch of paper forms of a consultation, with who
 * was there as staff counted them: women and men, of whom young people and people with a
 * disability, and associations.
 */
public record Gathering(long id, long processId, String kind, String name, LocalDate heldOn, Long communeId, int women,
		int men, int young, int disability, int associations) {

	public static final List<String> KINDS = List.of("workshop", "forum", "group", "paper");

	public int people() {
		return women + men;
	}

}
