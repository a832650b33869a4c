package org.sawa.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.sawa.account.Accounts;
import org.sawa.calendar.ShiftableClock;
import org.sawa.event.AttendanceSheets;
import org.sawa.event.Event;
import org.sawa.event.EventTexts;
import org.sawa.event.Events;
import org.sawa.event.Labs;
import org.sawa.event.Registration;
import org.sawa.event.Registrations;
import org.springframework.stereotype.Component;

/**
 * Béni Mellal-Khénifra's events (seed 002): the innovation labs on ecotourism in Azilal
 * and on agri-food (118 participants over the labs, from institutions, associations,
 * cooperatives and companies), the regional forum on participatory democracy of 2023
 * (more than 160 actors) with its minutes, a meeting of the plan's co-implementation
 * committee; then what is to come: the quarterly citizens' forum the region wants to
 * institutionalise (a series), a workshop in Azilal, and the youth workshop of
 * Laâyoune-Sakia El Hamra's consultation, with residents registered and what they asked
 * for. Attendance comes from registrations ticked at the door and paper sheets typed by
 * staff; sexes, ages and areas of the sheets are the demo's, drawn with a fixed seed.
 */
@Component
class DemoEvents {

	private final Events events;

	private final EventTexts texts;

	private final Registrations registrations;

	private final AttendanceSheets sheets;

	private final Labs labs;

	private final Accounts accounts;

	private final ShiftableClock clock;

	DemoEvents(Events events, EventTexts texts, Registrations registrations, AttendanceSheets sheets, Labs labs,
			Accounts accounts, ShiftableClock clock) {
		this.events = events;
		this.texts = texts;
		this.registrations = registrations;
		this.sheets = sheets;
		this.labs = labs;
		this.accounts = accounts;
		this.clock = clock;
	}

	void load(long staff, long laayouneStaff) {
		labs(staff);
		forum(staff);
		committee(staff);
		upcoming(staff, laayouneStaff);
	}

	private void labs(long staff) {
		String ecotourism = "Comment faire de l’écotourisme une source de revenus pour les douars d’Azilal, "
				+ "en particulier pour les femmes et les jeunes, sans abîmer le Géoparc M’Goun ?";
		long first = held(staff, "lab", "Laboratoire d’innovation publique : l’écotourisme à Azilal (1re session)",
				"Des institutions, des associations, des coopératives et des entreprises cherchent ensemble des "
						+ "projets d’écotourisme pour la province d’Azilal.",
				LocalDate.of(2023, 3, 15), "Maison du Géoparc M’Goun, Azilal", "MA-AZI-01", ecotourism,
				new int[] { 17, 24, 2 }, 11);
		long second = held(staff, "lab", "Laboratoire d’innovation publique : l’écotourisme à Azilal (2e session)",
				"Deuxième session : les prototypes de la première sont testés avec les habitantes et habitants des "
						+ "douars.",
				LocalDate.of(2023, 4, 19), "Maison du Géoparc M’Goun, Azilal", "MA-AZI-01", ecotourism,
				new int[] { 16, 21, 1 }, 12);
		long agri = held(staff, "lab", "Laboratoire d’innovation publique : les industries agro-alimentaires",
				"Des coopératives, des entreprises et l’administration cherchent comment vendre mieux les produits "
						+ "des coopératives de la région.",
				LocalDate.of(2023, 10, 11), "Agropole de Béni Mellal", "MA-BEM-01",
				"Comment les petites coopératives agricoles, souvent tenues par des femmes, peuvent-elles atteindre "
						+ "les marchés des villes ?",
				new int[] { 15, 25, 1 }, 13);
		partners(first, staff,
				Map.of("institution", "Conseil provincial d’Azilal", "association",
						"Association des guides de montagne d’Aït Bouguemez", "cooperative",
						"Coopérative féminine Tifaouine", "company", "Atlas Randonnées SARL"));
		partners(second, staff, Map.of("institution", "Géoparc M’Goun", "university",
				"Université Sultan Moulay Slimane", "cooperative", "Coopérative féminine Tifaouine"));
		partners(agri, staff, Map.of("institution", "Office national de sécurité sanitaire des produits alimentaires",
				"cooperative", "Union des coopératives laitières du Tadla", "company", "Agropole de Béni Mellal"));
		prototype(second, staff, LocalDate.of(2023, 4, 20), "Le circuit des gîtes du Géoparc",
				"Six gîtes d’étape tenus par des familles et une coopérative de femmes, reliés par un sentier balisé, "
						+ "avec des guides formés au laboratoire.");
		prototype(second, staff, LocalDate.of(2023, 4, 20), "Un label « accueil accessible »",
				"Une grille simple pour que les gîtes accueillent aussi les personnes en fauteuil et les familles "
						+ "avec de jeunes enfants.");
		prototype(agri, staff, LocalDate.of(2023, 10, 12), "Une boutique en ligne des coopératives",
				"Une plateforme commune de vente et de livraison pour les coopératives de la région, avec une "
						+ "formation au commerce en ligne pour les coopératrices.");
	}

