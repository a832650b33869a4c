package org.sawa.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.support.Browser;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A citizen drafts, opens and signs a petition over plain HTTP; errors come back at their
 * field.
 */
@SawaTest
class PetitionPagesHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Territories territories;

	@Autowired
	JdbcClient jdbc;

	private Browser person(String email, String commune) {
		long id = accounts.createConfirmed(email, "sawa-demo-2026", email, "fr");
		accounts.declareProfile(id, "female", 1988, false, territories.byCode(commune).orElseThrow().id());
		Browser browser = new Browser(port).acceptLanguage("fr");
		browser.signIn(email, "sawa-demo-2026");
		return browser;
	}

	/**
	 * The pages of the public list, in the reader's language, up to the one that shows
	 * the text (other tests open petitions too, which come first, being newer).
	 */
	private String listed(String language, String text) {
		Browser visitor = new Browser(port).acceptLanguage(language);
		String list = "";
		for (int page = 1; page <= 20 && !list.contains(text); page++) {
			list = visitor.get("/petitions?page=" + page).body();
		}
		return list;
	}

	@Autowired
	Petitions petitions;

	@Test
	void the_list_shows_twenty_petitions_a_page_newest_first_and_any_page_number_shows_a_page() {
		long agent = accounts.createConfirmed("pages.many@example.ma", "sawa-demo-2026", "Agent", "fr");
		long commune = territories.byCode("MA-KHO-02").orElseThrow().id();
		accounts.declareProfile(agent, "male", 1975, false, commune);
		for (int i = 1; i <= 23; i++) {
			String reference = petitions.draft(new Petitions.Draft(commune,
					"Entretien de la piste rurale P%02d".formatted(i),
					"La piste qui relie le douar au centre de la commune est coupée à chaque pluie; nous demandons au "
							+ "conseil d’inscrire son entretien à l’ordre du jour.",
					"Inscrire l’entretien de la piste à l’ordre du jour.", "fr", "citizens", null), agent);
			petitions.open(petitions.byReference(reference).orElseThrow().id(), agent);
		}
		Browser visitor = new Browser(port).acceptLanguage("fr");
		String first = visitor.get("/petitions?territory=MA-KHO-02").body();
		assertThat(first.split("<li class=\"card\"", -1)).hasSize(21);
		assertThat(first)
			.contains("piste rurale P23", "piste rurale P04", "Page 1 sur 2",
					"href=\"/petitions?territory=MA-KHO-02&amp;page=2\" rel=\"next\">Plus anciens</a>")
			.doesNotContain("piste rurale P03", "rel=\"prev\"");
		String second = visitor.get("/petitions?territory=MA-KHO-02&page=2").body();
		assertThat(second.split("<li class=\"card\"", -1)).hasSize(4);
		assertThat(second).contains("piste rurale P03", "piste rurale P01", "Page 2 sur 2", "rel=\"prev\"")
			.doesNotContain("piste rurale P04", "rel=\"next\"");
		// a page number that is not one, or beyond the last, shows the nearest page
		assertThat(visitor.get("/petitions?territory=MA-KHO-02&page=deux").body()).contains("Page 1 sur 2");
		assertThat(visitor.get("/petitions?territory=MA-KHO-02&page=-4").body()).contains("Page 1 sur 2");
		assertThat(visitor.get("/petitions?territory=MA-KHO-02&page=99").body()).contains("piste rurale P01",
				"Page 2 sur 2");
	}

	@Test
	void a_citizen_drafts_opens_and_another_signs_with_errors_at_their_field() {
		Browser agent = person("pages.agent@example.ma", "MA-KHN-02");
		Map<String, String> bad = new LinkedHashMap<>();
		bad.put("territory", "MA-KHN");
		bad.put("title", "Eau");
		bad.put("body", "Trop court.");
		bad.put("requested", "Un forage");
		bad.put("language", "fr");
		HttpResponse<String> refused = agent.submit("/petitions/new", "/petitions/new", bad);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body())
			.contains("id=\"title-error\"", "id=\"body-error\"", "id=\"requested-error\"", "id=\"lawful-error\"",
					"Trop court.")
			// every reason at once, in the person's language, and nothing drafted
			.contains("Le titre doit compter de 10 à 200 caractères.",
					"Le texte doit compter de 50 à 20 000 caractères.",
					"Confirmez que la pétition relève des compétences du conseil.")
			// and a summary above the form that links to each of them
			.contains("Réponses à corriger : 4", "href=\"#title-error\"", "href=\"#lawful-error\"");

		Map<String, String> good = new LinkedHashMap<>(bad);
		good.put("title", "Un point d’eau potable pour les douars de la montagne");
		good.put("body", "Les femmes des douars marchent chaque jour plus d’une heure pour rapporter de l’eau; "
				+ "un point d’eau potable changerait leur vie et la scolarité des filles.");
		good.put("requested", "Inscrire à l’ordre du jour l’étude d’un point d’eau potable pour les douars.");
		good.put("lawful", "true");
		HttpResponse<String> drafted = agent.submit("/petitions/new", "/petitions/new", good);
		assertThat(drafted.statusCode()).isEqualTo(302);
		String page = drafted.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(agent.get(page).body()).contains("Brouillon", "Ouvrir la collecte des signatures");
		// a draft is the agent's alone
		assertThat(new Browser(port).get(page).statusCode()).isEqualTo(404);

		// the agent is one of the petitioners: the collection opens with her signature
		assertThat(agent.get(page).body()).contains("votre propre signature est enregistrée", "id=\"nationalId\"");
		HttpResponse<String> unsigned = agent.submit(page, page + "/open",
				Map.of("nationalId", "123", "basis", "residence", "confirm", "true"));
		assertThat(unsigned.body()).contains("id=\"nationalId-error\"", "Numéro de CIN invalide");
		assertThat(agent.get(page).body()).as("nothing opened without her signature").contains("Brouillon");
		assertThat(agent
			.submit(page, page + "/open", Map.of("nationalId", "K998877", "basis", "residence", "confirm", "true"))
			.statusCode()).isEqualTo(302);
		String opened = new Browser(port).acceptLanguage("fr").get(page).body();
		assertThat(opened).contains("Collecte des signatures", "1 signatures sur les 300 requises",
				"Connectez-vous pour signer cette pétition");

		Browser signer = person("pages.signer@example.ma", "MA-KHN-03");
		HttpResponse<String> badCin = signer.submit(page, page + "/sign",
				Map.of("nationalId", "123", "basis", "residence", "confirm", "true"));
		assertThat(badCin.statusCode()).isEqualTo(200);
		assertThat(badCin.body()).contains("id=\"nationalId-error\"", "Numéro de CIN invalide", "value=\"123\"");
		HttpResponse<String> unconfirmed = signer.submit(page, page + "/sign",
				Map.of("nationalId", "Q223344", "basis", "residence"));
		assertThat(unconfirmed.body()).contains("id=\"confirm-error\"");

		HttpResponse<String> signed = signer.submit(page, page + "/sign",
				Map.of("nationalId", "Q223344", "basis", "residence", "confirm", "true"));
		assertThat(signed.statusCode()).isEqualTo(302);
		// one signature: who signed is not broken down before five, since the count of
		// signatures is public exactly
		assertThat(signer.follow(signed).body())
			.contains("Votre signature est enregistrée", "2 signatures sur les 300 requises", "Retirer ma signature",
					"dès que la pétition compte 5 signatures")
			.doesNotContain("&lt;5", "Femmes</th>");
		assertThat(jdbc.sql(
				"SELECT count(*) FROM petition_signature s JOIN petition p ON p.id = s.petition_id WHERE p.title LIKE 'Un point d’eau%'")
			.query(Long.class)
			.single()).isEqualTo(2);

		assertThat(listed("fr", "Un point d’eau potable")).contains("Un point d’eau potable");
	}

	@Test
	void staff_are_offered_the_deposit_only_once_the_threshold_is_reached() {
		Browser staff = new Browser(port).acceptLanguage("fr");
		staff.signIn("admin@sawa.demo", "sawa-demo-2026");
		String page = staff.get("/petitions/PET-" + org.sawa.support.MovableClock.today().getYear() + "-0001").body();
		assertThat(page).as("the demo petition is below its threshold")
			.contains("Le dépôt pourra être enregistré quand la pétition aura 100 signatures")
			.doesNotContain("/deposit\"");
	}

	@Test
	void an_administrator_corrects_a_rule_and_a_wrong_value_is_refused_at_its_field() {
		Browser admin = new Browser(port).acceptLanguage("fr");
		admin.signIn("admin@sawa.demo", "sawa-demo-2026");
		String page = admin.get("/admin/petition-rules").body();
		assertThat(page).contains("Loi organique 111-14, art. 120-122", "0:300,1000000:400,3000000:500",
				"à confirmer au Bulletin officiel");
		HttpResponse<String> refused = admin.submit("/admin/petition-rules", "/admin/petition-rules",
				Map.of("value.commune.thresholds", "100:100,0:200", "article.commune.thresholds",
						"Loi organique 113-14, art. 121-125"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"value-commune-thresholds-error\"",
				"href=\"#value-commune-thresholds-error\"", "value=\"100:100,0:200\"");
		assertThat(jdbc.sql("SELECT value FROM petition_rule WHERE level = 'commune' AND rule = 'thresholds'")
			.query(String.class)
			.single()).isEqualTo("0:100,35000:200");
	}

	@Test
	void a_petition_reads_in_the_readers_language_and_the_signed_original_is_one_link_away() {
		String demo = "/petitions/PET-" + org.sawa.support.MovableClock.today().getYear() + "-0001";
		// the demo's first petition is written in Arabic; its agent wrote it in French
		// too
		String french = new Browser(port).acceptLanguage("fr").get(demo).body();
		assertThat(french).contains("<h1 lang=\"fr\" dir=\"ltr\">Éclairage public et passages sûrs vers le lycée</h1>",
				"Ceci est une traduction. Les signataires signent l’original, rédigé en العربية.",
				"href=\"" + demo + "?original=\"");
		assertThat(new Browser(port).acceptLanguage("fr").get(demo + "?original").body()).contains(
				"<h1 lang=\"ar\" dir=\"rtl\">إنارة عمومية وممرات آمنة نحو الثانوية</h1>",
				"Voici l’original, rédigé en العربية : le texte que l’on signe.");
		// in English there is no version: the original, marked as Arabic, and a line says
		// so
		String english = new Browser(port).acceptLanguage("en").get(demo).body();
		assertThat(english).contains("role=\"note\"", "Part of this page is not yet written in English",
				"<h1 lang=\"ar\" dir=\"rtl\">");
		assertThat(new Browser(port).acceptLanguage("ar").get(demo).body()).doesNotContain("role=\"note\"");
		String list = listed("ar", "النقل المدرسي لفتيات الجماعات القروية");
		assertThat(list).contains("<a href=\"/petitions/PET-" + org.sawa.support.MovableClock.today().getYear()
				+ "-0002\" lang=\"ar\" dir=\"rtl\">النقل المدرسي لفتيات الجماعات القروية</a>");
	}

}
