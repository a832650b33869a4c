package org.sawa.accessible;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Braille-ready files ({@code .brf}) from texts in Arabic or French, translated by
 * liblouis ({@code lou_translate}) with the Arabic grade 1 and the French uncontracted
 * 6-dot tables and written in North American Braille ASCII, the encoding embossers read.
 * Lines are wrapped at a space to 40 cells, pages hold 25 lines and end with a form feed,
 * and lines end with CR LF, as Braille-ready files are laid out.
 */
@Component
public class Braille {

	/**
	 * Cells on a line and lines on a page of the usual embosser paper (11 by 11.5 in).
	 */
	public static final int CELLS = 40;

	public static final int LINES = 25;

	private static final Map<String, String> TABLES = Map.of("ar", "ar-ar-g1.utb", "fr", "fr-bfu-comp6.utb");

	private final boolean installed = Programs.installed("lou_translate");

	/** Whether Braille files can be made here: liblouis is installed. */
	public boolean available() {
		return installed;
	}

	/** The languages a Braille file can be made in. */
	public static boolean supports(String language) {
		return TABLES.containsKey(language);
	}

	/**
	 * The Braille-ready file of a title and its paragraphs in a language, empty when
	 * liblouis is not installed or the language has no table here.
	 */
	public Optional<byte[]> file(String language, String title, String text) {
		if (!installed || !supports(language)) {
			return Optional.empty();
		}
		List<String> lines = new ArrayList<>();
		lines.addAll(wrap(translate(language, title)));
		lines.add("");
		for (String paragraph : text.split("\\R\\s*\\R|\\R")) {
			if (!paragraph.isBlank()) {
				lines.addAll(wrap(translate(language, paragraph.strip())));
			}
		}
		return Optional.of(paginate(lines).getBytes(StandardCharsets.US_ASCII));
	}

	private static String translate(String language, String text) {
		// one line in, one line out: line breaks inside a paragraph become spaces
		byte[] input = (text.replaceAll("\\s+", " ") + "\n").getBytes(StandardCharsets.UTF_8);
		byte[] output = Programs.run(List.of("lou_translate", "--forward", "en-us-brf.dis," + TABLES.get(language)),
				input, 30);
		String braille = new String(output, StandardCharsets.US_ASCII).strip();
		// Braille ASCII is the 64 printable characters from space to underscore
		return braille.chars()
			.map(c -> c >= 'a' && c <= 'z' ? c - 32 : c)
			.map(c -> c < 0x20 || c > 0x5f ? ' ' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

	/** Lines of at most 40 cells, cut at a space when there is one. */
	static List<String> wrap(String braille) {
		List<String> lines = new ArrayList<>();
		String rest = braille.strip();
		while (rest.length() > CELLS) {
			int cut = rest.lastIndexOf(' ', CELLS);
			if (cut <= 0) {
				cut = CELLS;
			}
			lines.add(rest.substring(0, cut).stripTrailing());
			rest = rest.substring(cut).stripLeading();
		}
		lines.add(rest);
		return lines;
	}

	static String paginate(List<String> lines) {
		StringBuilder file = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0 && i % LINES == 0) {
				file.append('\f');
			}
			file.append(lines.get(i)).append("\r\n");
		}
		return file.append('\f').toString();
	}

}
