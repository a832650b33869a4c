package org.sawa.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sawa.account.Accounts;
import org.sawa.capacity.Activities;
import org.sawa.capacity.Assessments;
import org.sawa.capacity.Mentoring;
import org.sawa.capacity.ProgrammeTexts;
import org.sawa.capacity.Programmes;
import org.sawa.capacity.Stories;
import org.sawa.council.Member;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Component;

/**
 * The two programmes of the seeds, entered as their officers would, so that the impact
 * pages find the seeds' figures in the records by themselves. AMSSAWASS (seeds 000, 001):
 * the 40 elected women of the 20 communes (two per commune, the women whose interventions
 * DemoCouncils records) and 22 elected men, four trainings and the regional seminar of 10
 * December 2025, a development plan and an individual coaching session each, Jouahir's
 * story. ISED-BMK (seed 004): 100 associations (one member each) and 52 young people
 * trained, AIDECA's OCA and OPI rounds of 2023 and 2025 with its improvement plan,
 * Khadija's story. Names, dates and scores are generated demo values.
 */
@Component
class DemoCapacity {

	private static final String[] GIVEN_YOUTH = { "Imane", "Yassine", "Salma", "Anas", "Oumaima", "Ayoub", "Chaimae",
			"Hamza", "Kawtar", "Zakaria", "Hiba", "Mehdi", "Nouhaila", "Ilyas" };

	private static final String[] FAMILIES = { "Ait Ali", "Bouhali", "Chakir", "Derkaoui", "El Amri", "Fadili",
			"Ghanem", "Hilali", "Idrissi", "Jabri", "Kabbaj", "Lamrani", "Mouhib", "Naji" };

	private static final String[] ASSOCIATION_WORDS = { "Amal", "Tafoukt", "Annahda", "Al Khair", "Tiwizi", "Ighrem",
			"Assaada", "Al Wafae", "Tanmia", "Azir", "Nour", "Al Amal", "Ajial", "Tamount", "Assafae", "Izourane",
			"Al Fath", "Tighremt", "Al Inbiat" };

	private final Programmes programmes;

	private final Activities activities;

	private final Mentoring mentoring;

	private final Assessments assessments;

	private final Stories stories;

	private final Territories territories;

	private final ProgrammeTexts texts;

	private final Accounts accounts;

	DemoCapacity(Programmes programmes, Activities activities, Mentoring mentoring, Assessments assessments,
			Stories stories, Territories territories, Accounts accounts, ProgrammeTexts texts) {
		this.texts = texts;
		this.activities = activities;
		this.programmes = programmes;
		this.mentoring = mentoring;
		this.assessments = assessments;
		this.stories = stories;
		this.territories = territories;
		this.accounts = accounts;
	}

	void load(long officer, long coach, Map<String, List<Member>> mentored, Map<String, List<Member>> trainedMen) {
		amssawass(officer, coach, mentored, trainedMen);
		isedBmk(officer);
	}

