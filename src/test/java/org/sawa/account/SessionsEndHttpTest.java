package org.sawa.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sawa.support.Browser;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person loses what they were granted at once, on every open session: a revoked role, a
 * reset password and a deleted account each end that person's sessions, and a person may
 * end their other sessions themselves (a lost phone).
 */
@SawaTest
class SessionsEndHttpTest {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	private Browser signedIn(String email, String password) {
		Browser browser = new Browser(port).acceptLanguage("fr");
		assertThat(browser.signIn(email, password).headers().firstValue("Location").orElse("")).endsWith("/me");
		return browser;
	}

	private static void assertSignedOut(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	void a_revoked_administrator_loses_the_administration_on_the_session_already_open() {
		String email = people.address("revoked.admin");
		long id = people.withRole(email, Role.ADMIN, "MA-05");
		Browser revoked = signedIn(email, People.PASSWORD);
		assertThat(revoked.get("/admin/roles").statusCode()).isEqualTo(200);

		Browser admin = signedIn("admin@sawa.demo", People.PASSWORD);
		long grant = jdbc.sql("SELECT id FROM role_grant WHERE person_id = :p AND revoked_at IS NULL")
			.param("p", id)
			.query(Long.class)
			.single();
		HttpResponse<String> done = admin.submit("/admin/roles", "/admin/roles/" + grant + "/revoke", Map.of());
		assertThat(done.headers().firstValue("Location").orElse("")).endsWith("/admin/roles");

		assertSignedOut(revoked.get("/admin/roles"));
		assertSignedOut(revoked.get("/admin/territories/import"));
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'role.revoked' AND subject = :s")
			.param("s", "person:" + id)
			.query(Long.class)
			.single()).isEqualTo(1);
		// signed in again, the person is a citizen
		assertThat(signedIn(email, People.PASSWORD).get("/admin/roles").statusCode()).isEqualTo(403);
	}

	@Test
	void a_password_reset_signs_the_person_out_everywhere() throws Exception {
		String email = people.address("reset.everywhere");
		people.person(email);
		Browser thief = signedIn(email, People.PASSWORD);
		assertThat(thief.get("/me").statusCode()).isEqualTo(200);

		Browser owner = new Browser(port).acceptLanguage("fr");
		owner.submit("/password/forgot", "/password/forgot", Map.of("email", email));
		assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
		Matcher link = Pattern.compile("token=(\\S+)").matcher((String) mail.getReceivedMessages()[0].getContent());
		assertThat(link.find()).isTrue();
		HttpResponse<String> reset = owner.submit("/password/reset?token=" + link.group(1), "/password/reset",
				Map.of("token", link.group(1), "password", "une toute nouvelle phrase"));
		assertThat(reset.headers().firstValue("Location").orElse("")).contains("/login?reset");

		assertSignedOut(thief.get("/me"));
		assertThat(signedIn(email, "une toute nouvelle phrase").get("/me").statusCode()).isEqualTo(200);
	}

	@Test
	void a_deleted_account_is_signed_out_of_its_other_sessions() {
		String email = people.address("deleted.everywhere");
		people.person(email);
		Browser phone = signedIn(email, People.PASSWORD);
		Browser laptop = signedIn(email, People.PASSWORD);
		HttpResponse<String> deleted = laptop.submit("/me/delete", "/me/delete", Map.of("password", People.PASSWORD));
		assertThat(deleted.headers().firstValue("Location").orElse("")).contains("/?deleted");

		assertSignedOut(phone.get("/me"));
		assertSignedOut(phone.get("/organisations/new"));
	}

	@Test
	void a_person_ends_their_other_sessions_and_keeps_this_one() {
		String email = people.address("lost.phone");
		people.person(email);
		Browser lost = signedIn(email, People.PASSWORD);
		Browser home = signedIn(email, People.PASSWORD);
		assertThat(home.get("/me").body()).contains("Vous êtes connecté·e dans 2 navigateur(s)");

		HttpResponse<String> ended = home.submit("/me", "/me/sessions/end", Map.of());
		assertThat(home.follow(ended).body()).contains("1 autre(s) connexion(s) fermée(s).",
				"Vous êtes connecté·e dans 1 navigateur(s)");
		assertSignedOut(lost.get("/me"));
		assertThat(home.get("/me").statusCode()).isEqualTo(200);
	}

}
