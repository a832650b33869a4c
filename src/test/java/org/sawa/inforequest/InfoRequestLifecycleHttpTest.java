package org.sawa.inforequest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sawa.account.Accounts;
import org.sawa.account.Role;
import org.sawa.audit.AuditLog;
import org.sawa.support.Browser;
import org.sawa.support.Mailbox;
import org.sawa.support.MovableClock;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A request's life over HTTP, as the requester and the body's information officer live
 * it: the filing refused at its field then received with a dated receipt, the
 * clarification that stops the clock, an answer in part whose forbidden attachment is
 * refused first, the attachment downloaded, a complaint refused before it is allowed then
 * accepted, the head's answer, the closing, and nothing more on a closed request. Every
 * step mailed (real SMTP, GreenMail).
 */
@SawaTest
class InfoRequestLifecycleHttpTest {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Autowired
	Territories territories;

	@Autowired
	InfoBodies bodies;

	@Autowired
	InfoRequests requests;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	private Browser person(String email, Role role) {
		if (role == null) {
			people.person(email);
		}
		else {
			long id = people.withRole(email, role, "MA-FQH");
			bodies.designate(bodies.byCode("MA-FQH").orElseThrow().id(), id, people.demo("admin"));
		}
		Browser browser = new Browser(port).acceptLanguage("fr");
		browser.signIn(email, People.PASSWORD);
		return browser;
	}

	private long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private static String path(HttpResponse<String> redirect) {
		return redirect.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceFirst("^https?://[^/]+", "")
			.replaceFirst("\\?.*", "");
	}

	/**
	 * Mail is sent after each step's commit, on another thread: waits up to ten seconds
	 * for it.
	 */
	private void assertMailedTo(String address, String... expected) throws InterruptedException {
		java.time.Instant until = java.time.Instant.now().plusSeconds(10);
		while (!Arrays.stream(expected).allMatch(mailsTo(address)::contains)
				&& java.time.Instant.now().isBefore(until)) {
			Thread.sleep(100);
		}
		assertThat(mailsTo(address)).contains(expected);
	}

	private String mailsTo(String address) {
		return String.join("", Mailbox.to(mail, address));
	}