	private void amssawass(long officer, long coach, Map<String, List<Member>> mentored,
			Map<String, List<Member>> trainedMen) {
		Random random = new Random(2024);
		long programme = programmes.create(new Programmes.NewProgramme("AMSSAWASS", Map.of("ar",
				"أمساواس: تعزيز المساواة بين الجنسين في السياسة المحلية بجهة بني ملال-خنيفرة", "fr",
				"AMSSAWASS : promouvoir l'égalité femmes-hommes dans la politique locale à Béni Mellal-Khénifra", "en",
				"AMSSAWASS: promoting gender equality in local politics in Béni Mellal-Khénifra", "zgh",
				"ⴰⵎⵙⴰⵡⴰⵙ: ⵜⴰⴳⴷⴷⵓⴷⵉ ⴳ ⵜⵙⵔⵜⵉⵜ ⵜⴰⴷⵖⵔⴰⵏⵜ"), "fr",
				"Agence française de développement, Ambassade de France au Maroc",
				"AIDECA, Ajyal Égalité, Expertise France, Université Sultan Moulay Slimane",
				List.of("elected_women", "elected_men"), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31),
				List.of("MA-05")), officer);
		List<Long> women = new ArrayList<>();
		List<Long> men = new ArrayList<>();
		Map<Long, Long> participantOf = new LinkedHashMap<>();
		for (var entry : mentored.entrySet()) {
			for (Member member : entry.getValue()) {
				long id = programmes.enrol(programme, new Programmes.NewParticipant(member.fullName(), "female",
						member.birthYear(), "elected", entry.getKey(), null, member.councillorId()), officer);
				women.add(id);
				participantOf.put(member.councillorId(), id);
			}
			for (Member member : trainedMen.get(entry.getKey())) {
				men.add(programmes.enrol(programme, new Programmes.NewParticipant(member.fullName(), "male",
						member.birthYear(), "elected", entry.getKey(), null, member.councillorId()), officer));
			}
		}
		List<Long> everyone = new ArrayList<>(women);
		everyone.addAll(men);
		train(programme, "training",
				new String[] { "Leadership, développement personnel et prise de parole",
						"القيادة والتنمية الذاتية والتحدث أمام الجمهور" },
				LocalDate.of(2024, 3, 12), 12, "hybrid", women, random, officer);
		train(programme, "training",
				new String[] { "Développement territorial inclusif et budgétisation sensible au genre",
						"التنمية الترابية الدامجة والميزانية المستجيبة للنوع" },
				LocalDate.of(2024, 6, 18), 12, "in_person", everyone, random, officer);
		train(programme, "training",
				new String[] { "Plaidoyer, négociation et suivi des politiques publiques",
						"الترافع والتفاوض وتتبع السياسات العمومية" },
				LocalDate.of(2024, 10, 22), 6, "hybrid", women, random, officer);
		train(programme, "training",
				new String[] { "Planification participative et travail en commission",
						"التخطيط التشاركي والعمل داخل اللجان" },
				LocalDate.of(2025, 2, 25), 6, "remote", women.subList(0, 30), random, officer);
		train(programme, "seminar", new String[] {
				"Séminaire régional : situation des élues de Béni Mellal-Khénifra (étude cartographique, avec l'USMS)",
				"ندوة جهوية: وضعية المنتخبات بجهة بني ملال خنيفرة (دراسة خرائطية بشراكة مع جامعة السلطان مولاي سليمان)" },
				LocalDate.of(2025, 12, 10), 4, "in_person", everyone.subList(0, 36), random, officer);

