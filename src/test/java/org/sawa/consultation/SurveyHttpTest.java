package org.sawa.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.sawa.support.Browser;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff add a survey's questions (one choice, several, a scale, free text); a resident
 * answers them all at once (an unknown option, a scale out of range, a required question
 * left empty: refused at the question, nothing written), changes her answers, and counts
 * once for the lens; the results read by sex hide a group of one from the public, staff
 * see exact counts and the free texts.
 */
@SawaTest
class SurveyHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	Processes processes;

	@Autowired
	Surveys surveys;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_resident_answers_every_question_at_once_and_the_results_protect_a_group_of_one() {
		Process process = OpenProcesses.open(processes, people, "staff", "MA-05");
		String page = "/consultations/" + process.code() + "/survey";
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff@sawa.demo", People.PASSWORD);
		String refused = staff
			.submit(page, page + "/questions",
					Map.of("kind", "single", "prompt", "Quelle priorité d’abord ?", "options", "Eau potable"))
			.body();
		assertThat(refused).contains("id=\"question-options-error\"");
		staff.submit(page, page + "/questions", Map.of("kind", "single", "prompt", "Quelle priorité d’abord ?",
				"options", "Eau potable\nRoutes\nSanté", "required", "true"));
		staff.submit(page, page + "/questions", Map.of("kind", "multiple", "prompt", "Où vous informez-vous ?",
				"options", "Radio\nMosquée\nAssociation\nFacebook"));
		staff.submit(page, page + "/questions", Map.of("kind", "scale", "prompt", "Le conseil vous écoute-t-il ?"));
		staff.submit(page, page + "/questions", Map.of("kind", "text", "prompt", "Que faut-il changer ?"));
		assertThat(surveys.questions(process.id())).hasSize(4);

		String email = people.address("sondee");
		people.resident(email, "female", 1990, "MA-BEM-07");
		Browser resident = new Browser(port).acceptLanguage("fr");
		resident.signIn(email, People.PASSWORD);
		String bad = resident
			.submit(page, page + "/answers", Map.of("q2", "1\u00009", "q3", "7", "q4", "x".repeat(2001)))
			.body();
		assertThat(bad).contains("id=\"q1-error\"", "Cette question demande une réponse.", "id=\"q2-error\"",
				"id=\"q3-error\"", "Choisissez de 1 à 5.", "id=\"q4-error\"", "value=\"1\" checked");
		assertThat(surveys.respondents(process.id())).isZero();

		long before = facts();
		assertThat(resident
			.submit(page, page + "/answers",
					Map.of("q1", "2", "q2", "1\u00003", "q3", "4", "q4", "Des horaires pour les femmes."))
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("?answered");
		Awaitility.await().untilAsserted(() -> assertThat(facts() - before).isEqualTo(1));
		assertThat(resident.get(page).body()).contains("id=\"q1-2\" value=\"2\" checked");
		assertThat(resident.submit(page, page + "/answers", Map.of("q1", "3"))
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("?changed");
		assertThat(surveys.respondents(process.id())).isEqualTo(1);
		assertThat(facts() - before).isEqualTo(1);

		String results = page + "/results?by=sex";
		String shown = new Browser(port).acceptLanguage("fr").get(results).body();
		assertThat(shown).contains("Personnes ayant répondu : 1", "Santé", "&lt;5")
			.doesNotContain("Des horaires pour les femmes.");
		String exact = staff.get(results).body();
		assertThat(exact).contains("Chiffres exacts");
		assertThat(exact.substring(exact.indexOf("Santé"))).contains("<td class=\"num\">1</td>");
	}

	@Test
	void staff_write_the_questions_and_the_answers_in_another_language_and_readers_see_them_so() {
		Process process = OpenProcesses.open(processes, people, "staff", "MA-05");
		String code = process.code();
		surveys.ask(process, "single", "Quelle priorité d’abord ?", "Eau potable\nRoutes", true, people.demo("staff"));
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff@sawa.demo", People.PASSWORD);
		String texts = "/consultations/" + code + "/texts?language=ar";
		assertThat(staff.get(texts).body()).contains("Question 1 du questionnaire", "Eau potable");
		staff.submit(texts, texts, Map.of("q1", "ما الأولوية الأولى؟", "q1o", "الماء الصالح للشرب\nالطرق"));
		String arabic = new Browser(port).acceptLanguage("ar").get("/consultations/" + code + "/survey").body();
		assertThat(arabic).contains("<span lang=\"ar\" dir=\"rtl\">ما الأولوية الأولى؟</span>", "الطرق");
		String french = new Browser(port).acceptLanguage("fr").get("/consultations/" + code + "/survey").body();
		assertThat(french).contains("Quelle priorité d’abord ?", "Routes").doesNotContain("الطرق");
		// the council's answer to a proposal, in Arabic too
		String propose = "/consultations/" + code + "/proposals/new";
		String email = people.address("proposante");
		people.person(email);
		Browser resident = new Browser(port).acceptLanguage("fr");
		resident.signIn(email, People.PASSWORD);
		resident.submit(propose, propose, Map.of("title", "Un point d’eau au douar", "body",
				"Les femmes marchent une heure pour chercher de l’eau chaque matin.", "category", "water"));
		String proposal = "/consultations/" + code + "/proposals/1";
		staff.submit(proposal, proposal + "/answer",
				Map.of("answer", "planned", "text", "Déjà prévu : un forage en 2027."));
		assertThat(staff.get(texts).body()).contains("La réponse à la proposition 1");
		staff.submit(texts, texts, Map.of("a1", "مبرمج مسبقا: بئر في 2027."));
		assertThat(new Browser(port).acceptLanguage("ar").get(proposal).body())
			.contains("<p class=\"pre\" lang=\"ar\" dir=\"rtl\">مبرمج مسبقا: بئر في 2027.</p>");
		// a version of the options that does not match them line for line is not used
		staff.submit(texts, texts, Map.of("q1", "ما الأولوية الأولى؟", "q1o", "الماء فقط"));
		assertThat(new Browser(port).acceptLanguage("ar").get("/consultations/" + code + "/survey").body())
			.contains("Routes")
			.doesNotContain("الماء فقط");
	}

	private long facts() {
		return jdbc.sql("SELECT coalesce(sum(count), 0) FROM participation_fact WHERE channel = 'consultation.survey'")
			.query(Long.class)
			.single();
	}

}
