package org.sawa.indicator;

import java.util.Map;

/** Names for the indicators and dimensions the tests define. */
final class Names {

	private Names() {
	}

	/** The same text in each of Sawa's four languages. */
	static Map<String, String> names(String text) {
		return Map.of("ar", text, "fr", text, "en", text, "zgh", text);
	}

}
