package org.sawa.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Locale;
import org.sawa.account.Accounts;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * For controller tests with {@code MockMvcTester}: a request made by a demo person,
 * signed in as the application signs them in (their {@code SawaUser} with its roles, read
 * by the application's own {@code UserDetailsService}), with a valid CSRF token and their
 * language. No HTTP, no sign-in form: the cheap level of the test pyramid, on the same
 * application and data as every other test.
 */
@Component("testSignedIn")
public class SignedIn {

	private final Accounts accounts;

	SignedIn(Accounts accounts) {
		this.accounts = accounts;
	}

	/** As this person, in French. */
	public RequestPostProcessor as(String email) {
		return as(email, Locale.FRENCH);
	}

	public RequestPostProcessor as(String email, Locale locale) {
		RequestPostProcessor person = user(accounts.loadUserByUsername(email));
		RequestPostProcessor token = csrf();
		return request -> {
			request.addPreferredLocale(locale);
			request.addHeader("Accept-Language", locale.toLanguageTag());
			return token.postProcessRequest(person.postProcessRequest(request));
		};
	}

}
