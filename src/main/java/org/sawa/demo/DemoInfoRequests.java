package org.sawa.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sawa.calendar.WorkingDayCalendar;
import org.sawa.calendar.WorkingDays;
import org.sawa.inforequest.InfoArchive;
import org.sawa.inforequest.InfoBodies;
import org.sawa.inforequest.InfoBody;
import org.sawa.inforequest.InfoFiling.Filing;
import org.sawa.inforequest.InfoFiling;
import org.sawa.inforequest.InfoRegister;
import org.sawa.inforequest.InfoRequests;
import org.sawa.inforequest.InfoSteps;
import org.sawa.territory.Territories;
import org.springframework.stereotype.Component;

/**
 * Demo requests for information, entered through the same service as the site: a body for
 * every council, the demo staff member designated information officer of the Béni
 * Mellal-Khénifra bodies, 26 paper requests received over the past ten months and taken
 * through every kind of step on their dates (answered, in part, refused on various
 * grounds, not held, extended, clarified, transferred, some still open and overdue), and
 * 4 filed online today by the demo citizen, two of them already the subject of a
 * complaint to the head of the body.
 */
@Component
class DemoInfoRequests {

	private final Clock clock;

	private static final List<String[]> SUBJECTS = List.of(new String[] { "fr",
			"Budget 2025 de la commune et répartition par programme",
			"Je souhaite obtenir le budget adopté pour 2025, avec la répartition des crédits par programme et par projet." },
			new String[] { "ar", "لائحة الجمعيات المستفيدة من الدعم العمومي سنة 2025",
					"أطلب لائحة الجمعيات التي استفادت من منح الجماعة سنة 2025 مع مبلغ كل منحة وموضوعها." },
			new String[] { "fr", "Procès-verbaux des sessions du conseil de 2025",
					"Je demande une copie des procès-verbaux des sessions ordinaires et extraordinaires tenues en 2025." },
			new String[] { "ar", "الميزانية المخصصة للنقل المدرسي بالعالم القروي",
					"أرغب في معرفة المبلغ المخصص للنقل المدرسي في الدواوير وعدد المستفيدات والمستفيدين." },
			new String[] { "fr", "Marchés de réfection des routes rurales",
					"Je souhaite la liste des marchés de réfection des pistes rurales passés en 2024 et 2025, avec les attributaires." },
			new String[] { "ar", "عدد المستفيدات من برامج دعم التعاونيات النسائية",
					"أطلب عدد التعاونيات النسائية المستفيدة من برامج الدعم خلال السنتين الأخيرتين وقيمة الدعم." },
			new String[] { "fr", "État d'avancement du plan d'action de la commune",
					"Je voudrais connaître l'état d'avancement des projets inscrits au plan d'action communal 2022-2027." },
			new String[] { "ar", "محضر دورة أكتوبر للمجلس ولائحة الحضور",
					"أطلب نسخة من محضر الدورة العادية لشهر أكتوبر ولائحة الأعضاء الحاضرين والغائبين." },
			new String[] { "fr", "Conventions de partenariat avec les associations",
					"Je demande la liste des conventions de partenariat signées avec des associations depuis 2023 et leurs montants." },
			new String[] { "ar", "مشاريع الماء الصالح للشرب في الدواوير",
					"أرغب في الاطلاع على مشاريع تزويد الدواوير بالماء الصالح للشرب المبرمجة وآجال إنجازها." },
			new String[] { "fr", "Effectifs du personnel communal par sexe",
					"Je souhaite connaître le nombre d'agents de la commune par sexe, par grade et par service." },
			new String[] { "ar", "تقارير لجنة المساواة وتكافؤ الفرص ومقاربة النوع",
					"أطلب التقارير والآراء التي أصدرتها هيئة المساواة وتكافؤ الفرص ومقاربة النوع منذ إحداثها." },
			new String[] { "fr", "Subventions aux clubs sportifs féminins",
					"Je demande le montant des subventions accordées aux clubs sportifs féminins en 2024 et 2025." });

	private static final String[][] NAMES = { { "Khadija", "Amrani" }, { "Mohamed", "Ait Ouahmane" },
			{ "Zineb", "Bouhali" }, { "Hassan", "El Fassi" }, { "Naima", "Ouchen" }, { "Abdellah", "Tazi" },
			{ "Fatiha", "Lahlou" }, { "Rachid", "Bennani" }, { "Saida", "Idrissi" }, { "Omar", "Chraibi" },
			{ "Latifa", "Aznag" }, { "Youssef", "Amzil" }, { "Hanane", "Ait Said" } };