	private void forum(long staff) {
		LocalDate day = LocalDate.of(2023, 5, 24);
		long id = clock.during(day.minusDays(40), () -> events.schedule(new Events.NewEvent("MA-05", null, "forum",
				"Forum régional sur la démocratie participative",
				"Les associations, les élues et élus et les institutions de la région font le point sur la "
						+ "participation citoyenne : pétitions, consultations, laboratoires d’innovation, et ce qui "
						+ "reste à faire pour que les femmes, les jeunes et les personnes handicapées y aient leur "
						+ "place.",
				"fr", day, LocalTime.of(9, 0), null, LocalTime.of(17, 0), "Centre des congrès, Béni Mellal",
				"MA-BEM-01", "", new Event.Venue(true, true, true), 200, true, "", "", null), staff));
		Event forum = events.byId(id).orElseThrow();
		clock.during(day.minusDays(38),
				() -> texts.write(forum, "ar",
						Map.of("title", "المنتدى الجهوي حول الديمقراطية التشاركية", "description",
								"تقيّم الجمعيات والمنتخبات والمنتخبون والمؤسسات في الجهة المشاركة المواطنة: العرائض "
										+ "والاستشارات ومختبرات الابتكار، وما يجب فعله لتجد النساء والشباب والأشخاص في "
										+ "وضعية إعاقة مكانهم فيها."),
						staff));
		List<Long> registered = register(forum, day.minusDays(20), 1, 20,
				new String[] { "sign_language", "", "childcare", "", "", "step_free", "", "" });
		clock.during(day, () -> registrations.tick(forum, Set.copyOf(registered.subList(0, 18)), staff));
		type(forum, day.plusDays(1), "Feuille d’émargement : associations", lines(21, 41, 55, 3), staff);
		type(forum, day.plusDays(1), "Feuille d’émargement : institutions et élus", lines(22, 18, 32, 1), staff);
		clock.during(day.plusDays(12), () -> events.publishMinutes(forum,
				"164 actrices et acteurs associatifs et institutionnels ont participé, des cinq provinces.\n"
						+ "Trois engagements : un forum citoyen chaque trimestre ; la participation étendue aux "
						+ "provinces et aux communes ; une place réservée aux associations de personnes handicapées "
						+ "dans les comités de co-mise en œuvre.\n"
						+ "Les ateliers ont demandé des documents en darija et des horaires compatibles avec le "
						+ "travail des femmes rurales.",
				staff));
	}

	private void committee(long staff) {
		long id = held(staff, "committee", "Comité de co-mise en œuvre du programme de développement régional",
				"Réunion semestrielle du comité qui suit, avec les associations, la mise en œuvre des projets du "
						+ "programme de développement régional.",
				LocalDate.of(2024, 1, 18), "Siège du Conseil régional, Béni Mellal", "MA-BEM-01", "",
				new int[] { 9, 14, 1 }, 14);
		Event meeting = events.byId(id).orElseThrow();
		clock.during(LocalDate.of(2024, 1, 25), () -> events.publishMinutes(meeting,
				"Le comité a examiné l’avancement de douze projets. Deux retards (pistes rurales d’Azilal, centre "
						+ "pour femmes de Béni Mellal) sont expliqués ; les associations demandent un point d’étape "
						+ "public avant l’été.",
				staff));
	}

