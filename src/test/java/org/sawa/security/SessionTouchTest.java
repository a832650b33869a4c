package org.sawa.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A session's row is not rewritten by every request: its last access moves at most once a
 * minute, and then its expiry with it; signing in (a new session id) is written at once.
 */
@SawaTest
class SessionTouchTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	private long lastAccess(String email) {
		return jdbc.sql("SELECT last_access_time FROM spring_session WHERE principal_name = :p")
			.param("p", email)
			.query(Long.class)
			.single();
	}

	@Test
	void the_last_access_is_written_at_most_once_a_minute() {
		String email = "session.touch@example.ma";
		Browser browser = people.signedInResident(port, email);
		long signedIn = lastAccess(email);
		for (int i = 0; i < 3; i++) {
			assertThat(browser.get("/me").statusCode()).isEqualTo(200);
		}
		assertThat(lastAccess(email)).as("requests within the minute leave the row alone").isEqualTo(signedIn);

		// as if the last write were two minutes old: the next request writes it
		jdbc.sql("UPDATE spring_session SET last_access_time = last_access_time - 120000 WHERE principal_name = :p")
			.param("p", email)
			.update();
		assertThat(browser.get("/me").statusCode()).isEqualTo(200);
		assertThat(lastAccess(email)).isGreaterThanOrEqualTo(signedIn);
		long expiry = jdbc.sql("SELECT expiry_time - last_access_time FROM spring_session WHERE principal_name = :p")
			.param("p", email)
			.query(Long.class)
			.single();
		assertThat(expiry).as("the expiry moves with it: eight hours after").isEqualTo(8 * 3600 * 1000L);
	}

}