		String[] priorities = Mentoring.PRIORITIES.toArray(String[]::new);
		for (int i = 0; i < women.size(); i++) {
			Map<String, Integer> baselines = new LinkedHashMap<>();
			baselines.put(priorities[i % priorities.length], 1 + random.nextInt(2));
			baselines.put(priorities[(i + 3) % priorities.length], 1 + random.nextInt(2));
			if (i % 3 == 0) {
				baselines.put(priorities[(i + 1) % priorities.length], 2);
			}
			long plan = mentoring.openPlan(women.get(i), coach, LocalDate.of(2025, 1, 15), baselines, officer);
			List<String> topics = List.copyOf(baselines.keySet()).subList(0, 1 + random.nextInt(2));
			String mode = i % 3 == 0 ? "in_person" : i % 3 == 1 ? "remote" : "hybrid";
			mentoring.coach(plan, LocalDate.of(2025, 2 + i % 5, 3 + i % 20), mode, 45 + 15 * random.nextInt(4), topics,
					"Préparation de l'intervention en session ; points de blocage discutés en confiance.", coach);
			for (String priority : topics) {
				mentoring.progress(plan, priority, Math.min(4, baselines.get(priority) + 1 + random.nextInt(2)), coach);
			}
		}
		long jouahir = women.get(0);
		long story = stories.write(jouahir, "Jouahir : les femmes rurales au cœur des engagements de la commune",
				"Face à la domination masculine dans les instances locales, Jouahir a renforcé son rôle au conseil grâce aux "
						+ "séances de coaching et aux formations du projet. Elle a fait intégrer les femmes rurales au programme "
						+ "d'ouverture de la commune, soutenu par la Direction générale des collectivités territoriales, et les a "
						+ "placées au cœur des quatre engagements de la commune ; elle porte ce plaidoyer dans les rencontres "
						+ "régionales et locales.",
				officer);
		story(programme, story, "جواهر: النساء القرويات في صلب التزامات الجماعة",
				"في مواجهة الهيمنة الذكورية داخل الهيئات المحلية، عززت جواهر دورها في المجلس بفضل جلسات المواكبة وتكوينات "
						+ "المشروع. فقد أدمجت النساء القرويات في برنامج انفتاح الجماعة، المدعوم من المديرية العامة للجماعات "
						+ "الترابية، وجعلتهن في صلب الالتزامات الأربعة للجماعة؛ وهي تحمل هذا الترافع في اللقاءات الجهوية "
						+ "والمحلية.",
				officer);
		stories.consent(story, LocalDate.of(2025, 11, 20), "Formulaire de consentement signé, conservé par AIDECA",
				officer);
		stories.publish(story, officer);
	}

	private void isedBmk(long officer) {
		Random random = new Random(2020);
		long programme = programmes.create(new Programmes.NewProgramme("ISED-BMK",
				Map.of("ar", "التنمية الاجتماعية والاقتصادية الدامجة بجهة بني ملال خنيفرة", "fr",
						"Développement socio-économique inclusif de Béni Mellal-Khénifra", "en",
						"Inclusive socio-economic development in Béni Mellal-Khénifra", "zgh",
						"ⴰⵏⴼⵍⵓⵙ ⴰⵏⴰⵎⵓⵏ ⴷ ⵓⴷⵎⵙⴰⵏ ⴳ ⴰⵢⵜ ⵎⵍⵍⴰⵍ-ⵅⵏⵉⴼⵔⴰ"),
				"fr", "USAID", "AIDECA", List.of("associations", "youth"), LocalDate.of(2020, 1, 1),
				LocalDate.of(2025, 12, 31), List.of("MA-05")), officer);
		Territory bmk = territories.byCode("MA-05").orElseThrow();
		List<Territory> communes = territories.within(bmk.id(), Level.COMMUNE);
		List<Long> associations = new ArrayList<>();
		accounts.organisations("association").forEach(o -> associations.add(o.id()));
		for (int a = associations.size(); a < 100; a++) {
			Territory commune = communes.get(a % communes.size());
			associations.add(accounts.registerOrganisation("association",
					"Association " + ASSOCIATION_WORDS[a % ASSOCIATION_WORDS.length] + " "
							+ commune.name(java.util.Locale.FRENCH),
					commune.id(), LocalDate.of(2000 + a % 20, 1 + a % 12, 1), officer));
		}
		List<Long> members = new ArrayList<>();
		for (int a = 0; a < associations.size(); a++) {
			Territory commune = communes.get((a * 7) % communes.size());
			boolean woman = a % 5 != 0;
			members.add(programmes.enrol(programme,
					new Programmes.NewParticipant((woman ? "Khadija" : "Mohamed") + " " + FAMILIES[a % FAMILIES.length],
							woman ? "female" : "male", 1965 + random.nextInt(35), "association_member", commune.code(),
							associations.get(a), null),
					officer));
		}
		List<Long> youth = new ArrayList<>();
		for (int y = 0; y < 52; y++) {
			Territory commune = communes.get((y * 3) % communes.size());
			youth.add(programmes.enrol(programme,
					new Programmes.NewParticipant(
							GIVEN_YOUTH[y % GIVEN_YOUTH.length] + " " + FAMILIES[(y * 5) % FAMILIES.length],
							y % 2 == 0 ? "female" : "male", 1998 + random.nextInt(8), "youth", commune.code(), null,
							null),
					officer));
		}
		train(programme, "training",
				new String[] { "Mécanismes de la démocratie participative et pétitions",
						"آليات الديمقراطية التشاركية والعرائض" },
				LocalDate.of(2021, 4, 14), 12, "in_person", members.subList(0, 50), random, officer);
		train(programme, "training",
				new String[] { "Droit d'accès à l'information (loi 31-13)",
						"الحق في الحصول على المعلومات (القانون 31.13)" },
				LocalDate.of(2021, 11, 9), 6, "remote", members.subList(50, 100), random, officer);
		train(programme, "training",
				new String[] { "Plaidoyer pour des politiques locales inclusives",
						"الترافع من أجل سياسات محلية دامجة" },
				LocalDate.of(2022, 5, 17), 12, "hybrid", members.subList(20, 80), random, officer);
		train(programme, "training",
				new String[] { "Égalité femmes-hommes et inclusion sociale",
						"المساواة بين النساء والرجال والإدماج الاجتماعي" },
				LocalDate.of(2023, 2, 21), 6, "in_person", members.subList(0, 40), random, officer);
		train(programme, "training", new String[] { "Engagement civique des jeunes", "المشاركة المدنية للشباب" },
				LocalDate.of(2022, 10, 11), 12, "in_person", youth, random, officer);
		train(programme, "workshop", new String[] { "Entrepreneuriat des jeunes", "مقاولة الشباب" },
				LocalDate.of(2023, 4, 25), 18, "hybrid", youth.subList(0, 30), random, officer);
		train(programme, "workshop",
				new String[] { "Forum régional de la démocratie participative",
						"المنتدى الجهوي للديمقراطية التشاركية" },
				LocalDate.of(2023, 6, 28), 8, "in_person", members.subList(0, 60), random, officer);

		long aideca = accounts.organisations("association")
			.stream()
			.filter(o -> o.name().equals("AIDECA"))
			.findFirst()
			.orElseThrow()
			.id();
		int[][] oca = { { 2, 3 }, { 2, 3 }, { 1, 3 }, { 2, 4 }, { 2, 3 }, { 3, 4 }, { 1, 2 } };
		int[][] opi = { { 2, 3 }, { 2, 3 }, { 2, 3 }, { 1, 3 }, { 2, 4 }, { 1, 2 }, { 2, 3 }, { 2, 3 } };
		round(programme, aideca, "oca", oca, officer);
		round(programme, aideca, "opi", opi, officer);
		assessments.addAction(programme, aideca, "human_resources",
				"Adopter un manuel des ressources humaines et des fiches de poste", LocalDate.of(2024, 6, 30), officer);
		assessments.addAction(programme, aideca, "financial_management",
				"Mettre en place un audit financier annuel externe", LocalDate.of(2024, 12, 31), officer);
		assessments.addAction(programme, aideca, "project_performance",
				"Un système de suivi-évaluation des projets avec indicateurs par sexe", LocalDate.of(2025, 6, 30),
				officer);

		long khadija = members.stream()
			.filter(m -> programmes.participant(m).orElseThrow().communeId() != null
					&& territories.byId(programmes.participant(m).orElseThrow().communeId())
						.orElseThrow()
						.path()
						.contains("/" + territories.byCode("MA-AZI").orElseThrow().id() + "/")
					&& "female".equals(programmes.participant(m).orElseThrow().sex()))
			.findFirst()
			.orElse(members.get(1));
		long story = stories.write(khadija, "Khadija, actrice associative à Azilal",
				"La formation sur l'égalité femmes-hommes et l'inclusion sociale a renforcé mes connaissances et m'a donné un "
						+ "regard plus fin sur le genre. Cela a changé les initiatives de notre association, surtout celles qui "
						+ "portent sur l'autonomisation des femmes.",
				officer);
		story(programme, story, "خديجة، فاعلة جمعوية بأزيلال",
				"عزز التكوين حول المساواة بين النساء والرجال والإدماج الاجتماعي معارفي، ومنحني نظرة أدق إلى النوع. وقد "
						+ "غيّر ذلك مبادرات جمعيتنا، خاصة تلك المتعلقة بتمكين النساء.",
				officer);
		stories.consent(story, LocalDate.of(2024, 3, 8), "Consentement écrit recueilli pendant la formation", officer);
		stories.publish(story, officer);
	}

	/** A story's Arabic version, written by the programme's officer. */
	private void story(long programme, long story, String title, String body, long officer) {
		texts.write(programmes.byId(programme).orElseThrow(), List.of(), List.of(stories.story(story)), "ar",
				Map.of("s" + story + "-title", title, "s" + story + "-body", body), officer);
	}

	private void round(long programme, long organisation, String tool, int[][] scores, long officer) {
		List<String> areas = Assessments.AREAS.get(tool);
		for (int r = 0; r < 2; r++) {
			Map<String, Assessments.Score> round = new LinkedHashMap<>();
			for (int a = 0; a < areas.size(); a++) {
				round.put(areas.get(a), new Assessments.Score(scores[a][r],
						r == 0 ? "Atelier de diagnostic organisationnel, 2023" : "Revue de suivi, 2025"));
			}
			assessments.record(programme, organisation, tool, r == 0 ? "baseline" : "follow_up",
					r == 0 ? LocalDate.of(2023, 3, 15) : LocalDate.of(2025, 3, 18), round, officer);
		}
	}

	/**
	 * An activity, its topic in French and Arabic, and who attended with their scores.
	 */
	private void train(long programme, String kind, String[] topic, LocalDate day, int hours, String mode,
			List<Long> who, Random random, long officer) {
		long activity = activities.schedule(programme, new Activities.NewActivity(kind, topic[0], day,
				BigDecimal.valueOf(hours), mode, "Béni Mellal", "AIDECA", "MA-05"), officer);
		texts.write(programmes.byId(programme).orElseThrow(), List.of(activities.activity(activity).orElseThrow()),
				List.of(), "ar", Map.of("a" + activity, topic[1]), officer);
		List<Activities.AttendanceLine> lines = new ArrayList<>();
		for (long participant : who) {
			int pre = 30 + random.nextInt(30);
			lines.add(new Activities.AttendanceLine(participant, true, "training".equals(kind) ? pre : null,
					"training".equals(kind) ? Math.min(100, pre + 10 + random.nextInt(25)) : null));
		}
		activities.recordAttendance(activity, lines, officer);
	}

}
