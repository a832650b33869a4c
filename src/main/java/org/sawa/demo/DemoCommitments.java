package org.sawa.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.account.Accounts;
import org.sawa.commitment.ActionPlans;
import org.sawa.commitment.Milestones;
import org.sawa.commitment.PlanTexts;
import org.springframework.stereotype.Component;

/**
 * Two action plans, entered as the regions' staff would: Laâyoune-Sakia El Hamra's
 * 2025-2027 plan with commitment MALAA0003 exactly as its OGP page gives it (seed 003:
 * text, institutions, six milestones and their dates), and Béni Mellal-Khénifra's plan
 * drawn from the region's statement (seed 002). Milestone statuses and progress notes are
 * demo values.
 */
@Component
class DemoCommitments {

	private final ActionPlans plans;

	private final Milestones milestoneService;

	private final Accounts accounts;

	private final PlanTexts texts;

	DemoCommitments(ActionPlans plans, Milestones milestoneService, Accounts accounts, PlanTexts texts) {
		this.texts = texts;
		this.milestoneService = milestoneService;
		this.plans = plans;
		this.accounts = accounts;
	}

	void load(long laayouneStaff, long bmkStaff) {
		laayoune(laayouneStaff);
		beniMellal(bmkStaff);
		for (String language : new String[] { "fr", "ar" }) {
			versions(language, Map.of("LSH-2025-2027", laayouneStaff, "BMK-2022-2027", bmkStaff));
		}
	}

