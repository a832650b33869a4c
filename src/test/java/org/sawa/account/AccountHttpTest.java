package org.sawa.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sawa.support.Browser;
import org.sawa.support.MovableClock;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Account flows through real HTTP, with mail delivered to a real SMTP server (GreenMail).
 */
@SawaTest
class AccountHttpTest {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@org.springframework.beans.factory.annotation.Value("${sawa.security.rate-limit.login-per-15min}")
	int loginLimit;

	private static String link(MimeMessage message) throws Exception {
		Matcher m = Pattern.compile("http://localhost(/\\S+)").matcher((String) message.getContent());
		assertThat(m.find()).isTrue();
		return m.group(1);
	}

	@Test
	void sign_up_mails_a_link_that_confirms_the_account_then_sign_in_works() throws Exception {
		Browser browser = new Browser(port);
		HttpResponse<String> sent = browser.submit("/signup", "/signup", Map.of("displayName", "Khadija Amrani",
				"email", "Khadija.Amrani@Example.ma", "password", "une phrase assez longue"));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(
				browser.signIn("khadija.amrani@example.ma", "une phrase assez longue").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).contains("/login?error"));

		assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage message = mail.getReceivedMessagesForDomain("example.ma")[0];
		assertThat(message.getSubject()).isEqualTo("Sawa : confirmez votre adresse e-mail");
		HttpResponse<String> confirmed = browser.get(link(message));
		assertThat(confirmed.body()).contains("Votre adresse est confirmée");

