package org.sawa.accessible;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A synthetic reading of a text (espeak-ng), as a WAV file: for a summary in Arabic
 * script (Darija or standard Arabic, read with espeak-ng's Arabic voice) or in French. It
 * is a machine's voice; a recording by a person, when uploaded, is better and replaces
 * it.
 */
@Component
public class Speech {

	private final boolean installed = Programs.installed("espeak-ng");

	/** Whether a reading can be made here: espeak-ng is installed. */
	public boolean available() {
		return installed;
	}

	/**
	 * The reading of the text in the language's voice ({@code ar} for Arabic script,
	 * {@code fr}), slightly slower than the default for listeners new to a synthetic
	 * voice; empty when espeak-ng is not installed.
	 */
	public Optional<byte[]> wav(String language, String text) {
		if (!installed) {
			return Optional.empty();
		}
		String voice = "fr".equals(language) ? "fr" : "ar";
		return Optional
			.of(Programs.run(List.of("espeak-ng", "-b", "1", "-v", voice, "-s", "140", "--stdin", "--stdout"),
					text.getBytes(java.nio.charset.StandardCharsets.UTF_8), 120));
	}

}
