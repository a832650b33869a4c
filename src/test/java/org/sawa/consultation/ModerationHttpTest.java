package org.sawa.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sawa.account.Role;
import org.sawa.support.Browser;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Residents report a comment; enough reports hide it until the moderator of the region
 * decides; she hides it with a reason the public reads and blocks its author, who can no
 * longer contribute there; a moderator of another region cannot touch it; every decision
 * is audited.
 */
@SawaTest
class ModerationHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Autowired
	Processes processes;

	@Test
	void reports_hide_a_comment_until_a_moderator_of_its_territory_decides_and_each_decision_is_audited() {
		Process process = OpenProcesses.open(processes, people, "staff", "MA-05");
		String base = "/consultations/" + process.code() + "/proposals";
		Browser author = signedIn("proposer");
		author.submit(base + "/new", base + "/new", Map.of("title", "Éclairer la piste de Tagzirt", "body",
				"La piste entre le douar et l’école n’est pas éclairée le soir.", "category", "transport"));
		Browser troll = signedIn("troll");
		troll.submit(base + "/1", base + "/1/comments", Map.of("body", "Appelez Karim au 0612345678, il sait tout."));
		long comment = jdbc.sql("SELECT max(id) FROM consultation_comment").query(Long.class).single();
		String report = "/consultations/report/comment/" + comment;

		Browser first = signedIn("reporter");
		assertThat(first.submit(report, report, Map.of("reason", "nonsense")).body()).contains("id=\"reason-error\"");
		assertThat(first.submit(report, report, Map.of("reason", "personal_data", "details", "Un numéro privé"))
			.statusCode()).isEqualTo(302);
		assertThat(first.submit(report, report, Map.of("reason", "personal_data")).body())
			.contains("Vous avez déjà signalé cette contribution.");
		assertThat(page(base)).contains("0612345678");
		signedIn("reporter").submit(report, report, Map.of("reason", "personal_data"));
		signedIn("reporter").submit(report, report, Map.of("reason", "offensive"));
		// three reports: hidden until a moderator decides
		assertThat(page(base)).doesNotContain("0612345678")
			.contains("Masqué après plusieurs signalements, en attente d’un modérateur.");

		// the moderator of another region neither sees it nor may decide on it
		String elsewhere = people.address("moderator.laayoune");
		people.withRole(elsewhere, Role.MODERATOR, "MA-11");
		Browser other = signed(elsewhere);
		assertThat(other.get("/moderation").body()).doesNotContain("0612345678");
		assertThat(other
			.submit("/moderation", "/moderation/comment/" + comment,
					Map.of("decision", "restore", "reason", "Rien de grave"))
			.body()).contains("Vous ne modérez pas les consultations de ce territoire.");

		Browser moderator = signed("moderator@sawa.demo");
		String queue = moderator.get("/moderation").body();
		assertThat(queue).contains("0612345678", "Signalements : 3", "Un numéro privé",
				"Donne des informations personnelles sur quelqu’un");
		assertThat(moderator.submit("/moderation", "/moderation/comment/" + comment, Map.of("decision", "hide")).body())
			.contains("id=\"comment" + comment + "-reason-error\"");
		assertThat(moderator
			.submit("/moderation", "/moderation/comment/" + comment,
					Map.of("decision", "hide", "reason", "Numéro de téléphone d’une personne"))
			.statusCode()).isEqualTo(302);
		assertThat(moderator
			.submit("/moderation", "/moderation/comment/" + comment,
					Map.of("decision", "block", "reason", "Publie les coordonnées d’autrui"))
			.statusCode()).isEqualTo(302);
		assertThat(page(base)).doesNotContain("0612345678")
			.contains("Masqué par un modérateur : Numéro de téléphone d’une personne");
		assertThat(moderator.get("/moderation").body()).doesNotContain("0612345678");

		// blocked: the author may no longer contribute to this region's consultations
		assertThat(troll.submit(base + "/1", base + "/1/comments", Map.of("body", "Encore moi")).body())
			.contains("Un modérateur vous a bloqué dans les consultations de ce territoire.");
		assertThat(jdbc
			.sql("SELECT count(*) FROM audit_entry WHERE subject = :s AND action LIKE 'consultation.moderated.%'")
			.param("s", "comment:" + comment)
			.query(Long.class)
			.single()).isEqualTo(2);
		// the block is listed, and lifted with a reason by a moderator of the territory
		// only
		long trollId = jdbc.sql("SELECT author_id FROM consultation_comment WHERE id = :c")
			.param("c", comment)
			.query(Long.class)
			.single();
		long region = process.territoryId();
		String lift = "/moderation/blocks/" + trollId + "/" + region;
		assertThat(moderator.get("/moderation").body()).contains("Personnes bloquées",
				"Publie les coordonnées d’autrui");
		assertThat(other.submit("/moderation", lift, Map.of("reason", "Erreur")).body())
			.contains("Vous ne modérez pas les consultations de ce territoire.");
		assertThat(moderator.submit("/moderation", lift, Map.of("reason", "")).body())
			.contains("id=\"person" + trollId + "-reason-error\"");
		assertThat(moderator.submit("/moderation", lift, Map.of("reason", "A présenté ses excuses")).statusCode())
			.isEqualTo(302);
		assertThat(
				troll.submit(base + "/1", base + "/1/comments", Map.of("body", "Pardon pour le numéro.")).statusCode())
			.isEqualTo(302);
		assertThat(jdbc
			.sql("SELECT count(*) FROM audit_entry WHERE subject = :s AND action = 'consultation.moderated.unblock'")
			.param("s", "person:" + trollId)
			.query(Long.class)
			.single()).isOne();
		assertThat(new Browser(port).get("/moderation").statusCode()).isIn(302, 401, 403);
		assertThat(signedIn("curious").get("/moderation").statusCode()).isEqualTo(403);
	}

	private String page(String base) {
		return new Browser(port).acceptLanguage("fr").get(base + "/1").body();
	}

	private Browser signedIn(String prefix) {
		String email = people.address(prefix);
		people.person(email);
		return signed(email);
	}

	private Browser signed(String email) {
		Browser browser = new Browser(port).acceptLanguage("fr");
		browser.signIn(email, People.PASSWORD);
		return browser;
	}

}
