package org.sawa.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sawa.account.Accounts;
import org.sawa.council.ConsultativeBodies;
import org.sawa.council.ConsultativeBodies.NewBodyMember;
import org.sawa.council.Councils;
import org.sawa.council.MemoTexts;
import org.sawa.council.Memos;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Component;

/**
 * The consultative bodies of the demo councils, entered as staff would: the associations
 * of the region that sit in them, each programme commune's equity body (two associations
 * and a qualified person), and the three bodies of the regional council of Béni
 * Mellal-Khénifra with the equity body's meetings and opinion.
 */
@Component
class DemoBodies {

	private final ConsultativeBodies bodies;

	private final Councils councils;

	private final Memos memos;

	private final Accounts accounts;

	private final Territories territories;

	private final MemoTexts memoTexts;

	DemoBodies(ConsultativeBodies bodies, Councils councils, Memos memos, Accounts accounts, Territories territories,
			MemoTexts memoTexts) {
		this.memoTexts = memoTexts;
		this.bodies = bodies;
		this.councils = councils;
		this.memos = memos;
		this.accounts = accounts;
		this.territories = territories;
	}

	/**
	 * A programme commune's equity body members from its seventh month: an association
	 * chaired by a woman who represents it, another association, a qualified person.
	 */
	void communeBody(long council, int index, List<Long> associations, String chair, String qualified, long staff) {
		long body = bodies.byKind(council, "equity_gender").orElseThrow().id();
		LocalDate from = DemoCouncils.MANDATE_START.plusMonths(6);
		bodies.addMember(body, new NewBodyMember("association", associations.get(index % associations.size()), chair,
				"female", "chair", from), staff);
		bodies.addMember(body, new NewBodyMember("association", associations.get((index + 2) % associations.size()),
				null, null, "member", from), staff);
		bodies.addMember(body, new NewBodyMember("qualified_person", null, qualified, "male", "member", from), staff);
	}

	/**
	 * AIDECA and four associations of the region (AIDECA first), which sit in the equity
	 * bodies and write memos.
	 */
	List<Long> associations(long representative) {
		Territory bmk = territories.byCode("MA-05").orElseThrow();
		List<Long> ids = new ArrayList<>();
		accounts.organisations("association")
			.stream()
			.filter(o -> o.name().equals("AIDECA"))
			.forEach(o -> ids.add(o.id()));
		String[] associations = { "Association Tafoukt pour la femme rurale",
				"Association Amal Azilal pour le développement", "Réseau associatif de Khénifra pour la citoyenneté",
				"Association Ighrem des jeunes de Fquih Ben Salah" };
		for (int a = 0; a < associations.length; a++) {
			ids.add(accounts.createOrganisation("association", associations[a], bmk.id(), LocalDate.of(2010 + a, 3, 1),
					representative));
		}
		return ids;
	}

