package org.sawa.accessible;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A Braille-ready file an embosser prints as it comes (Braille ASCII only, 40 cells a
 * line, 25 lines a page), made by the real liblouis from Arabic and French; and a reading
 * made by the real espeak-ng. Both are installed by {@code .ci/run}.
 */
class BrailleAndSpeechTest {

	private final Braille braille = new Braille();

	private final Speech speech = new Speech();

	@Test
	void arabic_and_french_texts_become_brf_files_an_embosser_reads() {
		assertThat(braille.available()).as("liblouis-bin is installed (.ci/run installs it)").isTrue();
		String paragraph = "تعد الجهة برنامج تنميتها لست سنوات، بمشاركة الجمعيات والشباب والنساء في الأقاليم الخمسة. ";
		byte[] arabic = braille.file("ar", "برنامج التنمية الجهوية", paragraph.repeat(12)).orElseThrow();
		String file = new String(arabic, StandardCharsets.US_ASCII);
		assertThat(file.chars()).allMatch(c -> c == '\r' || c == '\n' || c == '\f' || (c >= 0x20 && c <= 0x5f));
		assertThat(file.split("\r\n|\f")).allMatch(line -> line.length() <= Braille.CELLS);
		assertThat(file).contains("\f").endsWith("\f");
		String firstPage = file.substring(0, file.indexOf('\f'));
		assertThat(firstPage.split("\r\n")).hasSize(Braille.LINES);
		// the first word, برنامج, in Arabic grade 1 Braille ASCII
		assertThat(file).startsWith("BRNAMJ ");

		String french = new String(braille.file("fr", "Région", "Béni Mellal").orElseThrow(),
				StandardCharsets.US_ASCII);
		assertThat(french).isEqualTo(".R=GION\r\n\r\n.B=NI .MELLAL\r\n\f");
		assertThat(braille.file("en", "Region", "Beni Mellal")).isEmpty();
	}

	@Test
	void a_summary_is_read_aloud_as_a_wav_file() {
		assertThat(speech.available()).as("espeak-ng is installed (.ci/run installs it)").isTrue();
		byte[] wav = speech.wav("ar", "الجهة تستشير الساكنة").orElseThrow();
		assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
		assertThat(new String(wav, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WAVE");
		assertThat(wav.length).as("about a second of speech or more").isGreaterThan(20_000);
	}

}
