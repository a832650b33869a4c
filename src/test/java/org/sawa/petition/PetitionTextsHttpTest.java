package org.sawa.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A petition's agent, or the council's staff, write it in another language beside its
 * original, all fields or none; no one else may, and the original is never rewritten that
 * way.
 */
@SawaTest
class PetitionTextsHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Autowired
	Petitions petitions;

	@Autowired
	Territories territories;

	@Test
	void the_agent_and_the_councils_staff_write_versions_field_by_field_all_or_nothing() {
		long agent = people.person("texts.agent@example.ma");
		String reference = petitions.draft(new Petitions.Draft(territories.byCode("MA-BEM-07").orElseThrow().id(),
				"Une fontaine publique au douar Ait Ouirra",
				"Les femmes du douar marchent chaque jour plus d’une heure pour chercher de l’eau. Une fontaine au centre "
						+ "du douar leur rendrait ce temps.",
				"Inscrire à l’ordre du jour l’installation d’une fontaine publique au douar.", "fr", "citizens", null),
				agent);
		String form = "/petitions/" + reference + "/texts?language=ar";
		Browser author = new Browser(port).acceptLanguage("fr");
		author.signIn("texts.agent@example.ma", People.PASSWORD);
		// written in French only: its agent is asked for the Arabic
		assertThat(author.get("/petitions/" + reference).body()).contains(
				"Rédigé en Français seulement : rédigez-le aussi en العربية",
				"href=\"" + form.replace("&", "&amp;") + "\"");
		assertThat(author.get(form).body()).contains("Original (Français) :", "Une fontaine publique au douar");
		HttpResponse<String> refused = author.submit(form, form,
				Map.of("title", "سقاية عمومية بدوار آيت ويرة", "requested", "لا"));
		assertThat(refused.body()).contains("id=\"requested-error\"", "Écrivez de 3 à 2.000 caractères",
				"href=\"#requested-error\"");
		assertThat(versions(reference)).as("nothing written").isZero();
		author.submit(form, form, Map.of("title", "سقاية عمومية بدوار آيت ويرة", "requested",
				"إدراج تركيب سقاية عمومية بالدوار في جدول الأعمال."));
		assertThat(versions(reference)).isEqualTo(2);
		String arabic = author.acceptLanguage("ar").get("/petitions/" + reference).body();
		assertThat(arabic)
			.contains("<h1 lang=\"ar\" dir=\"rtl\">سقاية عمومية بدوار آيت ويرة</h1>", "<div lang=\"fr\" dir=\"ltr\">",
					"role=\"note\"")
			.doesNotContain("مكتوب بلغة Français فقط");
		// the original's own language is corrected, not translated
		assertThat(author.get("/petitions/" + reference + "/texts?language=fr").statusCode()).isEqualTo(404);

		// the region's staff may write versions; staff of another region and other
		// residents may not
		Browser staff = new Browser(port).acceptLanguage("en");
		staff.signIn("staff@sawa.demo", People.PASSWORD);
		assertThat(staff.get("/petitions/" + reference + "/texts?language=en").statusCode())
			.as("a draft is its agent's alone")
			.isEqualTo(404);
		Browser other = new Browser(port);
		people.person("texts.neighbour@example.ma");
		other.signIn("texts.neighbour@example.ma", People.PASSWORD);
		String published = "/petitions/PET-" + org.sawa.support.MovableClock.today().getYear() + "-0001";
		assertThat(other.get(published + "/texts?language=en").statusCode()).isEqualTo(403);
		Browser laayoune = new Browser(port);
		laayoune.signIn("staff.laayoune@sawa.demo", People.PASSWORD);
		assertThat(laayoune.get(published + "/texts?language=en").statusCode()).isEqualTo(403);
		assertThat(staff.get(published + "/texts?language=en").body()).contains("Original (العربية):");
		assertThat(staff.get(published).body()).contains("/texts?language=en");
	}

	private long versions(String reference) {
		return jdbc.sql("""
				SELECT count(*) FROM petition_text t JOIN petition p ON p.id = t.subject_id
				WHERE p.reference = :r AND t.language = 'ar'""").param("r", reference).query(Long.class).single();
	}

}
