package org.sawa.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What every field becomes before a module reads it. */
class TextsTest {

	@Test
	void controls_and_bidirectional_overrides_go_and_tabs_and_line_breaks_stay() {
		assertThat(Texts.clean("Fatima\u0000 Zahra")).isEqualTo("Fatima Zahra");
		assertThat(Texts.clean("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
		assertThat(Texts.clean("a\u2066b\u2069c")).isEqualTo("abc");
		assertThat(Texts.clean("ligne 1\r\nligne 2\tfin")).isEqualTo("ligne 1\r\nligne 2\tfin");
	}

	@Test
	void invisible_characters_around_a_text_go_so_an_invisible_name_is_empty() {
		assertThat(Texts.clean("\u200B\u200B")).isEmpty();
		assertThat(Texts.clean("\uFEFF Amina \u200B")).isEqualTo("Amina");
		assertThat(Texts.clean("\u00A0\u2003")).isEmpty();
		// a joiner inside a word stays (Persian, some Tamazight spellings)
		assertThat(Texts.clean("می\u200Cخواهم")).isEqualTo("می\u200Cخواهم");
	}

	@Test
	void a_letter_typed_two_ways_is_stored_one_way_and_an_emoji_counts_once() {
		assertThat(Texts.clean("e\u0301te\u0301")).isEqualTo("\u00e9t\u00e9");
		assertThat(Texts.length("👩🏽")).isEqualTo(2);
		assertThat(Texts.length("سوا")).isEqualTo(3);
		assertThat(Texts.length("😀😀")).isEqualTo(2);
	}

}
