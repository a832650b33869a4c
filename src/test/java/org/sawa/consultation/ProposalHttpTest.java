package org.sawa.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
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
 * A resident proposes while the consultation is open, others endorse (once each) and
 * comment (one level of replies), the council answers with reasons, and the lens counts
 * each act in the commune where the person lives; what anyone types is shown as text.
 */
@SawaTest
class ProposalHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Autowired
	Processes processes;

	@Test
	void a_resident_proposes_others_endorse_once_and_reply_one_level_and_the_lens_counts_each_act() {
		Process process = OpenProcesses.open(processes, people, "staff", "MA-05");
		String base = "/consultations/" + process.code() + "/proposals";
		Browser fatima = new Browser(port).acceptLanguage("fr");
		people.resident("fatima.naour@example.ma", "female", 1994, "MA-BEM-07");
		fatima.signIn("fatima.naour@example.ma", People.PASSWORD);
		long before = facts("consultation.proposal");

		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", "Eau");
		form.put("body", "Trop court");
		form.put("category", "bogus");
		form.put("commune", "MA-11");
		HttpResponse<String> refused = fatima.submit(base + "/new", base + "/new", form);
		assertThat(refused.body()).contains("id=\"title-error\"", "id=\"body-error\"", "id=\"category-error\"",
				"id=\"commune-error\"", "Réponses à corriger : 4", "Choisissez une commune du territoire consulté.");
		assertThat(proposals(process)).isZero();

		form.put("title", "Un marché couvert pour les femmes de Naour");
		form.put("body", """
				Un **marché couvert** où les femmes des douars vendent leurs produits <script>alert(1)</script>

				- le lundi
				- le jeudi""");
		form.put("category", "inclusion");
		form.put("commune", "MA-BEM-07");
		form.put("place", "près du souk");
		HttpResponse<String> made = fatima.submit(base + "/new", base + "/new", form);
		assertThat(made.headers().firstValue("Location").orElseThrow()).endsWith(base + "/1?proposed");
		String page = fatima.get(base + "/1").body();
		assertThat(page)
			.contains("<strong>marché couvert</strong>", "&lt;script&gt;alert(1)&lt;/script&gt;", "<li>le lundi</li>",
					"Naour", "près du souk", "Femmes, jeunes et personnes handicapées", "Pas encore de réponse.")
			.doesNotContain("<script>alert");

		// another resident endorses it once, comments; the author replies; no reply to a
		// reply
		Browser amina = new Browser(port).acceptLanguage("fr");
		people.resident("amina.naour@example.ma", "female", 1961, "MA-BEM-07");
		amina.signIn("amina.naour@example.ma", People.PASSWORD);
		assertThat(amina.submit(base + "/1", base + "/1/endorse", Map.of()).statusCode()).isEqualTo(302);
		assertThat(amina.submit(base + "/1", base + "/1/endorse", Map.of()).body()).contains("id=\"endorse-error\"",
				"Vous soutenez déjà cette proposition : un soutien par personne.");
		assertThat(amina.submit(base + "/1", base + "/1/comments", Map.of("body", "<b>Oui</b>, et une crèche.")))
			.extracting(HttpResponse::statusCode)
			.isEqualTo(302);
		long comment = lastComment();
		assertThat(fatima
			.submit(base + "/1", base + "/1/comments",
					Map.of("parent", String.valueOf(comment), "body", "Bonne idée, merci."))
			.statusCode()).isEqualTo(302);
		long reply = lastComment();
		assertThat(amina
			.submit(base + "/1", base + "/1/comments",
					Map.of("parent", String.valueOf(reply), "body", "Une réponse à la réponse"))
			.body()).contains("On répond à un commentaire de cette proposition, pas à une réponse.");
		assertThat(amina.submit(base + "/1", base + "/1/comments", Map.of("body", "x")).body())
			.contains("id=\"comment-body-error\"");
		String thread = new Browser(port).acceptLanguage("fr").get(base + "/1").body();
		assertThat(thread).contains("&lt;b&gt;Oui&lt;/b&gt;, et une crèche.", "Bonne idée, merci.", "Soutiens : 1",
				"Commentaires : 2", "id=\"comment-" + reply + "\"");
		assertThat(new Browser(port).acceptLanguage("fr").get(base + "?category=inclusion").body())
			.contains("Un marché couvert pour les femmes de Naour", "Propositions : 1");
		assertThat(new Browser(port).acceptLanguage("fr").get(base + "?category=health").body())
			.contains("Propositions : 0")
			.doesNotContain("Un marché couvert");

		// each act is counted where the person lives, without who she is
		long naour = jdbc.sql("SELECT id FROM territory WHERE code = 'MA-BEM-07'").query(Long.class).single();
		Awaitility.await().untilAsserted(() -> {
			assertThat(facts("consultation.proposal") - before).isEqualTo(1);
			assertThat(factsIn("consultation.comment", naour)).isGreaterThanOrEqualTo(2);
			assertThat(factsIn("consultation.endorsement", naour)).isGreaterThanOrEqualTo(1);
		});
	}

	@Test
	void the_council_answers_with_reasons_and_only_its_staff_may() {
		Process process = OpenProcesses.open(processes, people, "staff", "MA-05");
		String base = "/consultations/" + process.code() + "/proposals";
		Browser resident = new Browser(port).acceptLanguage("fr");
		String email = people.address("answered");
		people.person(email);
		resident.signIn(email, People.PASSWORD);
		resident.submit(base + "/new", base + "/new", Map.of("title", "Une ligne de bus vers Naour", "body",
				"Les jeunes de Naour n’ont pas de bus pour aller au lycée.", "category", "transport"));
		Browser other = new Browser(port).acceptLanguage("fr");
		other.signIn("staff.laayoune@sawa.demo", People.PASSWORD);
		assertThat(other
			.submit(base + "/1", base + "/1/answer",
					Map.of("answer", "accepted", "text", "Nous la retenons pour 2027."))
			.body()).contains("Seuls les agents du territoire consulté répondent aux propositions.");
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("staff@sawa.demo", People.PASSWORD);
		assertThat(staff.submit(base + "/1", base + "/1/answer", Map.of("answer", "maybe", "text", "Non")).body())
			.contains("id=\"answer-answer-error\"", "id=\"answer-text-error\"");
		assertThat(staff
			.submit(base + "/1", base + "/1/answer",
					Map.of("answer", "partial", "text",
							"Une ligne scolaire sera ouverte en septembre, pas le dimanche."))
			.statusCode()).isEqualTo(302);
		assertThat(new Browser(port).acceptLanguage("fr").get(base + "/1").body()).contains("Retenue en partie",
				"Une ligne scolaire sera ouverte en septembre, pas le dimanche.");
		assertThat(new Browser(port).acceptLanguage("fr").get(base + "?answer=none").body())
			.contains("Propositions : 0");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'consultation.answered' AND subject = :s")
			.param("s", "consultation:" + process.code() + "/proposal:1")
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void a_closed_consultation_takes_no_proposal() {
		Browser resident = new Browser(port).acceptLanguage("fr");
		String email = people.address("late");
		people.person(email);
		resident.signIn(email, People.PASSWORD);
		String base = "/consultations/PDR-BMK-2022/proposals";
		HttpResponse<String> refused = resident.submit(base + "/new", base + "/new",
				Map.of("title", "Une proposition tardive", "body",
						"Le plan est adopté depuis longtemps, mais voici une idée.", "category", "other"));
		assertThat(refused.body()).contains("Cette consultation ne reçoit pas de contributions en ce moment.");
		assertThat(new Browser(port).acceptLanguage("fr").get("/consultations/PDR-BMK-2022").body())
			.doesNotContain(base + "/new");
	}

	private long proposals(Process process) {
		return jdbc.sql("SELECT count(*) FROM consultation_proposal WHERE process_id = :p")
			.param("p", process.id())
			.query(Long.class)
			.single();
	}

	private long lastComment() {
		return jdbc.sql("SELECT max(id) FROM consultation_comment").query(Long.class).single();
	}

	private long facts(String channel) {
		return jdbc.sql("SELECT coalesce(sum(count), 0) FROM participation_fact WHERE channel = :c")
			.param("c", channel)
			.query(Long.class)
			.single();
	}

	private long factsIn(String channel, long territory) {
		return jdbc
			.sql("SELECT coalesce(sum(count), 0) FROM participation_fact WHERE channel = :c AND territory_id = :t")
			.param("c", channel)
			.param("t", territory)
			.query(Long.class)
			.single();
	}

}
