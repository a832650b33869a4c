package org.sawa.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sawa.account.Accounts;
import org.sawa.calendar.ShiftableClock;
import org.sawa.petition.PaperSheets;
import org.sawa.petition.PetitionOpening;
import org.sawa.petition.PetitionTexts;
import org.sawa.petition.PetitionSteps;
import org.sawa.petition.Petitions;
import org.sawa.petition.Signatures;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.stereotype.Component;

/**
 * Demo petitions in Béni Mellal-Khénifra, signed through the same service as the site:
 * one to a commune council and one to the regional council, both collecting, signed by
 * demo residents of varied sex and age (signerNN@sawa.demo, password sawa-demo-2026).
 */
@Component
class DemoPetitions {

	private final ShiftableClock clock;

	private final Accounts accounts;

	private final Petitions petitions;

	private final Signatures signatures;

	private final PaperSheets sheets;

	private final PetitionSteps petitionSteps;

	private final Territories territories;

	private final PetitionOpening opening;

	private final PetitionTexts texts;

	DemoPetitions(Accounts accounts, Petitions petitions, Signatures signatures, PaperSheets sheets,
			PetitionSteps petitionSteps, Territories territories, ShiftableClock clock, PetitionOpening opening,
			PetitionTexts texts) {
		this.opening = opening;
		this.texts = texts;
		this.signatures = signatures;
		this.sheets = sheets;
		this.petitionSteps = petitionSteps;
		this.clock = clock;
		this.accounts = accounts;
		this.petitions = petitions;
		this.territories = territories;
	}

	/**
	 * Two petitions opened six weeks ago and signed over the following weeks by 46 demo
	 * citizens (each on their own day).
	 */
	void load(String passwordHash) {
		LocalDate today = LocalDate.now(clock);
		long[] ids = new long[2];
		clock.during(today.minusDays(45), () -> {
			ids[0] = openLocal();
			ids[1] = openRegional();
		});
		sign(passwordHash, ids[0], ids[1], today);
	}

	private long openLocal() {
		Territory commune = territory("MA-BEM-07");
		long citizen = accounts.idByEmail("citizen@sawa.demo").orElseThrow();
		String local = petitions.draft(new Petitions.Draft(commune.id(), "إنارة عمومية وممرات آمنة نحو الثانوية",
				"تقطع التلميذات والتلاميذ كل صباح ومساء طريقاً غير مضاءة ولا رصيف فيها للوصول إلى الثانوية. "
						+ "تخشى أسر كثيرة على بناتها فتمنعهن من متابعة الدراسة بعد الإعدادي.",
				"إدراج إنارة الطريق المؤدية إلى الثانوية وتهيئة ممر آمن للراجلين في جدول أعمال الدورة العادية المقبلة.",
				"ar", "citizens", null), citizen);
		long localId = petitions.byReference(local).orElseThrow().id();
		translate(localId, "fr", "Éclairage public et passages sûrs vers le lycée",
				"Chaque matin et chaque soir, les élèves empruntent une route sans éclairage ni trottoir pour rejoindre "
						+ "le lycée. Beaucoup de familles, inquiètes pour leurs filles, les empêchent de poursuivre leurs "
						+ "études après le collège.",
				"Inscrire à l’ordre du jour de la prochaine session ordinaire l’éclairage de la route du lycée et "
						+ "l’aménagement d’un passage sûr pour les piétons.",
				citizen);
		opening.open(localId, citizen, new PetitionOpening.AgentSignature("BM100001", "residence", null, true));
		return localId;
	}

	private long openRegional() {
		Territory region = territory("MA-05");
		long association = accounts.idByEmail("association@sawa.demo").orElseThrow();
		accounts.declareProfile(association, "female", 1979, false, territory("MA-BEM-01").id());
		String regional = petitions.draft(new Petitions.Draft(region.id(),
				"Transport scolaire pour les filles des communes rurales",
				"Dans les communes rurales de la région, beaucoup de filles quittent l’école après le primaire faute de "
						+ "transport scolaire sûr vers les collèges et lycées. Les associations de la région demandent "
						+ "un programme régional de transport scolaire rural.",
				"Inscrire à l’ordre du jour de la prochaine session ordinaire un programme régional de transport scolaire "
						+ "rural ciblant les filles.",
				"fr", "citizens", null), association);
		long regionalId = petitions.byReference(regional).orElseThrow().id();
		translate(regionalId, "ar", "النقل المدرسي لفتيات الجماعات القروية",
				"في الجماعات القروية للجهة، تغادر فتيات كثيرات المدرسة بعد التعليم الابتدائي لغياب نقل مدرسي آمن نحو "
						+ "الإعداديات والثانويات. وتطالب جمعيات الجهة ببرنامج جهوي للنقل المدرسي القروي.",
				"إدراج برنامج جهوي للنقل المدرسي القروي يستهدف الفتيات في جدول أعمال الدورة العادية المقبلة.",
				association);
		opening.open(regionalId, association, new PetitionOpening.AgentSignature("BM100002", "residence", null, true));
		return regionalId;
	}

