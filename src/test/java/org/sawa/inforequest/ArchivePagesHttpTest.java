package org.sawa.inforequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The archive of answers as a visitor reads it: twenty answers a page with the pages'
 * links keeping what was asked, narrowed to a place (a region or a province and every
 * body within it), and, past {@link InfoArchive#RANKED} matches, the most recently
 * published ranked and the page saying so.
 */
@SawaTest
class ArchivePagesHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	/**
	 * {@code count} answered requests to Fquih Ben Salah's body published in the archive,
	 * the first published first, each about {@code word} (as officers publish them; the
	 * filing and the answering are other tests' concern), with {@code strong} (1-based)
	 * naming the word in its answer too.
	 */
	private void published(String word, int count, int strong) {
		jdbc.sql("""
				INSERT INTO info_request (reference, body_id, channel, first_name, last_name, postal_address,
				  national_id_hmac, subject, description, language, format, status, received_on, answered_on,
				  answer_due_on, published_at, public_description, public_answer, created_at)
				SELECT 'DAI-TEST-' || :word || '-' || n, b.id, 'paper', 'Test', 'Requester', 'Douar', md5(:word || n),
				  'Puits ' || :word || ' numéro ' || n, 'Je demande les documents.', 'fr', 'electronic', 'answered',
				  DATE '2019-03-01', DATE '2019-03-10', DATE '2019-03-29',
				  TIMESTAMPTZ '2019-04-01 10:00Z' + n * INTERVAL '1 minute',
				  'Les documents sur le puits ' || :word || ' numéro ' || n || '.',
				  CASE WHEN n = :strong THEN repeat(:word || ' ', 20) ELSE 'Les documents sont joints.' END,
				  TIMESTAMPTZ '2019-03-01 09:00Z'
				FROM generate_series(1, :count) AS n, info_body b WHERE b.code = 'MA-FQH'""")
			.param("word", word)
			.param("count", count)
			.param("strong", strong)
			.update();
	}

	@AfterEach
	void removeThem() {
		jdbc.sql("DELETE FROM info_request WHERE reference LIKE 'DAI-TEST-%'").update();
	}

	private static int answers(String page) {
		Matcher each = Pattern.compile("href=\"/information/archive/DAI-").matcher(page);
		int count = 0;
		while (each.find()) {
			count++;
		}
		return count;
	}

	@Test
	void a_search_is_read_twenty_answers_a_page_best_first_and_narrowed_to_a_place() {
		published("zanzibarien", 25, 3);
		Browser visitor = new Browser(port).acceptLanguage("fr");

		String first = visitor.get("/information/archive?q=zanzibarien").body();
		assertThat(first).contains("Réponses trouvées : 25", "Page 1 sur 2")
			.contains("href=\"/information/archive?q=zanzibarien&amp;page=2\" rel=\"next\"")
			.doesNotContain("rel=\"prev\"", "Plus de 1");
		assertThat(answers(first)).isEqualTo(20);
		// the one whose answer is about the word first, then the newest
		assertThat(first.indexOf("numéro 3<")).isLessThan(first.indexOf("numéro 25<"));
		assertThat(first.indexOf("numéro 25<")).isLessThan(first.indexOf("numéro 24<"));

		String second = visitor.get("/information/archive?q=zanzibarien&page=2").body();
		assertThat(answers(second)).isEqualTo(5);
		assertThat(second).contains("Page 2 sur 2", "numéro 1<")
			.contains("href=\"/information/archive?q=zanzibarien&amp;page=1\" rel=\"prev\"")
			.doesNotContain("rel=\"next\"");
		assertThat(visitor.get("/information/archive?q=zanzibarien&page=99").body())
			.as("a page past the last shows the last")
			.contains("Page 2 sur 2", "numéro 1<");
		assertThat(visitor.get("/information/archive?q=zanzibarien&page=abc").body()).contains("Page 1 sur 2");

		// Fquih Ben Salah is a province of Béni Mellal-Khénifra, not of Laâyoune-Sakia
		// El Hamra
		assertThat(visitor.get("/information/archive?q=zanzibarien&place=MA-05").body())
			.contains("Réponses trouvées : 25", "<option value=\"MA-05\" selected=\"selected\"");
		assertThat(visitor.get("/information/archive?q=zanzibarien&place=MA-FQH&page=2").body())
			.contains("Page 2 sur 2")
			.contains("href=\"/information/archive?q=zanzibarien&amp;place=MA-FQH&amp;page=1\" rel=\"prev\"");
		assertThat(visitor.get("/information/archive?q=zanzibarien&place=MA-11").body()).contains("Aucun résultat.")
			.doesNotContain("numéro");
		// from the body's page: its answers only, and the way back to every body's
		assertThat(visitor.get("/information/archive?q=zanzibarien&body=MA-FQH").body()).contains(
				"Réponses trouvées : 25", "Seulement les réponses de", "href=\"/information/archive?q=zanzibarien\"",
				"name=\"body\" value=\"MA-FQH\"");
	}

	@Test
	void past_a_thousand_matches_the_most_recently_published_are_ranked_and_the_page_says_so() {
		// the oldest of 1,005 names the word most often: past the thousand most recent,
		// it is not ranked
		published("kilimandjaro", InfoArchive.RANKED + 5, 1);
		Browser visitor = new Browser(port).acceptLanguage("fr");
		String first = visitor.get("/information/archive?q=kilimandjaro").body();
		assertThat(first).contains("Plus de 1", "sont classées ici", "Page 1 sur 50");
		assertThat(first).doesNotContain("numéro 1<").contains("numéro 1005<");
		String arabic = new Browser(port).acceptLanguage("ar").get("/information/archive?q=kilimandjaro").body();
		assertThat(arabic).contains("تُرتَّب هنا");
		// fewer matches: every one is ranked, the strongest first
		jdbc.sql("DELETE FROM info_request WHERE reference LIKE 'DAI-TEST-kilimandjaro-%' AND "
				+ "substring(reference FROM '\\d+$')::int BETWEEN 100 AND 1005")
			.update();
		String fewer = visitor.get("/information/archive?q=kilimandjaro").body();
		assertThat(fewer).contains("Réponses trouvées : 99").doesNotContain("Plus de 1");
		assertThat(fewer.indexOf("numéro 1<")).as("the strongest first").isBetween(0, fewer.indexOf("numéro 99<"));
	}

}
