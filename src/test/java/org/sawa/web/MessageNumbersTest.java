package org.sawa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Numbers given to a message are written as Morocco writes them, like the figures the
 * pages format themselves: Western digits in Arabic too, never Arabic-Indic ones beside
 * them.
 */
@SawaTest
class MessageNumbersTest {

	@Autowired
	MessageSource messages;

	@Test
	void an_arabic_message_writes_its_numbers_in_western_digits() {
		String arabic = messages.getMessage("council.error.memoTitle", new Object[] { 3, 300 },
				Locale.forLanguageTag("ar"));
		assertThat(arabic).contains("300").doesNotContainPattern("[\\u0660-\\u0669]");
		String french = messages.getMessage("report.commitments.of", new Object[] { 2, 6 }, Locale.FRENCH);
		assertThat(french).isEqualTo("2 sur 6");
	}

}
