package org.sawa.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A programme's activities and stories, written in its working language, read in the
 * reader's where its officers wrote them in it; others are told.
 */
@SawaTest
class ProgrammeTextsHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Test
	void amssawass_reads_in_arabic_and_french_and_english_readers_are_told() {
		String arabic = new Browser(port).acceptLanguage("ar").get("/capacity/AMSSAWASS").body();
		assertThat(arabic)
			.contains(">القيادة والتنمية الذاتية والتحدث أمام الجمهور</th>",
					"<h3 lang=\"ar\" dir=\"rtl\">جواهر: النساء القرويات في صلب التزامات الجماعة</h3>")
			.doesNotContain("role=\"note\"", "Leadership, développement personnel");
		String english = new Browser(port).acceptLanguage("en").get("/capacity/ISED-BMK").body();
		assertThat(english).contains("<h3 lang=\"fr\" dir=\"ltr\">Khadija, actrice associative à Azilal</h3>",
				"role=\"note\"", "Part of this page is not yet written in English");
	}

	@Test
	void the_programmes_officer_writes_topics_in_another_language_all_or_nothing() {
		long activity = jdbc.sql("""
				SELECT a.id FROM capacity_activity a JOIN capacity_programme p ON p.id = a.programme_id
				WHERE p.code = 'ISED-BMK' AND a.topic = 'Entrepreneuriat des jeunes'""").query(Long.class).single();
		Browser officer = new Browser(port).acceptLanguage("en");
		officer.signIn("officer@sawa.demo", People.PASSWORD);
		String form = "/capacity/ISED-BMK/texts?language=zgh";
		assertThat(officer.get(form).body()).contains("Original (Français):", "Entrepreneuriat des jeunes",
				"Topic of the activity of");
		HttpResponse<String> refused = officer.submit(form, form,
				Map.of("a" + activity, "ⵜⴰⵏⴱⴹⴰⵏⵜ ⵏ ⵉⵍⵎⵥⵢⴰⵏ", "a" + (activity - 1), "x".repeat(301)));
		assertThat(refused.body()).contains("id=\"a" + (activity - 1) + "-error\"");
		assertThat(versions(activity)).isZero();
		officer.submit(form, form, Map.of("a" + activity, "ⵜⴰⵏⴱⴹⴰⵏⵜ ⵏ ⵉⵍⵎⵥⵢⴰⵏ"));
		assertThat(versions(activity)).isOne();
		assertThat(new Browser(port).acceptLanguage("zgh").get("/capacity/ISED-BMK").body())
			.contains("<th scope=\"row\" lang=\"zgh\" dir=\"ltr\">ⵜⴰⵏⴱⴹⴰⵏⵜ ⵏ ⵉⵍⵎⵥⵢⴰⵏ</th>");
		assertThat(officer.get("/capacity/ISED-BMK/texts?language=fr").statusCode()).as("its working language")
			.isEqualTo(404);
		Browser citizen = new Browser(port);
		people.person("programme.reader@example.ma");
		citizen.signIn("programme.reader@example.ma", People.PASSWORD);
		assertThat(citizen.get(form).statusCode()).isEqualTo(403);
	}

	private long versions(long activity) {
		return jdbc.sql(
				"SELECT count(*) FROM capacity_text WHERE subject = 'activity' AND subject_id = :a AND language = 'zgh'")
			.param("a", activity)
			.query(Long.class)
			.single();
	}

}
