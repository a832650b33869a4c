package org.sawa.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A signed-in person's request reads the session from the database once (issue 23):
 * Spring Session's saves at the response's commit and at the request's end no longer read
 * back the session just saved. Between requests, and outside any request, the database is
 * read as before, so a session ended elsewhere is ended here.
 */
@SawaTest
class SessionReadOnceTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	/** Counts the reads that reach the database's repository. */
	private final AtomicInteger reads = new AtomicInteger();

	private final MethodInterceptor counting = call -> {
		if (call.getMethod().getName().equals("findById")) {
			reads.incrementAndGet();
		}
		return call.proceed();
	};

	/** Behind the remembering advice: sees only what it lets through. */
	private void countReads() {
		((Advised) sessions).addAdvice(counting);
		reads.set(0);
	}

	@AfterEach
	void stopCounting() {
		((Advised) sessions).removeAdvice(counting);
	}

	@Test
	void a_page_and_a_form_that_redirects_each_read_the_session_once() {
		String email = "session.once@example.ma";
		Browser browser = people.signedInResident(port, email);
		countReads();

		HttpResponse<String> page = browser.get("/me");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(reads.get()).as("reads for a page").isEqualTo(1);

		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).isTrue();
		reads.set(0);
		HttpResponse<String> ended = browser.post("/me/sessions/end", Map.of("_csrf", token.group(1)));
		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(reads.get()).as("reads for a form answered by a redirect").isEqualTo(1);

		// the next request reads the database again: a session ended elsewhere is ended
		jdbc.sql("DELETE FROM spring_session WHERE principal_name = :p").param("p", email).update();
		assertThat(browser.get("/me").statusCode()).as("sent to sign in").isEqualTo(302);
	}

	@Test
	void outside_a_request_a_saved_session_is_read_from_the_database() {
		@SuppressWarnings("unchecked")
		SessionRepository<Session> repository = (SessionRepository<Session>) (SessionRepository<?>) sessions;
		Session session = repository.createSession();
		session.setAttribute("checked", "yes");
		repository.save(session);
		jdbc.sql("DELETE FROM spring_session WHERE session_id = :id").param("id", session.getId()).update();
		assertThat(repository.findById(session.getId())).isNull();
	}

}
