package org.sawa.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * New passwords that a guesser tries first are refused (NIST SP 800-63B), whatever their
 * length; a phrase of ordinary words is not.
 */
class PasswordsTest {

	@Test
	void common_repeated_sequential_and_personal_passwords_are_refused() {
		for (String guessable : new String[] { "aaaaaaaaaa", "password123", "azertyuiop", "1234567890", "qwerty12345",
				"motdepasse", "iloveyou123" }) {
			assertThat(Passwords.tooGuessable(guessable, "someone@example.ma", "Someone")).as(guessable).isTrue();
		}
		assertThat(Passwords.tooGuessable("khadijaamrani", "khadija.amrani@example.ma", "Khadija Amrani")).isTrue();
	}

	@Test
	void a_phrase_of_several_words_passes_in_any_script() {
		for (String phrase : new String[] { "une phrase assez longue", "un nouveau mot de passe",
				"الجمعية تطالب بالإنارة العمومية", "ⴰⵡⴰⵍ ⵏ ⵜⵎⴰⵣⵉⵖⵜ ⵉⴼⵓⵍⴽⵉ", "the old password is gone" }) {
			assertThat(Passwords.tooGuessable(phrase, "someone@example.ma", "Someone")).as(phrase).isFalse();
		}
	}

}
