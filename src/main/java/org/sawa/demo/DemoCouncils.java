package org.sawa.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sawa.account.Accounts;
import org.sawa.council.Committee;
import org.sawa.council.ConsultativeBodies;
import org.sawa.council.CouncilSessions;
import org.sawa.council.Councils;
import org.sawa.council.Member;
import org.sawa.council.Memberships;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Component;

/**
 * The councils of the AMSSAWASS scenario (seeds 000 and 001), entered as staff would: the
 * 20 communes of Béni Mellal-Khénifra engaged in the programme and the two regional
 * councils, each with its 2021-2027 mandate, members (plausible generated names; seat
 * numbers follow the population, approximately), posts, committees, the equity body with
 * associations and a qualified person (for Béni Mellal-Khénifra also the youth and
 * economic bodies, and the equity body's meetings and its opinion to the regional
 * council), the ordinary sessions of 2024 and 2025 with attendance and interventions, and
 * advisory memos from associations and one equity body, 8 of them examined. In 2025 the
 * two women of each commune chosen for mentoring speak in session, 23 times in all.
 */
@Component
class DemoCouncils {

	static final LocalDate MANDATE_START = LocalDate.of(2021, 9, 20);
	static final LocalDate MANDATE_END = LocalDate.of(2027, 9, 30);

	private static final String[] WOMEN = { "Fatima", "Khadija", "Aicha", "Naima", "Malika", "Zahra", "Hanane",
			"Samira", "Latifa", "Rachida", "Saida", "Meryem", "Hafsa", "Nadia", "Karima", "Houda", "Ilham", "Soukaina",
			"Loubna", "Asmae", "Btissam", "Ghizlane", "Hayat" };

	private static final String[] MEN = { "Mohamed", "Ahmed", "Abdellah", "Hassan", "Mustapha", "Brahim", "Said",
			"Rachid", "Abdelaziz", "Lahcen", "Youssef", "Omar", "Driss", "Khalid", "Hamid", "Abdelkader", "Aziz",
			"Mbarek", "Jamal", "Noureddine", "Hicham", "Larbi", "Mohamed Amine", "Ali" };

	private static final String[] FAMILIES = { "Amrani", "Ait Ouarab", "El Fassi", "Benhaddou", "Oulhaj", "Bouzid",
			"Ait Taleb", "Lahlou", "Ouazzani", "El Khattabi", "Boutayeb", "Ait Hammou", "Zerouali", "Moussaoui",
			"Naciri", "Ouhssaine", "El Mansouri", "Bennani", "Tazi", "Ait Lhaj", "Chraibi", "Ouchen", "Belkadi",
			"Ait Benali", "El Ghazi", "Harrak", "Ouakrim", "Sbai", "Tahiri", "Zaidi" };

	private static final String[][] AGENDA = {
			{ "Examen et approbation du budget de l'année suivante",
					"Programme d'action de la commune : état d'avancement",
					"Convention de partenariat pour le transport scolaire rural" },
			{ "دراسة حساب التسيير والمصادقة عليه", "اتفاقية شراكة لتزويد الدواوير بالماء الصالح للشرب",
					"برمجة الفائض" },
			{ "Rapport de l'instance de l'équité, de l'égalité des chances et de l'approche genre",
					"Aménagement des pistes rurales", "Subventions aux associations" } };

	private static final String[] SPOKEN = { "Question sur le retard des travaux de la piste rurale",
			"Proposition d'une ligne budgétaire pour les coopératives féminines",
			"سؤال حول النقل المدرسي لفائدة الفتيات", "Plaidoyer pour un espace d'accueil des femmes rurales",
			"مقترح تعديل في توزيع منح الجمعيات", "Amendement : critères d'égalité dans les subventions",
			"سؤال حول تتبع توصيات هيئة المساواة",
			"Proposition de budgétisation sensible au genre pour la santé de proximité" };

