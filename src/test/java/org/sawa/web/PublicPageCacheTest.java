package org.sawa.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.MovableClock;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * The copy of public pages kept on the node (ADR 0042), as visitors meet it: an anonymous
 * visitor may be given a page rendered up to its life ago; a signed-in person, and anyone
 * who has just sent a form, never is; every visitor's page carries their own form token,
 * with which their forms are accepted; languages, errors and fragments are never mixed
 * up. The suite runs with the copy off; this class turns it on and off again.
 */
@SawaTest
class PublicPageCacheTest {

	private static final Pattern TOKEN = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	PublicPageCache cache;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	private String reference;

	private long petition;

	private String title;

	@BeforeEach
	void keepPagesAMinute() {
		// a minute, so that a slow machine does not see the copy age between two steps;
		// the clock is moved past it
		cache.keepFor(Duration.ofMinutes(1));
		var row = jdbc.sql(
				"SELECT id, reference, title FROM petition WHERE status = 'collecting' AND language = 'fr' ORDER BY id LIMIT 1")
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3) })
			.single();
		petition = (Long) row[0];
		reference = (String) row[1];
		title = (String) row[2];
	}

	@AfterEach
	void noCopyAgain() {
		retitle(title);
		cache.keepFor(Duration.ZERO);
		MovableClock.INSTANCE.reset();
	}

	/**
	 * The petition's title as French readers read it: its original, written in French,
	 * and a French version if one was kept; the other languages' versions are left as
	 * they are (other tests read them).
	 */
	private void retitle(String text) {
		jdbc.sql("UPDATE petition SET title = :text WHERE id = :id").param("text", text).param("id", petition).update();
		jdbc.sql("""
				UPDATE petition_text SET text = :text
				WHERE subject = 'petition' AND subject_id = :id AND field = 'title' AND language = 'fr'""")
			.param("text", text)
			.param("id", petition)
			.update();
	}

	private Browser visitor() {
		return new Browser(port).acceptLanguage("fr");
	}

	private String page(Browser browser) {
		HttpResponse<String> response = browser.get("/petitions/" + reference);
		assertThat(response.statusCode()).isEqualTo(200);
		return HtmlUtils.htmlUnescape(response.body());
	}

	@Test
	void an_anonymous_visitor_may_be_given_a_page_up_to_its_life_old_a_signed_in_person_never() {
		String first = page(visitor());
		assertThat(first).contains(title);
		String changed = "Un titre changé pendant la vie de la copie";
		retitle(changed);

		assertThat(page(visitor())).as("another visitor, within the copy's life")
			.contains(title)
			.doesNotContain(changed);
		Browser citizen = visitor();
		citizen.signIn("citizen@sawa.demo", "sawa-demo-2026");
		assertThat(page(citizen)).as("signed in: rendered now").contains(changed);

		MovableClock.INSTANCE.advance(Duration.ofSeconds(61));
		assertThat(page(visitor())).as("past its life: rendered again for the first visitor").contains(changed);
		assertThat(page(visitor())).as("and kept again").contains(changed);
	}

	@Test
	void each_visitor_reads_their_own_form_token_and_their_forms_are_accepted() {
		Browser first = visitor();
		String firstToken = token(page(first));
		Browser second = visitor();
		String secondPage = page(second);
		String secondToken = token(secondPage);
		assertThat(secondToken).isNotEqualTo(firstToken);
		assertThat(cache.size()).as("the page was kept").isPositive();

		// the second visitor's form, sent with the token of the page they were given: a
		// sign-in refused for its password, not for its token (403)
		HttpResponse<String> signIn = second.post("/login",
				Map.of("username", "citizen@sawa.demo", "password", "not the password", "_csrf", secondToken));
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElse("")).contains("/login?error");
		// the first visitor's token is theirs alone
		HttpResponse<String> borrowed = visitor().post("/login",
				Map.of("username", "citizen@sawa.demo", "password", "not the password", "_csrf", firstToken));
		assertThat(borrowed.statusCode()).isEqualTo(403);
	}

	@Test
	void a_visitor_who_has_just_sent_a_form_reads_the_page_rendered_now() {
		Browser visitor = visitor();
		page(visitor);
		retitle("Un autre titre, changé après le formulaire envoyé");
		HttpResponse<String> sent = visitor.submit("/login", "/login",
				Map.of("username", "citizen@sawa.demo", "password", "not the password"));
		assertThat(sent.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("sawa-wrote="));
		assertThat(page(visitor)).contains("Un autre titre, changé après le formulaire envoyé");
		assertThat(page(visitor())).as("other visitors: still the copy").contains(title);
	}

	@Test
	void languages_errors_and_fragments_are_kept_apart() {
		Browser french = visitor();
		Browser arabic = new Browser(port).acceptLanguage("ar");
		assertThat(page(french)).contains("lang=\"fr\"");
		assertThat(page(arabic)).contains("lang=\"ar\"").contains("dir=\"rtl\"");
		assertThat(page(french)).contains("lang=\"fr\"");
		assertThat(french.get("/petitions/" + reference + "?lang=en").body()).as("a choice of language")
			.contains("lang=\"en\"");
		assertThat(page(french)).as("the choice kept by its cookie").contains("lang=\"en\"");

		int kept = cache.size();
		assertThat(visitor().get("/petitions/PET-0000-404").statusCode()).isEqualTo(404);
		assertThat(visitor().get("/petitions/PET-0000-404").statusCode()).isEqualTo(404);
		assertThat(cache.size()).as("a page not found is not kept").isEqualTo(kept);
	}

	@Test
	void a_page_asked_for_by_many_visitors_at_once_is_rendered_once() throws Exception {
		Counter rendered = meters.counter("sawa.page.cache", "result", "rendered");
		double before = rendered.count();
		int visitors = 16;
		ExecutorService pool = Executors.newFixedThreadPool(visitors);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < visitors; i++) {
				answers.add(pool.submit(() -> {
					go.await();
					return visitor().get("/territories/MA-05");
				}));
			}
			go.countDown();
			List<String> tokens = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				HttpResponse<String> page = answer.get(60, TimeUnit.SECONDS);
				assertThat(page.statusCode()).isEqualTo(200);
				assertThat(page.body()).contains("lang=\"fr\"");
				tokens.add(token(page.body()));
			}
			assertThat(rendered.count() - before).as("renders of the page for %d visitors at once", visitors)
				.isEqualTo(1);
			assertThat(tokens).as("each visitor's own token").doesNotHaveDuplicates();
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void a_page_is_cut_where_the_token_stands() {
		byte[] token = "abc".getBytes(StandardCharsets.US_ASCII);
		assertThat(parts("<p>abc</p><i>abc</i>", token)).containsExactly("<p>", "</p><i>", "</i>");
		assertThat(parts("no token here", token)).containsExactly("no token here");
		assertThat(parts("abcabc", token)).containsExactly("", "", "");
	}

	private static List<String> parts(String body, byte[] token) {
		return PublicPageCache.split(body.getBytes(StandardCharsets.UTF_8), token)
			.stream()
			.map(part -> new String(part, StandardCharsets.UTF_8))
			.toList();
	}

	private static String token(String page) {
		Matcher matcher = TOKEN.matcher(page);
		assertThat(matcher.find()).as("the page's form token").isTrue();
		return matcher.group(1);
	}

}