	private static final List<List<String>> GROUNDS = List.of(List.of("personal_data"), List.of("in_preparation"),
			List.of("already_published"), List.of("unclear_request", "repeated_request"));

	private final InfoBodies bodies;

	private final InfoRequests requests;

	private final InfoFiling filing;

	private final InfoSteps infoSteps;

	private final InfoArchive archive;

	private final Territories territories;

	private final WorkingDays workingDays;

	private final InfoRegister register;

	DemoInfoRequests(InfoBodies bodies, InfoRequests requests, InfoFiling filing, InfoSteps infoSteps,
			InfoArchive archive, Territories territories, WorkingDays workingDays, InfoRegister register, Clock clock) {
		this.filing = filing;
		this.infoSteps = infoSteps;
		this.archive = archive;
		this.clock = clock;
		this.register = register;
		this.bodies = bodies;
		this.requests = requests;
		this.territories = territories;
		this.workingDays = workingDays;
	}

	void load(long admin, long staff, long laayouneStaff, long citizen) {
		bodies.ensureCouncils();
		designate("MA-05", staff, admin);
		designate("MA-11", laayouneStaff, admin);
		InfoBody region = bodies.byCode("MA-05").orElseThrow();
		InfoBody province = bodies.byCode("MA-BEM").orElseThrow();
		List<InfoBody> addressed = List.of(bodies.byCode("MA-BEM-07").orElseThrow(), region, province,
				bodies.byCode("MA-BEM-01").orElse(region), bodies.byCode("MA-AZI").orElse(province));
		WorkingDayCalendar calendar = workingDays.calendar();
		LocalDate today = LocalDate.now(clock);
		for (int i = 0; i < 26; i++) {
			InfoBody body = addressed.get(i % addressed.size());
			LocalDate received = calendar.onOrAfter(today.minusDays(300 - i * 11L));
			String reference = filing.fileFromPaper(filing(i, body, false), staff, received);
			long id = requests.byReference(reference).orElseThrow().id();
			steps(id, i, staff, received, calendar, today, region.id() == body.id() ? province : region);
			var request = requests.byId(id).orElseThrow();
			if (request.answeredOn() != null && i % 8 != 1) {
				archive.publish(id, staff, request.description(), archive.answerText(id), List.of());
			}
		}
		register(region, staff,
				List.of("budget", "council_composition", "sessions", "deliberations", "procurement", "officer_contact"),
				List.of("missions_structure", "reports_studies"));
		register(bodies.byCode("MA-BEM-07").orElseThrow(), staff, List.of("budget", "council_composition"),
				List.of("sessions"));
		register(bodies.byCode("MA-AZI").orElseThrow(), staff,
				List.of("officer_contact", "budget", "procurement", "calls_results"),
				List.of("council_composition", "deliberations", "reports_studies"));
		String[] outcomes = { "answered", "refused", "open", "clarification" };
		for (int i = 0; i < outcomes.length; i++) {
			String reference = filing.file(filing(26 + i, addressed.get(i % 2), true), citizen);
			long id = requests.byReference(reference).orElseThrow().id();
			switch (outcomes[i]) {
				case "answered" -> {
					infoSteps.answer(id, staff, today, false,
							"Vous trouverez ci-joint le budget par programme ; "
									+ "le détail par projet sera publié après l'approbation du compte administratif.",
							List.of());
					infoSteps.complainToHead(id, citizen,
							"La réponse ne donne pas le détail par projet que j'ai demandé, "
									+ "alors que le budget est adopté.");
				}
				case "refused" -> {
					infoSteps.refuse(id, staff, today, List.of("personal_data"),
							"La liste demandée contient les noms et adresses de particuliers bénéficiaires.");
					infoSteps.complainToHead(id, citizen, "Je ne demande que les montants par association, "
							+ "pas de données personnelles : une communication partielle était possible.");
				}
				case "clarification" -> infoSteps.askClarification(id, staff, today,
						"Pouvez-vous préciser la période et les dispensaires concernés ?");
				default -> {
				}
			}
		}
	}