	private static final Map<String, String> EQUITY_BODY = Map.of("ar", "هيئة المساواة وتكافؤ الفرص ومقاربة النوع",
			"fr", "Instance de l'équité, de l'égalité des chances et de l'approche genre", "en",
			"Equity, equal-opportunity and gender body", "zgh", "ⵜⴰⵎⵓⵍⵉⵜ ⵏ ⵜⴳⴷⴷⵓⴷⵉ");

	private final Councils councils;

	private final ConsultativeBodies bodies;

	private final DemoBodies demoBodies;

	private final Memberships memberships;

	private final CouncilSessions sessions;

	private final DemoMemos demoMemos;

	private final Territories territories;

	private final Accounts accounts;

	/**
	 * The two elected women of each programme commune chosen for mentoring, filled by
	 * {@link #load}.
	 */
	private final Map<String, List<Member>> mentored = new LinkedHashMap<>();

	/**
	 * One elected man of each programme commune (not its president) who joins the
	 * trainings, and two more.
	 */
	private final Map<String, List<Member>> trainedMen = new LinkedHashMap<>();

	DemoCouncils(Councils councils, Memberships memberships, CouncilSessions sessions, Territories territories,
			Accounts accounts, ConsultativeBodies bodies, DemoBodies demoBodies, DemoMemos demoMemos) {
		this.bodies = bodies;
		this.demoMemos = demoMemos;
		this.demoBodies = demoBodies;
		this.memberships = memberships;
		this.councils = councils;
		this.sessions = sessions;
		this.territories = territories;
		this.accounts = accounts;
	}

	/**
	 * The 20 programme communes: the first four communes of each province of Béni
	 * Mellal-Khénifra.
	 */
	List<Territory> programmeCommunes() {
		Territory bmk = territories.byCode("MA-05").orElseThrow();
		List<Territory> communes = new ArrayList<>();
		for (Territory province : territories.children(bmk.id())) {
			communes.addAll(territories.children(province.id()).stream().limit(4).toList());
		}
		return communes;
	}

	Map<String, List<Member>> mentored() {
		return mentored;
	}

	Map<String, List<Member>> trainedMen() {
		return trainedMen;
	}

	void load(long staff, long laayouneStaff, long representative) {
		Random random = new Random(2021);
		List<Territory> communes = programmeCommunes();
		for (int i = 0; i < communes.size(); i++) {
			Territory commune = communes.get(i);
			long population = territories.population(commune.id(), 2024).total();
			int seats = population <= 7_500 ? 11 : population <= 15_000 ? 15 : population <= 25_000 ? 23
					: population <= 50_000 ? 29 : population <= 100_000 ? 35 : population <= 200_000 ? 39 : 43;
			long council = seat(commune, seats, staff, random, i % 10 == 3, i == 0 ? "Jouahir" : null);
			List<Member> members = memberships.members(councils.mandateAt(council, MANDATE_START).orElseThrow().id());
			List<Member> women = new ArrayList<>(members.stream()
				.filter(Member::isWoman)
				.filter(m -> m.posts().stream().noneMatch(p -> "president".equals(p.post())))
				.toList());
			// Jouahir, whose story the programme tells (seed 000), is among the women
			// mentored
			women.sort(java.util.Comparator.comparing((Member m) -> !m.fullName().startsWith("Jouahir")));
			List<Long> chosen = List.of(women.get(0).membershipId(), women.get(1).membershipId());
			mentored.put(commune.code(), List.of(women.get(0), women.get(1)));
			List<Member> men = members.stream()
				.filter(m -> !m.isWoman())
				.filter(m -> m.posts().stream().noneMatch(p -> "president".equals(p.post())))
				.toList();
			trainedMen.put(commune.code(), men.subList(0, i < 2 ? 2 : 1));
			holdSessions(council, members, chosen, i, staff, random);
		}
		long region = seat(territories.byCode("MA-05").orElseThrow(), 57, staff, random, false, null);
		seat(territories.byCode("MA-11").orElseThrow(), 33, laayouneStaff, random, false, null);
		List<Long> associations = demoBodies.associations(representative);
		for (int i = 0; i < communes.size(); i++) {
			long council = councils.byCode(communes.get(i).code()).orElseThrow().id();
			demoBodies.communeBody(council, i, associations,
					WOMEN[(i * 7) % WOMEN.length] + " " + FAMILIES[(i * 11 + 3) % FAMILIES.length],
					MEN[(i * 5) % MEN.length] + " " + FAMILIES[(i * 13 + 7) % FAMILIES.length], staff);
		}
		demoMemos.file(communes, associations, staff, representative);
		demoBodies.regionalBodies(region, associations, staff);
	}