	private void upcoming(long staff, long laayouneStaff) {
		LocalDate today = LocalDate.now(clock);
		long forum = clock.during(today.minusDays(20), () -> events
			.schedule(new Events.NewEvent("MA-05", "PDR-BMK-2022", "forum", "Forum citoyen trimestriel de la Région",
					"Chaque trimestre, les habitantes et habitants interrogent le Conseil régional sur l’avancement du "
							+ "programme de développement régional. Venez avec vos questions ; les réponses sont "
							+ "publiées.",
					"fr", today.plusDays(24), LocalTime.of(10, 0), null, LocalTime.of(13, 0),
					"Salle polyvalente de la Région, Béni Mellal", "MA-BEM-01", "https://visio.region-bmk.ma/forum",
					new Event.Venue(true, true, true), 150, true, "", "quarter", 4), staff));
		register(events.byId(forum).orElseThrow(), today.minusDays(6), 21, 12, new String[] { "sign_language",
				"childcare", "", "childcare", "braille", "", "step_free", "", "sign_language", "childcare", "", "" });
		long azilal = clock.during(today.minusDays(9), () -> events.schedule(new Events.NewEvent("MA-05", null,
				"workshop", "Atelier : la santé maternelle dans les douars d’altitude",
				"Les sages-femmes, les associations et les habitantes des douars cherchent ensemble comment "
						+ "rapprocher les soins des femmes enceintes l’hiver, quand la neige coupe les pistes.",
				"fr", today.plusDays(8), LocalTime.of(9, 30), null, LocalTime.of(12, 30),
				"Centre de santé d’Aït Mhamed", "MA-AZI-01", "", new Event.Venue(true, false, true), 40, true, "", "",
				null), staff));
		register(events.byId(azilal).orElseThrow(), today.minusDays(3), 33, 9,
				new String[] { "childcare", "", "easy_read", "childcare", "", "", "companion", "", "" });
		long youth = clock.during(today.minusDays(8), () -> events
			.schedule(new Events.NewEvent("MA-11", "JEUNESSE-LSH", "workshop", "ورشة الشباب: التشغيل والتكوين",
					"ورشة مفتوحة للشابات والشباب لمناقشة أولويات المخطط الجهوي للشباب في التشغيل والتكوين، وتقديم "
							+ "مقترحاتهم.",
					"ar", today.plusDays(12), LocalTime.of(16, 0), null, LocalTime.of(19, 0),
					"دار الشباب الوحدة، العيون", null, "", new Event.Venue(true, true, false), 60, true, "", "", null),
					laayouneStaff));
		List<Long> young = new ArrayList<>();
		for (int i = 1; i <= 8; i++) {
			accounts.idByEmail("youth%02d@sawa.demo".formatted(i)).ifPresent(young::add);
		}
		Event workshop = events.byId(youth).orElseThrow();
		for (int i = 0; i < young.size(); i++) {
			long person = young.get(i);
			List<String> needs = i == 2 ? List.of("sign_language") : List.of();
			clock.during(today.minusDays(7 - i / 2), () -> registrations.register(workshop, person, needs, ""));
		}
	}

	/**
	 * A past event without online registration, attended as typed from one paper sheet.
	 * counts: women, men, with a disability.
	 */
	private long held(long staff, String kind, String title, String description, LocalDate day, String place,
			String commune, String challenge, int[] counts, long seed) {
		long id = clock.during(day.minusDays(21),
				() -> events.schedule(new Events.NewEvent("MA-05", null, kind, title, description, "fr", day,
						LocalTime.of(9, 0), null, LocalTime.of(16, 30), place, commune, "",
						new Event.Venue(true, false, false), null, false, challenge, "", null), staff));
		Event event = events.byId(id).orElseThrow();
		type(event, day.plusDays(2), "Feuille d’émargement", lines(seed, counts[0], counts[1], counts[2]), staff);
		return id;
	}

	private void type(Event event, LocalDate on, String label, String lines, long staff) {
		var report = clock.during(on, () -> sheets.type(event, label, lines, staff));
		if (!report.applied()) {
			throw new IllegalStateException("demo attendance sheet refused: " + report.problems());
		}
	}

	/**
	 * Registers demo residents signer{from}.. with the needs given in turn; their ids.
	 */
	private List<Long> register(Event event, LocalDate on, int from, int count, String[] needs) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long person = accounts.idByEmail("signer%02d@sawa.demo".formatted(from + i)).orElseThrow();
			String need = needs[i % needs.length];
			clock.during(on.plusDays(i % 5),
					() -> registrations.register(event, person, need.isEmpty() ? List.of() : List.of(need), ""));
		}
		for (Registration r : registrations.all(event.id())) {
			ids.add(r.id());
		}
		return ids;
	}

	private void partners(long eventId, long staff, Map<String, String> partners) {
		Event lab = events.byId(eventId).orElseThrow();
		partners.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(p -> clock.during(lab.startsAt().atZone(Event.ZONE).toLocalDate(),
					() -> labs.addPartner(lab, p.getKey(), p.getValue(), staff)));
	}

	private void prototype(long eventId, long staff, LocalDate on, String title, String description) {
		Event lab = events.byId(eventId).orElseThrow();
		clock.during(on, () -> labs.addPrototype(lab, title, description, staff));
	}

	/**
	 * An attendance sheet's lines, "sex; age; disability; area": the women first, ages
	 * from 18 to 69, a third of the people rural, drawn from {@code seed}.
	 */
	static String lines(long seed, int women, int men, int disability) {
		Random random = new Random(seed);
		int step = disability == 0 ? Integer.MAX_VALUE : (women + men) / disability;
		return java.util.stream.IntStream.range(0, women + men)
			.mapToObj(i -> (i < women ? "F" : "M") + ";" + (18 + random.nextInt(52)) + ";"
					+ (i % step == 0 && i / step < disability ? "oui" : "non") + ";"
					+ (random.nextInt(3) == 0 ? "rural" : "urbain"))
			.collect(Collectors.joining("\n"));
	}

}