	@Test
	void a_request_goes_from_filing_to_closing_with_the_deadlines_and_refusals_the_law_sets() throws Exception {
		Browser officer = person("dai.officer@example.ma", Role.STAFF);
		Browser requester = person("dai.requester@example.ma", null);
		Browser stranger = person("dai.stranger@example.ma", null);

		Map<String, String> form = new LinkedHashMap<>();
		form.put("body", "MA-FQH");
		form.put("firstName", "Amina");
		form.put("lastName", "Ait Brahim");
		form.put("postalAddress", "14 rue des Orangers, Fquih Ben Salah");
		form.put("email", "dai.requester@example.ma");
		form.put("nationalId", "12345");
		form.put("subject", "Budget");
		form.put("description",
				"Je demande le montant consacré au transport scolaire rural en 2025 et le nombre d'élèves transportés.");
		form.put("format", "electronic");
		form.put("language", "fr");
		long before = count("info_request");
		HttpResponse<String> refused = requester.submit("/information/new", "/information/new", form);
		assertThat(refused.statusCode()).isEqualTo(200);
		// every mistake at once, each at its field, the summary linking to both
		assertThat(refused.body()).contains("Saisissez un numéro de CNIE", "aria-invalid=\"true\"",
				"id=\"nationalId-error\"", "id=\"subject-error\"", "href=\"#nationalId-error\"",
				"href=\"#subject-error\"");
		assertThat(count("info_request")).as("nothing written").isEqualTo(before);

		form.put("nationalId", "bk 445566");
		form.put("subject", "Budget des transports scolaires 2025");
		HttpResponse<String> filed = requester.submit("/information/new", "/information/new", form);
		assertThat(filed.statusCode()).isEqualTo(302);
		String page = path(filed);
		String reference = page.substring(page.lastIndexOf('/') + 1);
		assertThat(reference).matches("DAI-\\d{4}-\\d{5}");
		InfoRequest request = requests.byReference(reference).orElseThrow();
		assertThat(jdbc.sql("SELECT national_id_hmac FROM info_request WHERE id = :id")
			.param("id", request.id())
			.query(String.class)
			.single()).as("the ID number is never stored in clear").doesNotContain("445566").hasSize(64);
		assertThat(requester.follow(filed).body()).contains("La demande est enregistrée", reference, "Réponse due le");
		mail.waitForIncomingEmail(5000, 2);
		assertMailedTo("dai.requester@example.ma", "Récépissé", reference);
		assertMailedTo("dai.officer@example.ma", "Nouvelle demande", reference);

		assertThat(officer.get("/information/queue").body()).contains(reference);
		assertThat(stranger.get(page).statusCode()).as("another citizen").isEqualTo(404);

		String today = MovableClock.today().toString();
		officer.submit(page, page + "/clarify", Map.of("on", today, "text", "Pour quelles écoles et quel trimestre ?"));
		assertThat(requester.get(page).body()).contains("Délai suspendu");
		requester.submit(page, page + "/clarified",
				Map.of("text", "Les écoles rurales de la commune, toute l'année 2025."));
		assertThat(requests.byReference(reference).orElseThrow().status()).isEqualTo(InfoStatus.RECEIVED);
		assertThat(requests.byReference(reference).orElseThrow().dueOn()).as("the clock runs again").isNotNull();

		long files = count("stored_file");
		// (each form of the page says which action it is, as the browser sends it with
		// the form)
		HttpResponse<String> badFile = officer.upload(page, page + "/answer",
				Map.of("action", "answer", "on", today, "extent", "part", "text",
						"Voici le montant global ; le nombre d'élèves suit."),
				"files", "reponse.pdf", "<html><body>not a pdf</body></html>".getBytes(StandardCharsets.UTF_8));
		assertThat(badFile.statusCode()).isEqualTo(200);
		assertThat(badFile.body()).contains("Ce type de fichier", "id=\"answer-files-error\"");
		assertThat(count("stored_file")).isEqualTo(files);
		assertThat(requests.byReference(reference).orElseThrow().status()).as("nothing half-written")
			.isEqualTo(InfoStatus.RECEIVED);

		HttpResponse<String> answered = officer.upload(page, page + "/answer",
				Map.of("on", today, "extent", "part", "text", "Voici le montant global ; le nombre d'élèves suit."),
				"files", "reponse.pdf", PDF);
		assertThat(answered.statusCode()).isEqualTo(302);
		String shown = requester.get(page).body();
		assertThat(shown).contains("Répondue en partie", "reponse.pdf", "Réclamer auprès du chef");
		String link = shown.replaceFirst("(?s).*href=\"(/information/requests/[^\"]+/files/\\d+)\".*", "$1");
		HttpResponse<byte[]> download = requester.download(link);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(PDF);
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
		assertThat(download.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		assertThat(stranger.download(link).statusCode()).isEqualTo(404);

		// published in the archive, redacted, without the requester; found by a French
		// word's stem
		HttpResponse<String> published = officer.submit(page, page + "/publish", Map.of("publicDescription",
				"Montant consacré au transport scolaire rural en 2025 et nombre d'élèves transportés.", "publicAnswer",
				"Voici le montant global ; le nombre d'élèves suit.", "publish", link.replaceFirst(".*/", "")));
		assertThat(published.statusCode()).isEqualTo(302);
		Browser visitor = new Browser(port).acceptLanguage("fr");
		String archive = visitor.get("/information/archive?q=transports+scolaires&body=MA-FQH").body();
		assertThat(archive).contains("Budget des transports scolaires 2025");
		String open = visitor.get("/information/archive/" + reference).body();
		assertThat(open).contains("Montant consacré au transport scolaire", "reponse.pdf")
			.doesNotContain("Ait Brahim", "Orangers", "dai.requester");
		assertThat(
				visitor.download("/information/archive/" + reference + "/files/" + link.replaceFirst(".*/", "")).body())
			.isEqualTo(PDF);
		assertThat(visitor.get("/information/bodies").body()).contains("Fquih Ben Salah");

		// the body's register: a link that is not a web address is refused at its field,
		// nothing saved
		String bodyPage = "/information/bodies/MA-FQH";
		Map<String, String> register = new LinkedHashMap<>();
		register.put("status-budget", "published");
		register.put("link-budget", "budget.pdf");
		HttpResponse<String> badLink = officer.submit(bodyPage, bodyPage + "/register", register);
		assertThat(badLink.statusCode()).isEqualTo(200);
		assertThat(badLink.body()).contains("https://", "id=\"link-budget-error\"");
		assertThat(jdbc
			.sql("SELECT count(*) FROM info_register r JOIN info_body b ON b.id = r.body_id WHERE b.code = 'MA-FQH'")
			.query(Long.class)
			.single()).isZero();
		register.put("link-budget", "https://www.cpfbs.ma/budget-2025.pdf");
		assertThat(officer.submit(bodyPage, bodyPage + "/register", register).statusCode()).isEqualTo(302);
		assertThat(visitor.get(bodyPage).body()).contains("https://www.cpfbs.ma/budget-2025.pdf");
		// someone who is not the body's officer is denied (403), not shown the form again
		HttpResponse<String> denied = stranger.submit(bodyPage, bodyPage + "/register", register);
		assertThat(denied.statusCode()).isEqualTo(403);
		assertThat(denied.body()).contains("Accès refusé");

		HttpResponse<String> early = requester.submit(page, page + "/complain-commission",
				Map.of("text", "Je saisis la Commission car la réponse est incomplète."));
		assertThat(early.body()).contains("possible maintenant : après la réponse du chef");
		requester.submit(page, page + "/complain-head",
				Map.of("text", "Le nombre d'élèves transportés n'a pas été communiqué."));
		assertThat(requests.byReference(reference).orElseThrow().status()).isEqualTo(InfoStatus.COMPLAINT_HEAD);
		assertThat(officer.get("/information/queue").body()).as("the head's deadline is in the queue")
			.contains(reference);

		officer.submit(page, page + "/head-answer",
				Map.of("on", today, "text", "Le nombre d'élèves est de 1 240 en 2025."));
		officer.submit(page, page + "/close",
				Map.of("on", today, "text", "Réponse complète communiquée après réclamation."));
		assertThat(requests.byReference(reference).orElseThrow().status()).isEqualTo(InfoStatus.CLOSED);
		HttpResponse<String> late = officer.submit(page, page + "/answer",
				Map.of("on", today, "extent", "full", "text", "Une réponse de plus sur un dossier clos."));
		assertThat(late.body()).contains("pas possible à l");

		assertThat(audit.forSubject("info-request:" + reference)).extracting(e -> e.action())
			.contains("info.request.clarification", "info.request.answered_part", "info.request.head_answered",
					"info.request.closed");
		mail.waitForIncomingEmail(5000, 8);
		assertMailedTo("dai.requester@example.ma", "Précision demandée", "Réponse partielle", "Clôture");
	}

	@Test
	void a_person_may_file_only_so_many_requests_a_day() {
		Browser requester = person("dai.flood@example.ma", null);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("body", "MA-FQH");
		form.put("firstName", "Nadia");
		form.put("lastName", "Ouali");
		form.put("postalAddress", "3 rue des Roses, Fquih Ben Salah");
		form.put("email", "dai.flood@example.ma");
		form.put("nationalId", "BK778899");
		form.put("description", "Je demande la liste des marchés publics attribués en 2025 et leurs montants.");
		form.put("format", "electronic");
		form.put("language", "fr");
		long filed = 0;
		HttpResponse<String> last = null;
		for (int i = 1; i <= filingsPerPerson + 1; i++) {
			form.put("subject", "Marchés publics attribués, lot " + i);
			last = requester.submit("/information/new", "/information/new", form);
			filed += last.statusCode() == 302 ? 1 : 0;
		}
		assertThat(filed).isEqualTo(filingsPerPerson);
		assertThat(last.statusCode()).isEqualTo(200);
		assertThat(last.body()).contains("Vous avez déposé beaucoup de demandes aujourd’hui");
	}

	@org.springframework.beans.factory.annotation.Value("${sawa.inforequest.filings-per-person-day}")
	int filingsPerPerson;

	@Test
	void the_same_form_sent_three_times_at_once_files_one_request() throws Exception {
		Browser requester = person("dai.double@example.ma", null);
		java.util.regex.Matcher key = java.util.regex.Pattern.compile("name=\"submission\" value=\"([0-9a-f-]{36})\"")
			.matcher(requester.get("/information/new").body());
		assertThat(key.find()).isTrue();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("submission", key.group(1));
		form.put("body", "MA-FQH");
		form.put("firstName", "Samira");
		form.put("lastName", "Bennani");
		form.put("postalAddress", "8 rue du Souk, Fquih Ben Salah");
		form.put("email", "dai.double@example.ma");
		form.put("nationalId", "BK112233");
		form.put("subject", "Calendrier des travaux de la route provinciale");
		form.put("description", "Je demande le calendrier des travaux de la route provinciale 3210 et leur budget.");
		form.put("format", "electronic");
		form.put("language", "fr");
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
		try {
			List<java.util.concurrent.Future<HttpResponse<String>>> sent = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				sent.add(pool.submit(() -> requester.submit("/information/new", "/information/new", form)));
			}
			java.util.Set<String> locations = new java.util.HashSet<>();
			for (java.util.concurrent.Future<HttpResponse<String>> response : sent) {
				HttpResponse<String> done = response.get();
				assertThat(done.statusCode()).isEqualTo(302);
				locations.add(done.headers().firstValue("Location").orElseThrow());
			}
			assertThat(locations).as("one request, one reference, one legal clock").hasSize(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc
			.sql("SELECT count(*) FROM info_request WHERE subject = 'Calendrier des travaux de la route provinciale'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
