package org.sawa.council.internal;

import java.util.Locale;
import org.sawa.council.Council;
import org.sawa.territory.Territory;
import org.springframework.context.MessageSource;

/** A council's name in the reader's language, from its territory's name. */
public final class CouncilNames {

	private CouncilNames() {
	}

	public static String of(Council council, Territory territory, MessageSource messages, Locale locale) {
		return messages.getMessage("council.name." + council.level(), new Object[] { territory.name(locale) }, locale);
	}

}
