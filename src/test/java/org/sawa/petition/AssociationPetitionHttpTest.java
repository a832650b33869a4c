package org.sawa.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sawa.account.Accounts;
import org.sawa.support.Browser;
import org.sawa.support.MovableClock;
import org.sawa.support.People;
import org.sawa.support.SawaTest;
import org.sawa.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An association petitions in its own name: its page offers its representative to submit
 * it to the council, never a signing form, a signature sheet or a count of signatures.
 */
@SawaTest
class AssociationPetitionHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Petitions petitions;

	@Autowired
	Territories territories;

	@Autowired
	People people;

	@Test
	void an_association_submits_its_petition_to_the_council_and_nobody_is_asked_to_sign() {
		long representative = people.person("association.agent@example.ma");
		long commune = territories.byCode("MA-KHN-01").orElseThrow().id();
		long association = accounts.createOrganisation("association", "Coopératives de Khénifra", commune,
				MovableClock.today().minusYears(5), representative);
		String reference = petitions.draft(new Petitions.Draft(commune, "Un local pour les coopératives féminines",
				"Les coopératives féminines de la commune n'ont aucun local pour stocker et vendre leurs produits; "
						+ "nous demandons au conseil d'étudier la mise à disposition d'un local communal.",
				"Inscrire la mise à disposition d'un local communal à l'ordre du jour.", "fr", "association",
				association), representative);
		String page = "/petitions/" + reference;
		Browser agent = new Browser(port).acceptLanguage("fr");
		agent.signIn("association.agent@example.ma", People.PASSWORD);
		String draft = agent.get(page).body();
		assertThat(draft).contains("Soumettre au conseil", "aucune signature n’est recueillie")
			.doesNotContain("Ouvrir la collecte");

		assertThat(agent.submit(page, page + "/open", java.util.Map.of()).statusCode()).isIn(200, 302);
		String submitted = new Browser(port).acceptLanguage("fr").get(page).body();
		assertThat(submitted).contains("Soumise au conseil, dépôt à enregistrer", "présente cette pétition en son nom");
		assertThat(submitted).doesNotContain("name=\"nationalId\"", "sheet-fr.pdf", "Connectez-vous pour signer",
				"id=\"progress-heading\"");
	}

}