	private void sign(String passwordHash, long localId, long regionalId, LocalDate today) {
		Territory commune = territory("MA-BEM-07");
		Territory region = territory("MA-05");
		String[] sexes = { "female", "female", "male", "female", "male", null };
		int[] births = { 1961, 1974, 1983, 1990, 1998, 2003, 2006 };
		List<Territory> regionCommunes = territories.within(region.id(), Level.COMMUNE);
		for (int i = 1; i <= 46; i++) {
			boolean inCommune = i <= 26;
			Territory home = inCommune ? commune : regionCommunes.get((i * 7) % regionCommunes.size());
			long id = accounts.createConfirmedHashed("signer%02d@sawa.demo".formatted(i), passwordHash,
					"Signataire " + i, i % 3 == 0 ? "fr" : "ar");
			accounts.declareProfile(id, sexes[i % sexes.length], births[i % births.length],
					i % 11 == 0 ? Boolean.TRUE : null, home.id());
			int signer = i;
			clock.during(today.minusDays(44 - signer * 43L / 46),
					() -> signatures.sign(inCommune ? localId : regionalId, id,
							"BM%06d".formatted(100000 + signer * 37), "residence", null));
		}
	}

	/** The agent's version of a petition in the other of Arabic and French. */
	private void translate(long petitionId, String language, String title, String body, String requested, long agent) {
		texts.write(petitions.byId(petitionId).orElseThrow(), language,
				Map.of("title", title, "body", body, "requested", requested), agent);
	}

