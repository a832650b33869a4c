package org.sawa.commitment;

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
 * A commitment reads in the reader's language where staff wrote it; where they did not,
 * the original is shown with its own language and direction, and the page says so.
 */
@SawaTest
class PlanTextsHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Test
	void malaa0003_reads_in_arabic_and_french_and_tamazight_readers_are_told_it_is_in_english() {
		String ar = new Browser(port).acceptLanguage("ar").get("/commitments/MALAA0003").body();
		assertThat(ar).contains("<span lang=\"ar\" dir=\"rtl\">إحداث نادٍ للإدماج الاجتماعي لفائدة الفئات الهشة</span>",
				"<dd lang=\"ar\" dir=\"rtl\">خطة العمل – جهة العيون الساقية الحمراء، المغرب، 2025 – 2027</dd>",
				"ورشات تكوينية");
		assertThat(ar).doesNotContain("role=\"note\"", "Establishment of a social inclusion club");
		String fr = new Browser(port).acceptLanguage("fr").get("/commitments/MALAA0003").body();
		assertThat(fr)
			.contains("Création d’un club d’inclusion sociale pour les catégories vulnérables", "Ateliers de formation")
			.doesNotContain("role=\"note\"");
		// the timeline: a row per milestone with its sign and status in words, today's
		// line
		assertThat(fr).contains("Jalon 1 : En cours", "class=\"today\"", "Trait rouge : aujourd’hui");
		String zgh = new Browser(port).acceptLanguage("zgh").get("/commitments/MALAA0003").body();
		assertThat(zgh).contains(
				"<span lang=\"en\" dir=\"ltr\">Establishment of a social inclusion club for vulnerable social class</span>",
				"role=\"note\"");
		String tracker = new Browser(port).acceptLanguage("ar").get("/commitments").body();
		assertThat(tracker).contains("المنتديات المواطنة والديمقراطية التشاركية على مستوى الجماعات والأقاليم",
				"خطة عمل الحكومة المنفتحة لجهة بني ملال خنيفرة");
	}

	@Test
	void staff_write_a_commitment_in_another_language_field_by_field_all_or_nothing() {
		String english = new Browser(port).acceptLanguage("en").get("/commitments/BMK-03").body();
		assertThat(english).contains("<span lang=\"fr\" dir=\"ltr\">Plateforme de transparence", "role=\"note\"",
				"Part of this page is not yet written in English");
		Browser staff = new Browser(port).acceptLanguage("en");
		staff.signIn("staff@sawa.demo", People.PASSWORD);
		String form = "/commitments/BMK-03/texts?language=en";
		assertThat(staff.get(form).body()).contains("Original (Français):", "Plateforme de transparence des projets");
		HttpResponse<String> refused = staff.submit(form, form,
				Map.of("title", "Infitah, transparency of regional jobs and investment projects", "m1", "ab"));
		assertThat(refused.body()).contains("id=\"m1-error\"", "Write from 3 to 2,000 characters, or leave it empty.");
		assertThat(versions()).as("nothing written").isZero();
		staff.submit(form, form, Map.of("title", "Infitah, transparency of regional jobs and investment projects", "m1",
				"Launch the Infitah platform"));
		assertThat(versions()).isEqualTo(2);
		String after = new Browser(port).acceptLanguage("en").get("/commitments/BMK-03").body();
		assertThat(after).contains(
				"<span lang=\"en\" dir=\"ltr\">Infitah, transparency of regional jobs and investment projects</span>",
				"Launch the Infitah platform", "role=\"note\"");
		assertThat(staff.get("/commitments/BMK-03/texts?language=fr").statusCode()).as("the plan's own language")
			.isEqualTo(404);
		Browser citizen = new Browser(port);
		people.person("texts.citizen@example.ma");
		citizen.signIn("texts.citizen@example.ma", People.PASSWORD);
		assertThat(citizen.get(form).statusCode()).isEqualTo(403);
	}

	private long versions() {
		return jdbc
			.sql("""
					SELECT count(*) FROM commitment_text t JOIN commitment c ON t.subject = 'commitment' AND t.subject_id = c.id
					WHERE c.code = 'BMK-03' AND t.language = 'en'""")
			.query(Long.class)
			.single() + jdbc.sql("""
					SELECT count(*) FROM commitment_text t JOIN commitment_milestone m ON t.subject = 'milestone'
					  AND t.subject_id = m.id JOIN commitment c ON c.id = m.commitment_id
					WHERE c.code = 'BMK-03' AND t.language = 'en'""").query(Long.class).single();
	}

}
