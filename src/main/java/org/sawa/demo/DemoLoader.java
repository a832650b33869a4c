package org.sawa.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.sawa.account.Accounts;
import org.sawa.account.Role;
import org.sawa.imports.ImportReport;
import org.sawa.indicator.Dashboards;
import org.sawa.indicator.DataValueImporter;
import org.sawa.indicator.Dimension;
import org.sawa.indicator.Dimensions;
import org.sawa.indicator.Indicator;
import org.sawa.indicator.Indicators;
import org.sawa.territory.LegalPopulationImporter;
import org.sawa.territory.PopulationImporter;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.territory.TerritoryImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
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

	private final DemoProgress progress;

	/** Whether the history is loaded after start-up rather than before it. */
	private final boolean background;

	private final TerritoryImporter territoryImporter;

	private final PopulationImporter populationImporter;

	private final Accounts accounts;

	private final Indicators indicators;

	private final DataValueImporter dataValues;

	private final Dashboards dashboards;

	private final Dimensions dimensions;

	private final DemoPetitions demoPetitions;

	private final DemoInfoRequests demoInfoRequests;

	private final DemoCouncils demoCouncils;

	private final DemoCapacity demoCapacity;

	private final DemoCommitments demoCommitments;

	private final DemoReports demoReports;

	private final DemoConsultations demoConsultations;

	private final LegalPopulationImporter legalPopulationImporter;

	private final DemoFeedback demoFeedback;

	private final DemoBudgets demoBudgets;

	private final DemoParticipatoryBudgets demoParticipatoryBudgets;

	private final DemoProjects demoProjects;

	DemoLoader(Territories territories, TerritoryImporter territoryImporter, PopulationImporter populationImporter,
			Accounts accounts, Indicators indicators, DataValueImporter dataValues, Dashboards dashboards,
			Dimensions dimensions, DemoPetitions demoPetitions, DemoInfoRequests demoInfoRequests,
			DemoCouncils demoCouncils, DemoCapacity demoCapacity, DemoCommitments demoCommitments,
			DemoReports demoReports, LegalPopulationImporter legalPopulationImporter,
			DemoConsultations demoConsultations, DemoFeedback demoFeedback, DemoBudgets demoBudgets,
			DemoParticipatoryBudgets demoParticipatoryBudgets, DemoProjects demoProjects, DemoProgress progress,
			@Value("${sawa.demo.background:true}") boolean background) {
		this.progress = progress;
		this.background = background;
		this.demoProjects = demoProjects;
		this.demoParticipatoryBudgets = demoParticipatoryBudgets;
		this.demoFeedback = demoFeedback;
		this.demoBudgets = demoBudgets;
		this.demoConsultations = demoConsultations;
		this.legalPopulationImporter = legalPopulationImporter;
		this.demoCommitments = demoCommitments;
		this.demoReports = demoReports;
		this.demoCouncils = demoCouncils;
		this.demoCapacity = demoCapacity;
		this.dimensions = dimensions;
		this.demoPetitions = demoPetitions;
		this.demoInfoRequests = demoInfoRequests;
		this.dashboards = dashboards;
		this.indicators = indicators;
		this.dataValues = dataValues;
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
		// every demo account has the same password: hashed once (Argon2id costs by
		// design)
		String passwordHash = accounts.hash(PASSWORD);
		check(importCsv("demo/territories.csv", true));
		check(importCsv("demo/population-2024.csv", false));
		try (InputStream input = new ClassPathResource("demo/legal-population.csv").getInputStream()) {
			check(legalPopulationImporter.importCsv(input, "demo"));
		}
		loadPeople(passwordHash);
		if (background) {
			progress.preparing(true);
			Thread loader = new Thread(() -> loadHistory(passwordHash), "sawa-demo");
			loader.setDaemon(true);
			loader.start();
		}
		else {
			loadHistory(passwordHash);
		}
	}

	/**
	 * Everything after the territories and the accounts: in the background after start-up
	 * ({@code sawa.demo.background}, off in tests), the pages saying the demo is being
	 * prepared meanwhile (issue 23: the home page answers within seconds of a first
	 * start).
	 */
	private void loadHistory(String passwordHash) {
		try {
			loadIndicators();
			demoPetitions.load(passwordHash);
			demoPetitions.loadAdvanced(accounts.idByEmail("staff@sawa.demo").orElseThrow());
			demoInfoRequests.load(accounts.idByEmail("admin@sawa.demo").orElseThrow(),
					accounts.idByEmail("staff@sawa.demo").orElseThrow(),
					accounts.idByEmail("staff.laayoune@sawa.demo").orElseThrow(),
					accounts.idByEmail("citizen@sawa.demo").orElseThrow());
			demoCouncils.load(accounts.idByEmail("staff@sawa.demo").orElseThrow(),
					accounts.idByEmail("staff.laayoune@sawa.demo").orElseThrow(),
					accounts.idByEmail("association@sawa.demo").orElseThrow());
			demoCapacity.load(accounts.idByEmail("officer@sawa.demo").orElseThrow(),
					accounts.idByEmail("coach@sawa.demo").orElseThrow(), demoCouncils.mentored(),
					demoCouncils.trainedMen());
			demoCommitments.load(accounts.idByEmail("staff.laayoune@sawa.demo").orElseThrow(),
					accounts.idByEmail("staff@sawa.demo").orElseThrow());
			demoConsultations.load(accounts.idByEmail("staff@sawa.demo").orElseThrow(),
					accounts.idByEmail("staff.laayoune@sawa.demo").orElseThrow(), passwordHash);
			demoFeedback.load(accounts.idByEmail("admin@sawa.demo").orElseThrow(),
					accounts.idByEmail("staff@sawa.demo").orElseThrow(),
					accounts.idByEmail("staff.laayoune@sawa.demo").orElseThrow(),
					accounts.idByEmail("moderator@sawa.demo").orElseThrow(),
					accounts.idByEmail("citizen@sawa.demo").orElseThrow());
			demoBudgets.load(accounts.idByEmail("staff@sawa.demo").orElseThrow());
			demoParticipatoryBudgets.load(accounts.idByEmail("staff@sawa.demo").orElseThrow());
			demoProjects.load(accounts.idByEmail("staff@sawa.demo").orElseThrow(),
					accounts.idByEmail("staff.laayoune@sawa.demo").orElseThrow());
			composeDashboards();
			demoReports.load(accounts.idByEmail("officer@sawa.demo").orElseThrow(),
					accounts.idByEmail("staff.laayoune@sawa.demo").orElseThrow());
			log.info("Demo scenario loaded");
		}
		catch (org.sawa.refusal.Refusals refused) {
			log.error("The demo scenario could not be loaded: refused {}", refused.all(), refused);
		}
		catch (IOException | RuntimeException failed) {
			log.error("The demo scenario could not be loaded", failed);
		}
		finally {
			progress.preparing(false);
		}
	}

	private ImportReport importCsv(String resource, boolean territoriesFile) throws IOException {
		try (InputStream input = new ClassPathResource(resource).getInputStream()) {
			return territoriesFile ? territoryImporter.importCsv(input, "demo")
					: populationImporter.importCsv(input, "demo");
		}
	}

	private static void check(ImportReport report) {
		if (!report.applied()) {
			throw new IllegalStateException("Demo data refused by the importer: " + report.problems());
		}
	}

	private void loadPeople(String passwordHash) {
		Territory morocco = territory("MA");
		Territory bmk = territory("MA-05");
		Territory laayoune = territory("MA-11");
		Territory beniMellal = territory("MA-BEM");

		long admin = accounts.createConfirmedHashed("admin@sawa.demo", passwordHash, "Karim Admin", "fr");
		accounts.grantRole(admin, Role.ADMIN, morocco.id(), null);

		long staff = accounts.createConfirmedHashed("staff@sawa.demo", passwordHash, "Nadia El Idrissi", "ar");
		accounts.grantRole(staff, Role.STAFF, bmk.id(), admin);

		long laayouneStaff = accounts.createConfirmedHashed("staff.laayoune@sawa.demo", passwordHash,
				"Salka Ma El Ainin", "ar");
		accounts.grantRole(laayouneStaff, Role.STAFF, laayoune.id(), admin);

		long moderator = accounts.createConfirmedHashed("moderator@sawa.demo", passwordHash, "Youssef Benali", "fr");
		accounts.grantRole(moderator, Role.MODERATOR, bmk.id(), admin);
		accounts.grantRole(moderator, Role.MODERATOR, laayoune.id(), admin);

		long officer = accounts.createConfirmedHashed("officer@sawa.demo", passwordHash, "Mariam Ould Ahmed", "ar");
		accounts.grantRole(officer, Role.PROGRAMME_OFFICER, laayoune.id(), admin);
		accounts.grantRole(officer, Role.PROGRAMME_OFFICER, bmk.id(), admin);

		// the AMSSAWASS coach: no role of her own, she reads and writes the plans she
		// follows
		accounts.createConfirmedHashed("coach@sawa.demo", passwordHash, "Leila Benjelloun", "fr");

		long representative = accounts.createConfirmedHashed("association@sawa.demo", passwordHash, "Hafida Ait Lahcen",
				"ar");
		accounts.grantRole(representative, Role.ASSOCIATION_REPRESENTATIVE, beniMellal.id(), admin);
		// the founding date is a demo value (the seeds do not give it)
		long aideca = accounts.createOrganisation("association", "AIDECA", bmk.id(), java.time.LocalDate.of(2008, 6, 1),
				representative);

		long citizen = accounts.createConfirmedHashed("citizen@sawa.demo", passwordHash, "Fatima Zahra Ouhammou", "ar");
		accounts.declareProfile(citizen, "female", 1986, false, territory("MA-BEM-07").id());
		accounts.addMember(aideca, citizen, "member");

		long council = accounts.createOrganisation("council", "Conseil de la Région Béni Mellal-Khénifra", bmk.id(),
				staff);
		accounts.createOrganisation("administration",
				"Agence régionale d'exécution des projets (AREP) Béni Mellal-Khénifra", bmk.id(), staff);
		accounts.createOrganisation("council", "Conseil de la Région Laâyoune-Sakia El Hamra", laayoune.id(), officer);
		log.debug("Demo council organisation {}", council);
	}

	private void loadIndicators() throws IOException {
		define("COUNCILLORS", "last", "5.5.1", "Decree results (demo)", List.of("sex"), "المنتخبون في المجالس الجماعية",
				"Élus des conseils communaux", "Elected commune councillors", "ⵉⵏⵙⵜⴰⵢⵏ ⵏ ⵉⵙⵇⵙⵉⵜⵏ ⵏ ⵜⵊⵎⴰⵄⵉⵏ");
		define("ELECTED_TRAINED", "sum", null, "AMSSAWASS (AIDECA)", List.of("sex"), "المنتخبون المستفيدون من التكوين",
				"Élus formés", "Elected officials trained", "ⵉⵏⵙⵜⴰⵢⵏ ⵉⵍⵎⴷⵏ");
		define("CSO_TRAINED", "sum", null, "ISED-BMK", List.of(), "جمعيات المجتمع المدني المستفيدة من التكوين",
				"Associations formées", "Civil-society organisations trained", "ⵜⵉⵎⵓⵏⴰ ⵉⵍⵎⴷⵏ");
		define("YOUTH_TRAINED", "sum", null, "ISED-BMK", List.of("sex", "age_band"), "الشباب المستفيدون من التكوين",
				"Jeunes formés", "Young people trained", "ⵉⵎⴰⵣⵣⴰⵏⵏ ⵉⵍⵎⴷⵏ");
		define("CONSULTATION_PARTICIPANTS", "sum", "16.7.2", "Région Béni Mellal-Khénifra", List.of("sex"),
				"المشاركون في الاستشارات والورشات", "Participants aux consultations et ateliers",
				"Participants in consultations and workshops", "ⵉⵎⵙⵜⵜⴽⴽⴰ ⴳ ⵉⵙⵇⵙⵉⵜⵏ");
		define("GENDER_TRAINED", "sum", null, "MALAA0003", List.of("sex"), "منتخبون وموظفون مكونون في مقاربة النوع",
				"Élus et agents formés à l’approche genre", "Officials and staff trained in the gender approach",
				"ⵉⵏⵙⵜⴰⵢⵏ ⴷ ⵉⵎⵙⵡⵓⵔⵉⵢⵏ ⵉⵍⵎⴷⵏ");
		indicators.define(new Indicator("ELECTED_TRAINED_RATE",
				Map.of("ar", "نسبة المنتخبين المستفيدين من التكوين", "fr", "Part des élus formés", "en",
						"Share of councillors trained", "zgh", "ⴰⵎⵓⵔ ⵏ ⵉⵏⵙⵜⴰⵢⵏ ⵉⵍⵎⴷⵏ"),
				Map.of("ar", "المنتخبون المستفيدون من التكوين خلال السنة مقسومون على عدد المنتخبين، حسب الجنس.", "fr",
						"Élus formés dans l’année, rapportés au nombre d’élus des conseils communaux, par sexe.", "en",
						"Councillors trained in the year over the number of commune councillors, by sex.", "zgh",
						"ⵉⵏⵙⵜⴰⵢⵏ ⵉⵍⵎⴷⵏ ⴳ ⵓⵙⴳⴳⵯⴰⵙ ⵅⴼ ⵎⴰⵏⵣⴰ ⵏ ⵉⵏⵙⵜⴰⵢⵏ."),
				"percent", "ratio", "ELECTED_TRAINED", "COUNCILLORS", "higher", null, "AMSSAWASS (AIDECA)", "",
				List.of("sex")), "system");
		indicators.target("ELECTED_TRAINED", 2025, java.math.BigDecimal.valueOf(40), "system");
		indicators.target("CSO_TRAINED", 2025, java.math.BigDecimal.valueOf(20), "system");
		indicators.target("GENDER_TRAINED", 2026, java.math.BigDecimal.valueOf(30), "system");
		try (InputStream input = new ClassPathResource("demo/indicators.csv").getInputStream()) {
			check(dataValues.importCsv(input, "system"));
		}
		// an officer-defined dimension: the main target group of the associations whose
		// members were trained
		dimensions.save(new Dimension("assoc_focus",
				names("الفئة المستهدفة للجمعية", "Public cible de l’association", "Association's target group",
						"ⴰⴳⵔⴰⵡ ⵏ ⵜⵎⵓⵏⵜ"),
				false,
				List.of(new Dimension.Option("women", names("النساء", "Femmes", "Women", "ⵜⵉⵎⵖⴰⵔⵉⵏ")),
						new Dimension.Option("youth", names("الشباب", "Jeunes", "Youth", "ⵉⵎⴰⵣⵣⴰⵏⵏ")),
						new Dimension.Option("disability",
								names("الأشخاص في وضعية إعاقة", "Personnes en situation de handicap",
										"Persons with disabilities", "ⵉⵎⴷⴷⵓⴽⴽⴰⵍ ⵙ ⵜⵏⵏⵓⵖⴱⴰ")),
						new Dimension.Option("rural_dev", names("التنمية القروية", "Développement rural",
								"Rural development", "ⴰⵙⵏⴼⵍⵓⵍ ⴰⵎⵏⴷⴰⵔ")))),
				"system");
		define("ASSOC_MEMBERS_TRAINED", "sum", "16.7.2", "ISED-BMK", List.of("sex", "assoc_focus"),
				"أعضاء الجمعيات المستفيدون من التكوين في آليات الديمقراطية التشاركية",
				"Membres d’associations formés aux mécanismes de démocratie participative",
				"Association members trained in participatory democracy", "ⵉⵎⴷⵔⴰⵏ ⵏ ⵜⵎⵓⵏⵉⵏ ⵉⵍⵎⴷⵏ");
		try (InputStream input = new ClassPathResource("demo/association-members.csv").getInputStream()) {
			check(dataValues.importCsv(input, "system"));
		}
	}

	/**
	 * The regional monitoring cells' dashboards, published; the jobs the projects created
	 * (indicators the projects registry feeds) among them.
	 */
	private void composeDashboards() {
		dashboards.compose(territory("MA-05").id(),
				List.of("COUNCILLORS", "ELECTED_TRAINED", "ELECTED_TRAINED_RATE", "GENDER_TRAINED", "YOUTH_TRAINED",
						"CSO_TRAINED", "ASSOC_MEMBERS_TRAINED", "CONSULTATION_PARTICIPANTS", "PROJ.JOBS.PERMANENT",
						"PROJ.JOBS.TEMPORARY"),
				new java.math.BigDecimal("0.8"), true, "system");
		dashboards.compose(
				territory("MA-11").id(), List.of("COUNCILLORS", "ELECTED_TRAINED", "ELECTED_TRAINED_RATE",
						"GENDER_TRAINED", "CSO_TRAINED", "PROJ.JOBS.PERMANENT"),
				new java.math.BigDecimal("0.8"), true, "system");
	}

	private void define(String code, String aggregation, String sdg, String source, List<String> dimensions, String ar,
			String fr, String en, String zgh) {
		indicators.define(new Indicator(code, names(ar, fr, en, zgh), Map.of(), "count", aggregation, null, null,
				"higher", sdg, source, "", dimensions), "system");
	}

	private static Map<String, String> names(String ar, String fr, String en, String zgh) {
		return Map.of("ar", ar, "fr", fr, "en", en, "zgh", zgh);
	}

	private Territory territory(String code) {
		return territories.byCode(code).orElseThrow(() -> new IllegalStateException("demo territory missing: " + code));
	}

}