	/** Designates the staff member officer of every body of the region. */
	private void designate(String regionCode, long staff, long admin) {
		String path = territories.byCode(regionCode).orElseThrow().path();
		bodies.all()
			.stream()
			.filter(b -> territories.byId(b.territoryId()).map(t -> t.path().startsWith(path)).orElse(false))
			.forEach(b -> bodies.designate(b.id(), staff, admin));
	}

	/**
	 * Fills a body's publication register: some categories published, some partly, the
	 * rest not.
	 */
	private void register(InfoBody body, long staff, List<String> published, List<String> partly) {
		String site = "https://www." + body.code().toLowerCase(java.util.Locale.ROOT) + ".ma/";
		List<InfoRegister.Change> changes = new java.util.ArrayList<>();
		published.forEach(c -> changes.add(new InfoRegister.Change(c, "published", site + c)));
		partly.forEach(c -> changes.add(new InfoRegister.Change(c, "partly", site + c)));
		register.update(body.id(), staff, changes);
	}

	private Filing filing(int i, InfoBody body, boolean online) {
		String[] subject = SUBJECTS.get(i % SUBJECTS.size());
		String[] name = NAMES[i % NAMES.length];
		return new Filing(body.id(), name[0], name[1],
				(12 + i) + " rue " + (i % 2 == 0 ? "Al Massira" : "Hassan II") + ", Béni Mellal",
				online ? "citizen@sawa.demo" : "", "I" + (100200 + i * 7), subject[1], subject[2], subject[0],
				List.of("electronic", "paper_copy", "consultation").get(i % 3), i == 13 || i == 22, i == 13 || i == 22
						? "Le dossier conditionne l'accès aux soins d'une personne âgée de la famille." : "");
	}

	/**
	 * Takes a paper request through the steps of its kind, each on its date, as far as
	 * today allows.
	 */
	private void steps(long id, int i, long staff, LocalDate received, WorkingDayCalendar calendar, LocalDate today,
			InfoBody competent) {
		LocalDate answer = calendar.deadline(received, 8 + i % 10);
		if (answer.isAfter(today)) {
			return; // still waiting for its answer
		}
		switch (i % 8) {
			case 0 -> infoSteps.answer(id, staff, answer, true, "Le document demandé est joint à la présente réponse "
					+ "et publié sur le portail de la collectivité.", List.of());
			case 1 -> infoSteps.answer(id, staff, answer, false, "Nous vous communiquons les montants globaux ; "
					+ "le détail par bénéficiaire relève de données personnelles.", List.of());
			case 2 -> infoSteps.refuse(id, staff, answer, GROUNDS.get((i / 8) % GROUNDS.size()),
					"L'information demandée relève d'une exception prévue par la loi 31-13, comme précisé ci-dessus.");
			case 3 -> infoSteps.notHeld(id, staff, answer, "Ces données sont tenues par la direction provinciale "
					+ "de l'équipement, à qui vous pouvez vous adresser.");
			case 4 -> {
				LocalDate extended = calendar.deadline(received, 5);
				infoSteps.extend(id, staff, extended,
						"La demande porte sur de nombreux documents à rassembler " + "auprès de plusieurs services.");
				LocalDate late = calendar.deadline(received, 30);
				if (!late.isAfter(today)) {
					infoSteps.answer(id, staff, late, true,
							"Voici l'ensemble des documents demandés, rassemblés " + "auprès des services concernés.",
							List.of());
				}
			}
			case 5 -> {
				LocalDate asked = calendar.deadline(received, 3);
				infoSteps.askClarification(id, staff, asked, "Merci de préciser l'année et le quartier concernés.");
				LocalDate clarified = calendar.deadline(asked, 4);
				infoSteps.clarified(id, staff, clarified, "Il s'agit de l'année 2025 et du quartier Ouled Ayad.");
				LocalDate done = calendar.deadline(clarified, 6);
				if (!done.isAfter(today)) {
					infoSteps.answer(id, staff, done, true,
							"Voici les informations pour l'année et le quartier précisés.", List.of());
				}
			}
			case 6 -> {
				// left unanswered: overdue once its deadline has passed
			}
			default -> infoSteps.transfer(id, staff, calendar.deadline(received, 2), competent.id(),
					"Le projet relève de la compétence de cet autre conseil, qui le finance et le conduit.");
		}
	}

}