	/**
	 * A commune petition taken through its whole life (paper sheets, deposit, admissible,
	 * deliberated, answered) and a regional petition deposited and awaiting the bureau's
	 * decision. Paper lines carry invented CIN numbers, communes, sexes and years of
	 * birth.
	 */
	void loadAdvanced(long staff) throws java.io.IOException {
		byte[] pdf = new org.springframework.core.io.ClassPathResource("demo/petition-document.pdf")
			.getContentAsByteArray();
		java.time.LocalDate today = LocalDate.now(clock);
		long citizen = accounts.idByEmail("signer03@sawa.demo").orElseThrow();

		Territory commune = territory("MA-AZI-03");
		long[] answeredId = new long[1];
		clock.during(today.minusDays(160), () -> {
			String answered = petitions.draft(new Petitions.Draft(commune.id(),
					"Une navette vers le centre de santé pour les femmes enceintes",
					"Les femmes enceintes des douars éloignés doivent parcourir de longues distances pour leurs consultations "
							+ "prénatales; beaucoup y renoncent. Nous demandons une navette hebdomadaire vers le centre de santé.",
					"Inscrire à l’ordre du jour la création d’une navette hebdomadaire vers le centre de santé communal.",
					"fr", "citizens", null), citizen);
			answeredId[0] = petitions.byReference(answered).orElseThrow().id();
			translate(answeredId[0], "ar", "حافلة نحو المركز الصحي لفائدة النساء الحوامل",
					"تقطع النساء الحوامل في الدواوير البعيدة مسافات طويلة لإجراء فحوص ما قبل الولادة، وتتخلى كثيرات "
							+ "منهن عنها. نطالب بحافلة أسبوعية نحو المركز الصحي.",
					"إدراج إحداث حافلة أسبوعية نحو المركز الصحي الجماعي في جدول الأعمال.", citizen);
			// the agent lives elsewhere and signs for the activity she has in the commune
			opening.open(answeredId[0], citizen,
					new PetitionOpening.AgentSignature("BM100111", "activity", commune.id(), true));
		});
		int needed = petitions.byId(answeredId[0]).orElseThrow().threshold();
		clock.during(today.minusDays(130),
				() -> paper(answeredId[0], staff, List.of(commune), needed + needed / 5, 5000));
		// each step on its day in law, recorded by staff today
		petitionSteps.deposit(answeredId[0], staff, today.minusDays(110));
		petitionSteps.decide(answeredId[0], staff, true, today.minusDays(85),
				"Commission des affaires sociales, de la santé et de la parité",
				new PetitionSteps.Document("decision-bureau.pdf", pdf));
		petitionSteps.deliberate(answeredId[0], staff, today.minusDays(52),
				"Délibération en session ordinaire: le conseil approuve le principe d’une navette et charge le président "
						+ "de conclure une convention avec l’association de transport rural.",
				new PetitionSteps.Document("deliberation.pdf", pdf));
		petitionSteps.answer(answeredId[0], staff, today.minusDays(24),
				"Le conseil met en service une navette chaque mardi entre les douars et le centre de santé, financée sur le "
						+ "budget communal et l’INDH, à partir du prochain trimestre.",
				new PetitionSteps.Document("reponse-du-conseil.pdf", pdf));

		Territory region = territory("MA-05");
		long association = accounts.idByEmail("association@sawa.demo").orElseThrow();
		long[] reviewId = new long[1];
		clock.during(today.minusDays(75), () -> {
			String review = petitions.draft(new Petitions.Draft(region.id(),
					"برنامج جهوي لتمكين النساء القرويات من الولوج إلى التمويل الأصغر",
					"تواجه النساء في الجماعات القروية للجهة صعوبات في الحصول على التمويل لإطلاق أنشطة مدرة للدخل، "
							+ "بسبب غياب الضمانات وبعد المؤسسات. نطالب ببرنامج جهوي للمواكبة والتمويل.",
					"إدراج برنامج جهوي لتمكين النساء القرويات من التمويل الأصغر والمواكبة في جدول أعمال الدورة المقبلة.",
					"ar", "citizens", null), association);
			reviewId[0] = petitions.byReference(review).orElseThrow().id();
			translate(reviewId[0], "fr", "Un programme régional d’accès des femmes rurales à la microfinance",
					"Dans les communes rurales de la région, les femmes peinent à obtenir un financement pour lancer des "
							+ "activités génératrices de revenus, faute de garanties et d’institutions proches. Nous "
							+ "demandons un programme régional d’accompagnement et de financement.",
					"Inscrire à l’ordre du jour de la prochaine session un programme régional d’accès des femmes "
							+ "rurales à la microfinance et d’accompagnement.",
					association);
			opening.open(reviewId[0], association,
					new PetitionOpening.AgentSignature("BM100002", "residence", null, true));
		});
		int threshold = petitions.byId(reviewId[0]).orElseThrow().threshold();
		List<Territory> provinces = territories.children(region.id());
		int perProvince = threshold / provinces.size() + 6;
		for (int p = 0; p < provinces.size(); p++) {
			Territory province = provinces.get(p);
			int serial = 7000 + 1000 * p;
			// the sheets of each province come in over the following weeks
			clock.during(today.minusDays(60 - 8L * p), () -> paper(reviewId[0], staff,
					territories.within(province.id(), Level.COMMUNE), perProvince, serial));
		}
		petitionSteps.deposit(reviewId[0], staff, today.minusDays(12));
	}

	/**
	 * Enters {@code count} invented paper signatures on sheets of 20 lines, spread over
	 * the communes.
	 */
	private void paper(long petitionId, long staff, List<Territory> communes, int count, int serial) {
		String[] sexes = { "female", "female", "male", "female", "male", "not_stated", "female" };
		java.util.Random random = new java.util.Random(serial);
		int sheetBase = serial / 50;
		for (int first = 0; first < count; first += 20) {
			List<PaperSheets.PaperLine> lines = new java.util.ArrayList<>();
			for (int line = 1; line <= 20 && first + line <= count; line++) {
				int n = first + line;
				lines.add(new PaperSheets.PaperLine(line, "DM%06d".formatted(serial * 10 + n),
						communes.get(random.nextInt(communes.size())).code(), sexes[n % sexes.length],
						String.valueOf(1950 + random.nextInt(55))));
			}
			sheets.enterSheet(petitionId, staff, sheetBase + first / 20 + 1, lines);
		}
	}

	private Territory territory(String code) {
		return territories.byCode(code).orElseThrow(() -> new IllegalStateException("demo territory missing: " + code));
	}

}