	/**
	 * Establishes a council with its members, posts, committees and equity body (its
	 * members come later, from the associations); returns its id.
	 */
	private long seat(Territory territory, int seats, long staff, Random random, boolean womanPresident,
			String firstWoman) {
		long council = councils.establish(territory.code(), seats, "2021-2027", MANDATE_START, MANDATE_END, staff);
		long mandate = councils.mandateAt(council, MANDATE_START).orElseThrow().id();
		String[][] committeeNames = {
				{ "standing", "لجنة الميزانية والشؤون المالية والبرمجة",
						"Commission du budget, des finances et de la programmation",
						"Budget, finance and programming committee", "ⵜⴰⵎⵓⵍⵉⵜ ⵏ ⵜⵙⵎⵉⴽⵜ" },
				{ "standing", "لجنة المرافق العمومية والخدمات", "Commission des services publics",
						"Public services committee", "ⵜⴰⵎⵓⵍⵉⵜ ⵏ ⵜⵏⴰⴼⵓⵜⵉⵏ ⵜⵉⵎⴰⵜⴰⵢⵉⵏ" } };
		List<Long> committees = new ArrayList<>();
		for (String[] c : committeeNames) {
			committees.add(councils.addCommittee(council, c[0], Map.of("ar", c[1], "fr", c[2], "en", c[3], "zgh", c[4]),
					staff));
		}
		// about a quarter of the seats reserved for women, a few women elected on general
		// lists too
		int reserved = Math.round(seats * 0.25f);
		int womenOnLists = random.nextInt(3);
		List<Long> women = new ArrayList<>();
		List<Long> men = new ArrayList<>();
		for (int s = 0; s < seats; s++) {
			boolean woman = s < reserved + womenOnLists;
			String seat = s < reserved ? "women_reserved" : "general";
			String given = woman ? WOMEN[random.nextInt(WOMEN.length)] : MEN[random.nextInt(MEN.length)];
			if (s == 0 && firstWoman != null) {
				given = firstWoman;
			}
			String name = given + " " + FAMILIES[random.nextInt(FAMILIES.length)];
			Integer birthYear = random.nextInt(10) == 0 ? null : 1955 + random.nextInt(45);
			long membership = memberships.elect(mandate,
					new Memberships.NewMember(name, woman ? "female" : "male", birthYear, seat, null, MANDATE_START),
					staff);
			(woman ? women : men).add(membership);
		}
		LocalDate from = MANDATE_START.plusDays(3);
		memberships.assignPost(womanPresident ? women.get(women.size() - 1) : men.get(0), "president", null, null, from,
				staff);
		int vps = seats <= 15 ? 3 : seats <= 29 ? 4 : 6;
		int[] used = { womanPresident ? 0 : 1, 0 };
		// the next officer: a woman when asked and at least three women remain for the
		// committees
		java.util.function.Function<Boolean, Long> next = woman -> woman && used[1] < women.size() - 3
				? women.get(used[1]++) : men.get(used[0]++);
		for (int rank = 1; rank <= vps; rank++) {
			memberships.assignPost(next.apply((rank == vps && random.nextBoolean()) || random.nextInt(5) == 0),
					"vice_president", null, rank, from, staff);
		}
		memberships.assignPost(next.apply(random.nextInt(4) == 0), "secretary", null, null, from, staff);
		memberships.assignPost(next.apply(random.nextBoolean()), "deputy_secretary", null, null, from, staff);
		int menUsed = used[0];
		int womenUsed = used[1];
		// standing committees: a chair and three members each
		List<Long> everyone = new ArrayList<>(men.subList(menUsed, men.size()));
		everyone.addAll(women.subList(womenUsed, women.size()));
		java.util.Collections.shuffle(everyone, random);
		int seatIndex = 0;
		for (int c = 0; c < 2; c++) {
			memberships.assignPost(everyone.get(seatIndex++ % everyone.size()), "committee_chair", committees.get(c),
					null, from, staff);
			for (int m = 0; m < 3; m++) {
				memberships.assignPost(everyone.get(seatIndex++ % everyone.size()), "committee_member",
						committees.get(c), null, from, staff);
			}
		}
		bodies.establish(council, "equity_gender", EQUITY_BODY, MANDATE_START.plusMonths(5), staff);
		return council;
	}