		HttpResponse<String> signedIn = browser.signIn("khadija.amrani@example.ma", "une phrase assez longue");
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/me"));
		assertThat(browser.get("/me").body()).contains("Khadija Amrani");
		// the session lives in PostgreSQL, so any node can serve the next request
		assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = 'khadija.amrani@example.ma'")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT password_hash FROM person WHERE email = 'khadija.amrani@example.ma'")
			.query(String.class)
			.single()).startsWith("$argon2id$");
	}

	@Test
	void signing_up_with_a_registered_address_shows_the_same_page_and_tells_the_owner_by_mail() throws Exception {
		Browser browser = new Browser(port);
		HttpResponse<String> response = browser.submit("/signup", "/signup",
				Map.of("displayName", "Someone", "email", "citizen@sawa.demo", "password", "another long password"));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/signup/sent"));
		assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
		// told in the owner’s own language (the demo citizen chose Arabic)
		assertThat(mail.getReceivedMessages()[0].getSubject()).isEqualTo("سوا: محاولة تسجيل بعنوانك");
		assertThat(jdbc.sql("SELECT display_name FROM person WHERE email = 'citizen@sawa.demo'")
			.query(String.class)
			.single()).isEqualTo("Fatima Zahra Ouhammou");
	}

	@Test
	void invalid_sign_up_shows_translated_errors_next_to_each_field_and_saves_nothing() {
		Browser browser = new Browser(port).acceptLanguage("ar");
		HttpResponse<String> page = browser.submit("/signup", "/signup",
				Map.of("displayName", "", "email", "not-an-address", "password", "short"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("id=\"email-error\"", "aria-describedby=\"email-error\"", "aria-invalid=\"true\"")
			.contains("أدخل بريداً إلكترونياً مثل name@example.ma.")
			.contains("يجب أن تتكون كلمة المرور من 10 إلى 128 حرفاً.");
		assertThat(jdbc.sql("SELECT count(*) FROM person WHERE email = 'not-an-address'").query(Long.class).single())
			.isZero();
	}

	@Test
	void a_password_a_guesser_tries_first_is_refused_at_sign_up() {
		HttpResponse<String> refused = new Browser(port).acceptLanguage("fr")
			.submit("/signup", "/signup", Map.of("displayName", "Naima Idrissi", "email", "naima.idrissi@example.ma",
					"password", "aaaaaaaaaa"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"password-error\"", "trop facile à deviner");
		assertThat(accounts.idByEmail("naima.idrissi@example.ma")).isEmpty();
	}

	@Test
	void password_reset_answers_the_same_for_unknown_addresses_and_resets_known_ones() throws Exception {
		Browser browser = new Browser(port);
		HttpResponse<String> unknown = browser.submit("/password/forgot", "/password/forgot",
				Map.of("email", "nobody@example.ma"));
		assertThat(unknown.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/password/sent"));

		accounts.createConfirmed("forgetful@example.ma", "the old password", "Forgetful", "fr");
		HttpResponse<String> known = browser.submit("/password/forgot", "/password/forgot",
				Map.of("email", "forgetful@example.ma"));
		assertThat(known.headers().firstValue("Location")).isEqualTo(unknown.headers().firstValue("Location"));
		assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
		String resetLink = link(mail.getReceivedMessages()[0]);
		assertThat(mail.getReceivedMessages()).hasSize(1);

		HttpResponse<String> done = browser.submit(resetLink, "/password/reset", Map.of("token",
				resetLink.substring(resetLink.indexOf("token=") + 6), "password", "un nouveau mot de passe"));
		assertThat(done.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).contains("/login?reset"));
		assertThat(browser.signIn("forgetful@example.ma", "un nouveau mot de passe").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/me"));
		// the link is single-use
		assertThat(browser.get(resetLink).body()).contains("Ce lien n’est pas valide");
	}

	@Test
	void a_reset_link_expires_two_hours_after_it_was_mailed() throws Exception {
		Browser browser = new Browser(port);
		accounts.createConfirmed("late.reader@example.ma", "the old password", "Late Reader", "fr");
		browser.submit("/password/forgot", "/password/forgot", Map.of("email", "late.reader@example.ma"));
		assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
		String resetLink = link(mail.getReceivedMessages()[0]);
		try {
			MovableClock.INSTANCE.advance(java.time.Duration.ofMinutes(119));
			assertThat(browser.get(resetLink).body()).doesNotContain("Ce lien n’est pas valide");
			MovableClock.INSTANCE.advance(java.time.Duration.ofMinutes(2));
			assertThat(browser.get(resetLink).body()).contains("Ce lien n’est pas valide");
			HttpResponse<String> refused = browser.submit("/password/forgot", "/password/reset", Map.of("token",
					resetLink.substring(resetLink.indexOf("token=") + 6), "password", "un nouveau mot de passe"));
			assertThat(refused.headers().firstValue("Location").orElse("")).doesNotContain("/login?reset");
		}
		finally {
			MovableClock.INSTANCE.reset();
		}
		assertThat(browser.signIn("late.reader@example.ma", "the old password").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/me"));
	}

	@Test
	void too_many_login_attempts_for_one_account_are_refused_with_a_translated_message() {
		Browser browser = new Browser(port);
		accounts.createConfirmed("guessed@example.ma", "the right password", "Guessed", "fr");
		String location = "";
		for (int i = 0; i <= loginLimit; i++) {
			location = browser.signIn("guessed@example.ma", "wrong password " + i)
				.headers()
				.firstValue("Location")
				.orElse("");
		}
		assertThat(location).contains("/login?limited");
		assertThat(browser.get("/login?limited").body()).contains("Trop de tentatives");
	}

	@Test
	void a_person_exports_their_data_as_json_and_can_delete_their_account() {
		Browser browser = new Browser(port);
		long id = jdbc
			.sql("""
					INSERT INTO person (email, password_hash, display_name, preferred_language, email_confirmed_at)
					SELECT 'leaving@example.ma', password_hash, 'Leaving', 'fr', now() FROM person WHERE email = 'citizen@sawa.demo'
					RETURNING id""")
			.query(Long.class)
			.single();
		browser.signIn("leaving@example.ma", "sawa-demo-2026");
		HttpResponse<String> export = browser.get("/me/export");
		assertThat(export.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(v -> assertThat(v).contains("attachment"));
		assertThat(export.body()).contains("\"email\" : \"leaving@example.ma\"", "\"profile\"");

		HttpResponse<String> wrong = browser.submit("/me/delete", "/me/delete", Map.of("password", "not it"));
		assertThat(wrong.body()).contains("Mot de passe incorrect");
		HttpResponse<String> deleted = browser.submit("/me/delete", "/me/delete", Map.of("password", "sawa-demo-2026"));
		assertThat(deleted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("deleted"));
		assertThat(jdbc.sql("SELECT count(*) FROM person WHERE id = :id").param("id", id).query(Long.class).single())
			.isZero();
	}

	@Test
	void an_admin_grant_is_audited_and_a_non_admin_cannot_open_the_roles_page() throws Exception {
		Browser citizen = new Browser(port);
		citizen.signIn("citizen@sawa.demo", "sawa-demo-2026");
		HttpResponse<String> denied = citizen.get("/admin/roles");
		assertThat(denied.statusCode()).isEqualTo(403);
		assertThat(denied.body()).contains("Accès refusé").doesNotContain("Exception");

		Browser admin = new Browser(port);
		admin.signIn("admin@sawa.demo", "sawa-demo-2026");
		HttpResponse<String> granted = admin.submit("/admin/roles", "/admin/roles",
				Map.of("email", "citizen@sawa.demo", "role", "moderator", "territoryCode", "MA-AZI"));
		assertThat(granted.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/admin/roles"));
		assertThat(jdbc
			.sql("SELECT count(*) FROM audit_entry WHERE action = 'role.granted' AND details = 'moderator@MA-AZI'")
			.query(Long.class)
			.single()).isEqualTo(1);
		HttpResponse<String> bad = admin.submit("/admin/roles", "/admin/roles",
				Map.of("email", "citizen@sawa.demo", "role", "moderator", "territoryCode", "XX-NOWHERE"));
		assertThat(admin.follow(bad).body()).contains("Aucun territoire ne porte ce code.");
	}

}
