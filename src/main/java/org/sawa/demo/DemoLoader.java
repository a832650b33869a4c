package org.sawa.demo;

import java.io.IOException;
import java.io.InputStream;
import org.sawa.account.Accounts;
import org.sawa.account.Role;
import org.sawa.imports.ImportReport;
import org.sawa.territory.PopulationImporter;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.territory.TerritoryImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo scenario into an empty database through the modules' own services: the
 * same CSV importers an administrator uses, the same account services a person uses.
 */
@Component
@Profile("demo")
@Order(0)
class DemoLoader implements ApplicationRunner {

	static final String PASSWORD = "sawa-demo-2026";

	private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

	private final Territories territories;
	private final TerritoryImporter territoryImporter;
	private final PopulationImporter populationImporter;
	private final Accounts accounts;

	DemoLoader(Territories territories, TerritoryImporter territoryImporter, PopulationImporter populationImporter,
			Accounts accounts) {
		this.territories = territories;
		this.territoryImporter = territoryImporter;
		this.populationImporter = populationImporter;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (territories.count() > 0) {
			log.info("Database not empty: demo scenario not loaded");
			return;
		}
		log.info("Loading the demo scenario");
		check(importCsv("demo/territories.csv", true));
		check(importCsv("demo/population-2024.csv", false));
		loadPeople();
		log.info("Demo scenario loaded");
	}

	private ImportReport importCsv(String resource, boolean territoriesFile) throws IOException {
		try (InputStream input = new ClassPathResource(resource).getInputStream()) {
			return territoriesFile ? territoryImporter.importCsv(input) : populationImporter.importCsv(input);
		}
	}

	private static void check(ImportReport report) {
		if (!report.applied()) {
			throw new IllegalStateException("Demo data refused by the importer: " + report.problems());
		}
	}

	private void loadPeople() {
		Territory morocco = territory("MA");
		Territory bmk = territory("MA-05");
		Territory laayoune = territory("MA-11");
		Territory beniMellal = territory("MA-BEM");

		long admin = accounts.createConfirmed("admin@sawa.demo", PASSWORD, "Karim Admin", "fr");
		accounts.grantRole(admin, Role.ADMIN, morocco.id(), null);

		long staff = accounts.createConfirmed("staff@sawa.demo", PASSWORD, "Nadia El Idrissi", "ar");
		accounts.grantRole(staff, Role.STAFF, bmk.id(), admin);

		long moderator = accounts.createConfirmed("moderator@sawa.demo", PASSWORD, "Youssef Benali", "fr");
		accounts.grantRole(moderator, Role.MODERATOR, bmk.id(), admin);

		long officer = accounts.createConfirmed("officer@sawa.demo", PASSWORD, "Mariam Ould Ahmed", "ar");
		accounts.grantRole(officer, Role.PROGRAMME_OFFICER, laayoune.id(), admin);
		accounts.grantRole(officer, Role.PROGRAMME_OFFICER, bmk.id(), admin);

		long representative = accounts.createConfirmed("association@sawa.demo", PASSWORD, "Hafida Ait Lahcen", "ar");
		accounts.grantRole(representative, Role.ASSOCIATION_REPRESENTATIVE, beniMellal.id(), admin);
		long aideca = accounts.createOrganisation("association", "AIDECA", bmk.id(), representative);

		long citizen = accounts.createConfirmed("citizen@sawa.demo", PASSWORD, "Fatima Zahra Ouhammou", "ar");
		accounts.declareProfile(citizen, "female", 1986, false, territory("MA-BEM-07").id());
		accounts.addMember(aideca, citizen, "member");

		long council = accounts.createOrganisation("council", "Conseil de la Région Béni Mellal-Khénifra", bmk.id(), staff);
		accounts.createOrganisation("administration", "Agence régionale d'exécution des projets (AREP) Béni Mellal-Khénifra",
				bmk.id(), staff);
		accounts.createOrganisation("council", "Conseil de la Région Laâyoune-Sakia El Hamra", laayoune.id(), officer);
		log.debug("Demo council organisation {}", council);
	}

	private Territory territory(String code) {
		return territories.byCode(code).orElseThrow(() -> new IllegalStateException("demo territory missing: " + code));
	}
}