	/**
	 * The versions staff wrote in another language than the plan's
	 * ({@code demo/commitment-texts_<language>.properties}): MALAA0003 in Arabic and
	 * French, the Béni Mellal-Khénifra plan in Arabic.
	 */
	private void versions(String language, Map<String, Long> staffOfPlan) {
		java.util.Properties file = new java.util.Properties();
		try (var in = new java.io.InputStreamReader(
				DemoCommitments.class.getResourceAsStream("/demo/commitment-texts_" + language + ".properties"),
				java.nio.charset.StandardCharsets.UTF_8)) {
			file.load(in);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		Map<String, Map<String, String>> byCommitment = new java.util.TreeMap<>();
		file.stringPropertyNames()
			.forEach(key -> byCommitment.computeIfAbsent(key.substring(0, key.indexOf('.')), k -> new LinkedHashMap<>())
				.put(key.substring(key.indexOf('.') + 1), file.getProperty(key)));
		byCommitment.forEach((code, written) -> {
			var commitment = plans.byCode(code).orElseThrow();
			var plan = plans.plan(commitment.planId()).orElseThrow();
			texts.write(commitment, plan, language, written, staffOfPlan.get(plan.code()));
		});
	}

	private static LocalDate first(int month, int year) {
		return YearMonth.of(year, month).atDay(1);
	}

	private static LocalDate last(int month, int year) {
		return YearMonth.of(year, month).atEndOfMonth();
	}

	private long organisation(String name) {
		return accounts.organisations("council")
			.stream()
			.filter(o -> o.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private void laayoune(long staff) {
		long plan = plans.createPlan("LSH-2025-2027", "MA-11",
				"Action plan – Laayoune Sakia El Hamra, Morocco, 2025 – 2027", "en", first(6, 2025), last(6, 2027),
				"in_progress", null, staff);
		long region = organisation("Conseil de la Région Laâyoune-Sakia El Hamra");
		long alNour = accounts.registerOrganisation("association",
				"The Al Nour Association for the Radiation of Women and Children, Laayoune Sakia El Hamra Region",
				accounts.organisation(region).orElseThrow().territoryId(), null, staff);
		Map<Long, String> institutions = new LinkedHashMap<>();
		institutions.put(region, "lead");
		institutions.put(alNour, "supporting");
		String[][] milestones = {
				{ "- Training workshops; - Meetings of advisory bodies;", "6/2025", "6/2027", "in_progress" },
				{ "-- Conduct a reference study on gender disparities and challenges associated with inclusion; - Organize consultations with local stakeholders;",
						"6/2026", "6/2027", "not_started" },
				{ "- Training elected officials and staff on gender and inclusive approaches; - Launch a public awareness campaign; - Strengthening the capacities of officials to integrate gender equality into policies;",
						"6/2025", "6/2027", "in_progress" },
				{ "- Integrating a gender perspective in the regional participatory budget; - Developing gender-sensitive sectoral policies (health, education, and employment);",
						"1/2026", "12/2026", "in_progress" },
				{ "- Activating the role of the digital platform to ensure transparency and receive citizen feedback; - Develop a regional dashboard with monitoring indicators;",
						"1/2026", "12/2026", "in_progress" },
				{ "- Organize regular meetings to assess progress; - Publish annual reports on the impact of initiatives and make recommendations;",
						"1/2027", "6/2027", "not_started" } };
		List<ActionPlans.NewMilestone> list = new java.util.ArrayList<>();
		for (String[] m : milestones) {
			String[] from = m[1].split("/");
			String[] to = m[2].split("/");
			list.add(new ActionPlans.NewMilestone(m[0], first(Integer.parseInt(from[0]), Integer.parseInt(from[1])),
					last(Integer.parseInt(to[0]), Integer.parseInt(to[1])), "not_started", staff));
		}
		long commitment = plans.addCommitment(plan, new ActionPlans.NewCommitment("MALAA0003",
				"Establishment of a social inclusion club for vulnerable social class",
				"""
						- Difficulty in accessing services for all categories of society (women, disabled people, children, migrants, refugees, minorities, etc.);
						- Absence of a participatory strategy;
						- Absence of a unit to monitor, control and evaluate implementation of the action plan;
						- Absence of a regional equity mechanism.""",
				"""
						- Participation of women and marginalized groups in public consultations;
						- Implication of the Ministry of the Interior and the Ministry of Solidarity through national and international programs;
						- Implication of accredited trainers and international organizations (UN Women, UNDP);
						- Publication of campaigns by local media;
						80% of elected officials and trained staff adopt the principles of the gender approach.""",
				"""
						Establishment of a social inclusion club for vulnerable social class (women, people with disabilities, children, migrants, refugees, minorities, etc.):
						- Universal access to services for all classes of society (women, people with disabilities, children, migrants, refugees, minorities, etc.);
						- Developing a participatory strategy;
						- Creating a cell to monitor, track and evaluate the implementation of this plan;
						- Creating a regional mechanism for equity for these groups;
						- Identify disparities and barriers in regional policies;
						- Create a database disaggregated by gender, age, and other criteria;
						Enhance understanding of the needs of marginalized groups.""",
				"""
						- Publicizing the problems and obstacles faced by these groups;
						- Familiarizing the target group with their rights and involving them in expressing their demands;
						- Spreading a culture of tolerance within society and accepting others, as well as creating a kind of social and spatial justice;
						- Improving and democratizing services to include all components and categories of society;
						- Preparation of an analytical report on disparities and prioritized needs;
						- Practical recommendations for integrating a gender and inclusive approach;
						Providing reliable data to guide public policies.""",
				"""
						- Integrating a gender perspective in the regional participatory budget;
						- Developing gender-sensitive sectoral policies (health, education, employment);
						- Activating the role of the digital platform to ensure transparency and receive citizen feedback;
						- Develop a regional dashboard with monitoring indicators;
						- Organize regular meetings to assess progress;
						Publish annual reports on the impact of initiatives and make recommendations.""",
				"Civic Space, Inclusion", "Citizenship & Immigration, Public Services (general)",
				List.of("access_to_information"),
				"Regional councils and local communities. - Associations and non-governmental organizations specialized in gender and inclusion - Research institutes and universities. --Ministry of Interior and -Ministry of Solidarity --Certified trainers and intern",
				first(6, 2025), last(6, 2027), institutions, list), staff);
		var stored = plans.byId(commitment).orElseThrow().milestones();
		milestoneService.move(stored.get(0).id(), "in_progress", LocalDate.of(2025, 9, 24),
				"First training workshop for the members of the advisory bodies held at the regional council.",
				List.of(new Milestones.Evidence("Workshop attendance, by sex", "/territories/MA-11/who-takes-part")),
				staff);
		milestoneService.move(stored.get(2).id(), "in_progress", LocalDate.of(2025, 11, 12),
				"Training of elected officials and staff on the gender approach started; awareness campaign in preparation.",
				List.of(), staff);
		milestoneService.move(stored.get(3).id(), "in_progress", LocalDate.of(2026, 2, 10),
				"Gender marker added to the draft participatory budget call; sectoral reviews with health and education services.",
				List.of(), staff);
		milestoneService.move(stored.get(4).id(), "in_progress", LocalDate.of(2026, 3, 5),
				"The regional dashboard with indicators disaggregated by sex and age is online on Sawa; citizen feedback channel next.",
				List.of(new Milestones.Evidence("Regional dashboard", "/territories/MA-11/indicators"),
						new Milestones.Evidence("Requests for information to the region", "/information/bodies/MA-11")),
				staff);
	}

	private void beniMellal(long staff) {
		long plan = plans.createPlan("BMK-2022-2027", "MA-05",
				"Plan d'action de gouvernement ouvert de la Région Béni Mellal-Khénifra", "fr", first(1, 2022),
				last(12, 2027), "in_progress", null, staff);
		long region = organisation("Conseil de la Région Béni Mellal-Khénifra");
		Map<Long, String> lead = Map.of(region, "lead");
		add(plan, "BMK-01", "Élaboration participative du Programme de développement régional",
				"Participation, inclusion", "Planification régionale",
				List.of("civic_participation", "access_to_information"), lead,
				new Object[][] {
						{ "Consultations publiques et ateliers dans les cinq provinces (plus de 400 associations)", 3,
								2022, 12, 2022, "finished" },
						{ "Documents accessibles : résumé en darija, vidéos en langue des signes, version braille", 6,
								2022, 3, 2023, "finished" } },
				staff);
		add(plan, "BMK-02", "Budget citoyen de la région", "Transparence budgétaire", "Finances publiques",
				List.of("access_to_information", "public_accountability"), lead,
				new Object[][] { { "Publier un budget citoyen lisible", 1, 2023, 6, 2023, "finished" },
						{ "Former les agents régionaux et sensibiliser plus de 110 participants des provinces", 3, 2023,
								12, 2023, "finished" },
						{ "Mettre à jour le budget citoyen chaque année", 1, 2024, 12, 2027, "in_progress" } },
				staff);
		add(plan, "BMK-03", "Plateforme de transparence des projets d'emploi et d'investissement régional (Infitah)",
				"Transparence", "Emploi et investissement",
				List.of("access_to_information", "technology_and_innovation"), lead,
				new Object[][] { { "Lancer la plateforme Infitah", 1, 2023, 12, 2023, "finished" },
						{ "Publier les données de chaque projet avec les emplois créés par sexe et âge", 1, 2024, 12,
								2025, "incomplete" } },
				staff);
		add(plan, "BMK-04", "Forums citoyens et démocratie participative au niveau communal et provincial",
				"Participation, inclusion", "Gouvernance locale", List.of("civic_participation"), lead,
				new Object[][] {
						{ "Forum régional de la démocratie participative (plus de 160 acteurs)", 1, 2023, 12, 2023,
								"finished" },
						{ "Projet pilote à Khénifra avec l'association AMOUJ : pétitions, rapports consultatifs, demandes d'accès à l'information",
								1, 2023, 12, 2024, "finished" },
						{ "Étendre les mécanismes participatifs aux conseils provinciaux et communaux", 1, 2024, 12,
								2025, "stuck" },
						{ "Institutionnaliser des forums citoyens à intervalles réguliers", 1, 2025, 12, 2027,
								"in_progress" } },
				staff);
	}

	private void add(long plan, String code, String title, String area, String sector, List<String> values,
			Map<Long, String> lead, Object[][] milestones, long staff) {
		List<ActionPlans.NewMilestone> list = new java.util.ArrayList<>();
		for (Object[] m : milestones) {
			list.add(new ActionPlans.NewMilestone((String) m[0], first((int) m[1], (int) m[2]),
					last((int) m[3], (int) m[4]), "not_started", null));
		}
		LocalDate start = list.stream().map(ActionPlans.NewMilestone::startsOn).min(LocalDate::compareTo).orElseThrow();
		LocalDate end = list.stream().map(ActionPlans.NewMilestone::endsOn).max(LocalDate::compareTo).orElseThrow();
		long id = plans.addCommitment(plan, new ActionPlans.NewCommitment(code, title, "", "", "", "", "", area, sector,
				values, "", start, end, lead, list), staff);
		var stored = plans.byId(id).orElseThrow().milestones();
		for (int i = 0; i < milestones.length; i++) {
			String status = (String) milestones[i][5];
			if (!"not_started".equals(status)) {
				LocalDate day = stored.get(i).endsOn().isAfter(LocalDate.of(2026, 6, 30)) ? LocalDate.of(2026, 6, 30)
						: stored.get(i).endsOn();
				milestoneService.move(stored.get(i).id(), status, day,
						"Point d'avancement de la revue annuelle du plan.", List.of(), staff);
			}
		}
	}

}
