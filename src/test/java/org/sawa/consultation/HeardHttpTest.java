package org.sawa.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.lens.WhoTakesPart;
import org.sawa.support.Browser;
import org.sawa.support.MovableClock;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.sawa.support.TaggedPdf;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "What we heard": who took part in a consultation, online (each person once, as her
 * profile says) and in the room (by the gatherings' counts), by sex, age band, area and
 * disability against the population, the groups under-represented named first, small
 * counts hidden; as a page and as tagged PDFs in Arabic and French that pass veraPDF.
 */
@SawaTest
class HeardHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	Processes processes;

	@Autowired
	Gatherings gatherings;

	@Autowired
	Heard heard;

	@Autowired
	Territories territories;

	@Autowired
	org.sawa.territory.PopulationImporter populations;

	@Test
	void online_people_count_once_as_their_profile_says_and_the_room_by_its_counts() {
		Process process = OpenProcesses.open(processes, people, "staff", "MA-05");
		String page = "/consultations/" + process.code() + "/proposals/new";
		for (int i = 0; i < 2; i++) {
			String email = people.address("heard");
			people.resident(email, "female", 1996, "MA-BEM-07");
			Browser resident = new Browser(port).acceptLanguage("fr");
			resident.signIn(email, People.PASSWORD);
			resident.submit(page, page,
					Map.of("title", "Une bibliothèque de quartier " + i, "body",
							"Les enfants du quartier n’ont aucun endroit calme pour faire leurs devoirs.", "category",
							"culture"));
		}
		gatherings.record(process, new Gatherings.NewGathering("workshop", "Atelier de Naour",
				MovableClock.today().minusDays(1), "MA-BEM-07", 30, 12, 10, 3, 4), people.demo("staff"));

		// a projection imported for one commune does not become the region's population
		populations.importCsv(new java.io.ByteArrayInputStream("""
				territory_code,year,sex,age_band,area,population,source
				MA-BEM-07,2031,female,0-14,rural,300,test projection
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "person:42");
		Heard.Report report = heard.of(process, territories.byCode("MA-05").orElseThrow());
		WhoTakesPart sex = report.who().get(0);
		assertThat(sex.dimension()).isEqualTo("sex");
		// 32 women and 12 men: each figure within two of the exact count
		assertThat(line(sex, "female").participants()).isBetween(30L, 34L);
		assertThat(line(sex, "male").participants()).isBetween(10L, 14L);
		WhoTakesPart age = report.who().get(1);
		assertThat(line(age, "25-34").participants()).as("two online, 25 to 34 this year").isNull();
		assertThat(line(age, "not_stated").participants()).isBetween(40L, 44L);
		WhoTakesPart disability = report.who().get(3);
		assertThat(line(disability, "yes").participants()).as("three people: never shown").isNull();
		// men are 12 in 44 where the population is about half men
		assertThat(report.gaps()).anyMatch(g -> g.dimension().equals("sex") && g.line().option().equals("male"));
	}

	@Test
	void the_regional_plan_report_reads_as_a_page_and_as_tagged_pdfs_in_arabic_and_french() throws Exception {
		String html = new Browser(port).acceptLanguage("fr").get("/consultations/PDR-BMK-2022/heard").body();
		assertThat(html).contains("Ce que nous avons entendu", "Qui a participé", "Qui manque",
				"Propositions par thème et réponses du conseil", "heard-ar.pdf", "heard-fr.pdf");
		for (String lang : new String[] { "ar", "fr" }) {
			HttpResponse<byte[]> pdf = new Browser(port).download("/consultations/PDR-BMK-2022/heard-" + lang + ".pdf");
			assertThat(pdf.statusCode()).isEqualTo(200);
			String text = TaggedPdf.text(pdf.body(), lang);
			assertThat(text).contains("ar".equals(lang) ? "ما سمعناه" : "Ce que nous avons entendu");
			assertThat(text)
				.contains("ar".equals(lang) ? "برنامج التنمية الجهوية" : "Programme de développement régional");
		}
		assertThat(new Browser(port).download("/consultations/PDR-BMK-2022/heard-xx.pdf").statusCode()).isEqualTo(404);
	}

	@Test
	void a_phase_synthesis_keeps_what_was_proposed_or_answered_during_it() {
		Browser reader = new Browser(port).acceptLanguage("fr");
		String workshops = reader.get("/consultations/PDR-BMK-2022/synthesis?phase=3").body();
		assertThat(workshops).contains("Propositions : 5, dont 5 recueillies en atelier ou sur papier",
				"Dans les rencontres (5)", "aria-current=\"page\"");
		String whole = reader.get("/consultations/PDR-BMK-2022/synthesis").body();
		assertThat(whole).contains("Propositions : 17, dont 5 recueillies");
		// the return phase: nothing proposed, the answers given then
		String answered = reader.get("/consultations/PDR-BMK-2022/synthesis?phase=5").body();
		assertThat(answered).contains("Propositions : ").doesNotContain("Propositions : 0,");
		assertThat(reader.get("/consultations/PDR-BMK-2022/synthesis?phase=9").statusCode()).isEqualTo(404);
	}

	private static WhoTakesPart.Line line(WhoTakesPart view, String option) {
		return view.lines().stream().filter(l -> l.option().equals(option)).findFirst().orElseThrow();
	}

}