	/**
	 * The ordinary sessions of 2024 and 2025 (February, May, October), with attendance
	 * and interventions.
	 */
	private void holdSessions(long council, List<Member> members, List<Long> chosen, int index, long staff,
			Random random) {
		long mandate = councils.mandateAt(council, MANDATE_START).orElseThrow().id();
		List<Member> men = members.stream().filter(m -> !m.isWoman()).toList();
		List<Member> otherWomen = members.stream()
			.filter(Member::isWoman)
			.filter(m -> !chosen.contains(m.membershipId()))
			.toList();
		int session = 0;
		for (int year : new int[] { 2024, 2025 }) {
			for (LocalDate day : new LocalDate[] { LocalDate.of(year, 2, 6), LocalDate.of(year, 5, 7),
					LocalDate.of(year, 10, 7) }) {
				Map<Long, String> attendance = new LinkedHashMap<>();
				for (Member member : members) {
					int roll = random.nextInt(20);
					attendance.put(member.membershipId(), roll == 0 ? "absent" : roll == 1 ? "excused" : "present");
				}
				List<CouncilSessions.InterventionRow> rows = new ArrayList<>();
				int speeches = 2 + random.nextInt(3);
				for (int s = 0; s < speeches; s++) {
					rows.add(row(rows.size(), men.get(random.nextInt(men.size())), random));
				}
				if (random.nextInt(4) == 0 && !otherWomen.isEmpty()) {
					rows.add(row(rows.size(), otherWomen.get(random.nextInt(otherWomen.size())), random));
				}
				if (year == 2025) {
					// after the training: each commune's first mentored woman speaks
					// once, three of them twice
					int slot = session - 3;
					if (slot == index % 3) {
						rows.add(row(rows.size(), byId(members, chosen.get(0)), random));
					}
					if (index < 3 && slot == (index + 1) % 3) {
						rows.add(row(rows.size(), byId(members, chosen.get(1)), random));
					}
				}
				for (CouncilSessions.InterventionRow row : rows) {
					attendance.put(row.membershipId(), "present");
				}
				String[] agenda = AGENDA[session % AGENDA.length];
				sessions
					.record(new CouncilSessions.Entry(mandate, "ordinary", day, session == 4 ? "hybrid" : "in_person",
							"Siège de la commune", List.of(agenda), attendance, rows), staff);
				session++;
			}
		}
	}

	private static CouncilSessions.InterventionRow row(int row, Member member, Random random) {
		String[] kinds = { "question", "proposal", "advocacy", "amendment" };
		return new CouncilSessions.InterventionRow(row, member.membershipId(), 1 + random.nextInt(3),
				kinds[random.nextInt(kinds.length)], SPOKEN[random.nextInt(SPOKEN.length)]);
	}

	private static Member byId(List<Member> members, long membershipId) {
		return members.stream().filter(m -> m.membershipId() == membershipId).findFirst().orElseThrow();
	}

}