	/**
	 * The three consultative bodies of the regional council of Béni Mellal-Khénifra: the
	 * equity body (four associations and two qualified persons, chaired by Tafoukt's
	 * representative) with its two meetings of 2025 and its opinion on the regional
	 * development programme, examined by the council; the youth body and the economic
	 * actors' body with their first members.
	 */
	void regionalBodies(long region, List<Long> associations, long staff) {
		long equity = bodies.byKind(region, "equity_gender").orElseThrow().id();
		LocalDate from = LocalDate.of(2022, 4, 15);
		List<Long> members = new ArrayList<>();
		members.add(bodies.addMember(equity,
				new NewBodyMember("association", associations.get(1), "Saadia Ait Lhaj", "female", "chair", from),
				staff));
		members.add(bodies.addMember(equity,
				new NewBodyMember("association", associations.get(0), "Hanane Ouchen", "female", "rapporteur", from),
				staff));
		members.add(bodies.addMember(equity,
				new NewBodyMember("association", associations.get(2), "Brahim Ouakrim", "male", "member", from),
				staff));
		members.add(bodies.addMember(equity,
				new NewBodyMember("association", associations.get(3), "Rachida Zaidi", "female", "member", from),
				staff));
		members.add(bodies.addMember(equity,
				new NewBodyMember("qualified_person", null, "Pr. Latifa El Ghazi", "female", "member", from), staff));
		members.add(bodies.addMember(equity,
				new NewBodyMember("qualified_person", null, "Abdelaziz Tahiri", "male", "member", from), staff));
		bodies.recordMeeting(equity, new ConsultativeBodies.NewMeeting(LocalDate.of(2025, 3, 12),
				"Siège de la Région, Béni Mellal", "Approche genre dans le Programme de développement régional",
				"Lecture des axes du PDR ; les membres demandent des indicateurs par sexe et par âge pour chaque projet.",
				members.subList(0, 5)), staff);
		bodies.recordMeeting(equity,
				new ConsultativeBodies.NewMeeting(LocalDate.of(2025, 6, 18), "Siège de la Région, Béni Mellal",
						"Adoption de l'avis sur le PDR",
						"L'avis est adopté à l'unanimité des présents et transmis au président du conseil.", members),
				staff);
		opinion(region, equity, staff);
		long youth = bodies.establish(region, "youth",
				Map.of("ar", "الهيئة الاستشارية المكلفة بقضايا الشباب", "fr",
						"Instance consultative chargée des questions des jeunes", "en", "Youth consultative body",
						"zgh", "ⵜⴰⵎⵓⵍⵉⵜ ⵏ ⵉⵎⵥⵡⴰⵔⵓⵜⵏ"),
				LocalDate.of(2022, 3, 1), staff);
		bodies.addMember(youth,
				new NewBodyMember("association", associations.get(4), "Ilham Bennani", "female", "chair", from), staff);
		bodies.addMember(youth, new NewBodyMember("qualified_person", null, "Youssef Naciri", "male", "member", from),
				staff);
		long economic = bodies.establish(region, "economic",
				Map.of("ar", "الهيئة الاستشارية بشراكة مع الفاعلين الاقتصاديين", "fr",
						"Instance consultative en partenariat avec les acteurs économiques", "en",
						"Consultative body with economic actors"),
				LocalDate.of(2022, 3, 1), staff);
		bodies.addMember(economic, new NewBodyMember("qualified_person", null, "Khalid Chraibi", "male", "chair", from),
				staff);
	}

	/**
	 * The equity body's opinion on the regional development programme, examined by the
	 * council, and its Arabic version.
	 */
	private void opinion(long region, long equity, long staff) {
		String opinion = memos.submit(region, Memos.Author.body(equity), "opinion",
				"Avis sur l'intégration de l'approche genre dans le Programme de développement régional",
				"L'instance recommande que chaque projet du PDR indique ses bénéficiaires par sexe, âge et milieu, "
						+ "qu'une part de l'enveloppe des projets de proximité aille aux coopératives féminines rurales "
						+ "et que le tableau de bord régional suive ces indicateurs chaque année.",
				"fr", LocalDate.of(2025, 6, 25), staff);
		memos.receive(opinion, LocalDate.of(2025, 6, 30), "Bureau d'ordre de la Région", staff);
		memos.refer(opinion, councils.committees(region).get(0).id(), LocalDate.of(2025, 7, 8), null, staff);
		memos.examine(opinion, "partly", "programme",
				"Indicateurs par sexe et par âge ajoutés aux fiches projets du PDR ; l'enveloppe réservée reste à l'étude.",
				LocalDate.of(2025, 10, 7), "Examiné en session ordinaire d'octobre", staff);
		memoTexts.write(memos.byReference(opinion).orElseThrow(), "ar", Map.of("title",
				"رأي حول إدماج مقاربة النوع في برنامج التنمية الجهوية", "summary",
				"توصي الهيئة بأن يبين كل مشروع من مشاريع برنامج التنمية الجهوية المستفيدين منه حسب الجنس والسن "
						+ "والوسط، وأن يخصص جزء من غلاف مشاريع القرب للتعاونيات النسائية القروية، وأن تتبع لوحة "
						+ "القيادة الجهوية هذه المؤشرات كل سنة.",
				"changeText",
				"أضيفت مؤشرات حسب الجنس والسن إلى بطاقات مشاريع برنامج التنمية الجهوية؛ ولا يزال الغلاف المخصص "
						+ "قيد الدراسة."),
				staff);
	}

}
