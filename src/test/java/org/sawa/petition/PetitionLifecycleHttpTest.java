package org.sawa.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sawa.account.Accounts;
import org.sawa.account.Role;
import org.sawa.support.Browser;
import org.sawa.support.MovableClock;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A petition's whole life over HTTP: deposit, the bureau's decision, deliberation and the
 * published answer, each by staff with its date and PDF; bad steps refused at their
 * field; the agent mailed at every step (real SMTP, GreenMail).
 */
@SawaTest
class PetitionLifecycleHttpTest {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Territories territories;

	@Autowired
	PetitionRules rules;

	@Autowired
	JdbcClient jdbc;

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private Browser person(String email, String commune, Role role) {
		long id = accounts.createConfirmed(email, "sawa-demo-2026", email.substring(0, email.indexOf('@')), "fr");
		accounts.declareProfile(id, "female", 1980, false, territories.byCode(commune).orElseThrow().id());
		if (role != null) {
			accounts.grantRole(id, role, territories.byCode("MA-FQH").orElseThrow().id(), null);
		}
		Browser browser = new Browser(port).acceptLanguage("fr");
		browser.signIn(email, "sawa-demo-2026");
		return browser;
	}

	@Test
	void staff_take_a_petition_from_deposit_to_answer_and_the_agent_is_told_at_each_step() throws Exception {
		List<PetitionRules.Rule> before = rules.all();
		List<PetitionRules.Rule> lowered = new ArrayList<>();
		before.forEach(r -> lowered.add(r.level().equals("province") && r.rule().equals("thresholds")
				? new PetitionRules.Rule("province", "thresholds", "0:1", r.article(), r.source(), true) : r));
		rules.save(lowered, "test");
		try {
			Browser agent = person("life.agent@example.ma", "MA-FQH-01", null);
			Map<String, String> draft = new LinkedHashMap<>();
			draft.put("territory", "MA-FQH");
			draft.put("title", "Une crèche communale pour les ouvrières agricoles");
			draft.put("body",
					"Les ouvrières agricoles de la province partent avant l’aube et n’ont personne pour garder "
							+ "leurs jeunes enfants; une crèche près des exploitations leur permettrait de travailler sereinement.");
			draft.put("requested", "Étudier la création d’une crèche provinciale près des zones agricoles.");
			draft.put("language", "fr");
			draft.put("lawful", "true");
			String page = agent.submit("/petitions/new", "/petitions/new", draft)
				.headers()
				.firstValue("Location")
				.orElseThrow()
				.replaceFirst("^https?://[^/]+", "");
			agent.submit(page, page + "/open",
					Map.of("nationalId", "W445565", "basis", "residence", "confirm", "true"));
			Browser signer = person("life.signer@example.ma", "MA-FQH-02", null);
			signer.submit(page, page + "/sign",
					Map.of("nationalId", "W445566", "basis", "residence", "confirm", "true"));

			Browser staff = person("life.staff@example.ma", "MA-FQH-01", Role.STAFF);
			String today = MovableClock.today().toString();
			assertThat(staff.submit(page, page + "/deposit", Map.of("receivedOn", today)).statusCode()).isEqualTo(302);
			assertThat(staff.get(page).body()).contains("Déposée auprès du conseil",
					"Le bureau doit statuer sur la recevabilité avant le");

			// a decision without its document, or a refusal without reasons, is refused
			// at its field
			HttpResponse<String> noDocument = staff.upload(page, page + "/decide",
					Map.of("decision", "admissible", "on", today, "text", "Commission des affaires sociales"),
					"document", "", null);
			assertThat(noDocument.statusCode()).isEqualTo(200);
			assertThat(noDocument.body()).contains("id=\"decide-document-error\"", "Commission des affaires sociales");
			HttpResponse<String> bare = staff.upload(page, page + "/decide",
					Map.of("decision", "inadmissible", "on", today, "text", "Non."), "document", "refus.pdf", PDF);
			assertThat(bare.body()).contains("id=\"decide-text-error\"", "Un refus doit être motivé");
			HttpResponse<String> future = staff.upload(
					page, page + "/decide", Map.of("decision", "admissible", "on",
							LocalDate.parse(today).plusDays(3).toString(), "text", "Commission des affaires sociales"),
					"document", "decision.pdf", PDF);
			assertThat(future.body()).contains("id=\"decide-on-error\"");
			// the citizen who signed is not staff: refused as a denial (403), which
			// monitoring counts
			HttpResponse<String> denied = signer.upload(page, page + "/decide",
					Map.of("decision", "admissible", "on", today, "text", "Commission des affaires sociales"),
					"document", "decision.pdf", PDF);
			assertThat(denied.statusCode()).isEqualTo(403);
			assertThat(denied.body()).contains("Accès refusé");
			assertThat(jdbc.sql(
					"SELECT count(*) FROM petition_document d JOIN petition p ON p.id = d.petition_id WHERE p.title LIKE 'Une crèche%'")
				.query(Long.class)
				.single()).isZero();

			assertThat(
					staff
						.upload(page, page + "/decide",
								Map.of("decision", "admissible", "on", today, "text",
										"Commission des affaires sociales et de la parité"),
								"document", "decision-bureau.pdf", PDF)
						.statusCode())
				.isEqualTo(302);
			assertThat(
					staff
						.upload(page, page + "/deliberate",
								Map.of("on", today, "text",
										"Débattue en séance ordinaire; étude confiée aux services provinciaux."),
								"document", "deliberation.pdf", PDF)
						.statusCode())
				.isEqualTo(302);
			assertThat(staff.upload(page, page + "/answer",
					Map.of("on", today, "text",
							"Le conseil inscrit une crèche pilote au programme de l’an prochain, près de Souk Sebt."),
					"document", "reponse.pdf", PDF)
				.statusCode()).isEqualTo(302);

			String published = new Browser(port).acceptLanguage("fr").get(page).body();
			assertThat(published).contains("Réponse publiée", "Réponse du conseil",
					"Le conseil inscrit une crèche pilote", "Commission des affaires sociales et de la parité",
					"decision-bureau.pdf (PDF)", "reponse.pdf (PDF)");
			String link = published.substring(published.indexOf(page + "/documents/"));
			link = link.substring(0, link.indexOf('"'));
			HttpResponse<byte[]> pdf = new Browser(port).download(link);
			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
			assertThat(pdf.body()).isEqualTo(PDF);
			assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE subject LIKE 'petition:%' AND action IN "
					+ "('petition.admissible', 'petition.deliberated', 'petition.answered') AND actor LIKE 'person:%'")
				.query(Long.class)
				.single()).isGreaterThanOrEqualTo(3);

			// the agent was mailed when the collection opened, at the deposit, the
			// decision, the deliberation and the answer
			assertThat(mail.waitForIncomingEmail(10_000, 5)).isTrue();
			List<String> subjects = new ArrayList<>();
			for (MimeMessage message : mail.getReceivedMessages()) {
				if (message.getAllRecipients()[0].toString().equals("life.agent@example.ma")) {
					subjects.add(message.getSubject());
				}
			}
			assertThat(subjects).hasSize(5)
				.anySatisfy(s -> assertThat(s).contains("Recevable"))
				.anySatisfy(s -> assertThat(s).contains("Réponse publiée"));
		}
		finally {
			rules.save(before, "test");
		}
	}

}
