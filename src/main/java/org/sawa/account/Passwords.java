package org.sawa.account;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a new password is too easy to guess (NIST SP 800-63B: refuse passwords from
 * lists of common and breached ones, repetitions, sequences, and the person's own name or
 * address). Measured with zxcvbn, whose frequency lists come from real breaches; below
 * "somewhat guessable" (fewer than about 10^8 guesses) it is refused. Length alone is not
 * the rule: a long phrase of ordinary words passes, {@code aaaaaaaaaa} does not.
 */
public final class Passwords {

	/** zxcvbn's score from 0 (too guessable) to 4; a new password needs at least 2. */
	static final int MIN_SCORE = 2;

	private static final Zxcvbn ZXCVBN = new Zxcvbn();

	private Passwords() {
	}

	/**
	 * Whether the password is too easy to guess, for a person with this address and name.
	 */
	public static boolean tooGuessable(String password, String email, String displayName) {
		if (password == null || password.isEmpty()) {
			return true;
		}
		List<String> own = new ArrayList<>();
		if (email != null && !email.isBlank()) {
			own.add(email);
			own.add(email.split("@", 2)[0]);
		}
		if (displayName != null && !displayName.isBlank()) {
			own.addAll(List.of(displayName.split("\\s+")));
		}
		return ZXCVBN.measure(password, own).getScore() < MIN_SCORE;
	}

}
