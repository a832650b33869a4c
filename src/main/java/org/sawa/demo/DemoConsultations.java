package org.sawa.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sawa.calendar.ShiftableClock;
import org.sawa.consultation.ProcessTexts;
import org.sawa.consultation.Processes;
import org.sawa.consultation.Processes.NewPhase;
import org.springframework.stereotype.Component;

/**
 * Two consultations. Béni Mellal-Khénifra's Regional Development Plan 2022-2027 (seed
 * 002: public consultations and workshops in the five provinces with more than 400
 * associations), from its information phase in September 2021 to the council's adoption
 * in April 2022, written in French and in Arabic. Laâyoune-Sakia El Hamra's regional
 * youth plan, in Arabic with its French version, open today: its consultation phase runs
 * for three more weeks (dates relative to the demo's today).
 */
@Component
class DemoConsultations {

	private final Processes processes;

	private final ProcessTexts texts;

	private final ShiftableClock clock;

	private final DemoProposals proposals;

	private final DemoDocuments documents;

	private final DemoGatherings gatherings;

	private final DemoEvents events;

	private final DemoSurveys surveys;

	DemoConsultations(Processes processes, ProcessTexts texts, ShiftableClock clock, DemoProposals proposals,
			DemoDocuments documents, DemoGatherings gatherings, DemoEvents events, DemoSurveys surveys) {
		this.surveys = surveys;
		this.events = events;
		this.documents = documents;
		this.gatherings = gatherings;
		this.processes = processes;
		this.texts = texts;
		this.clock = clock;
		this.proposals = proposals;
	}

	void load(long bmkStaff, long laayouneStaff, String passwordHash) {
		clock.during(LocalDate.of(2021, 8, 20), () -> regionalPlan(bmkStaff));
		LocalDate today = LocalDate.now(clock);
		clock.during(today.minusDays(40), () -> youthPlan(laayouneStaff, today));
		documents.load(bmkStaff);
		proposals.load(passwordHash, bmkStaff);
		gatherings.load(bmkStaff);
		events.load(bmkStaff, laayouneStaff);
		surveys.load(laayouneStaff);
	}

	private void regionalPlan(long staff) {
		String code = processes.open(new Processes.NewProcess("PDR-BMK-2022", "MA-05", "development_plan",
				"Programme de développement régional 2022-2027",
				"La Région prépare son programme de développement pour six ans. Les associations, les élues et élus, "
						+ "les jeunes et les habitantes et habitants des cinq provinces sont consultés : documents "
						+ "simplifiés en darija, vidéos en langue des signes, versions en braille, ateliers dans chaque "
						+ "province.",
				"fr",
				List.of(new NewPhase("information", LocalDate.of(2021, 9, 1), LocalDate.of(2021, 9, 30),
						"Diagnostic territorial publié, réunions d’information dans les cinq provinces."),
						new NewPhase("consultation", LocalDate.of(2021, 10, 1), LocalDate.of(2021, 11, 15),
								"Plus de 400 associations consultées sur les priorités du programme."),
						new NewPhase("workshops", LocalDate.of(2021, 11, 16), LocalDate.of(2021, 12, 20),
								"Ateliers à Béni Mellal, Azilal, Fquih Ben Salah, Khouribga et Khénifra."),
						new NewPhase("synthesis", LocalDate.of(2022, 1, 3), LocalDate.of(2022, 2, 15), ""),
						new NewPhase("return", LocalDate.of(2022, 2, 16), LocalDate.of(2022, 3, 15),
								"Restitution publique de ce qui a été retenu, et pourquoi."),
						new NewPhase("decision", LocalDate.of(2022, 3, 16), LocalDate.of(2022, 4, 5),
								"Adoption par le conseil régional en session ordinaire."))),
				staff);
		texts.write(processes.byCode(code).orElseThrow(), "ar", Map.of("title", "برنامج التنمية الجهوية 2022-2027",
				"summary",
				"تعد الجهة برنامج تنميتها لست سنوات. تتم استشارة الجمعيات والمنتخبات والمنتخبين والشباب وساكنة "
						+ "الأقاليم الخمسة: وثائق مبسطة بالدارجة، وفيديوهات بلغة الإشارة، ونسخ بطريقة برايل، وورشات في "
						+ "كل إقليم.",
				"p1", "نشر التشخيص الترابي، واجتماعات إخبارية في الأقاليم الخمسة.", "p2",
				"استشارة أكثر من 400 جمعية حول أولويات البرنامج.", "p3",
				"ورشات في بني ملال وأزيلال والفقيه بن صالح وخريبكة وخنيفرة.", "p5",
				"إرجاع علني لما تم الاحتفاظ به ولماذا.", "p6", "مصادقة المجلس الجهوي في دورة عادية."), staff);
	}

	private void youthPlan(long staff, LocalDate today) {
		String code = processes
			.open(new Processes.NewProcess("JEUNESSE-LSH", "MA-11", "programme", "المخطط الجهوي للشباب",
					"تستشير جهة العيون الساقية الحمراء الشابات والشباب حول أولويات مخططها الجهوي للشباب: التشغيل، "
							+ "والتكوين، والمشاركة في الحياة العامة.",
					"ar",
					List.of(new NewPhase("information", today.minusDays(30), today.minusDays(11),
							"نشر وثيقة التوجهات بالعربية والحسانية."),
							new NewPhase("consultation", today.minusDays(10), today.plusDays(20),
									"استقبال المقترحات عبر الإنترنت وفي دور الشباب."),
							new NewPhase("synthesis", today.plusDays(21), today.plusDays(45), ""),
							new NewPhase("decision", today.plusDays(46), today.plusDays(60), ""))),
					staff);
		texts.write(processes.byCode(code).orElseThrow(), "fr", Map.of("title", "Plan régional de la jeunesse",
				"summary",
				"La Région de Laâyoune-Sakia El Hamra consulte les jeunes femmes et hommes sur les priorités de "
						+ "son plan régional de la jeunesse : emploi, formation, participation à la vie publique.",
				"p1", "Publication du document d’orientation en arabe et en hassani.", "p2",
				"Propositions reçues en ligne et dans les maisons de jeunes."), staff);
	}

}
