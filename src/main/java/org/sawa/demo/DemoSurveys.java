package org.sawa.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sawa.account.Accounts;
import org.sawa.calendar.ShiftableClock;
import org.sawa.consultation.Process;
import org.sawa.consultation.ProcessTexts;
import org.sawa.consultation.Processes;
import org.sawa.consultation.Surveys;
import org.springframework.stereotype.Component;

/**
 * The survey of Laâyoune-Sakia El Hamra's youth plan, open today: four questions in
 * Arabic, answered over the past days by the demo's young residents (youth01 to youth12),
 * their answers the demo's.
 */
@Component
class DemoSurveys {

	private final Processes processes;

	private final Surveys surveys;

	private final Accounts accounts;

	private final ProcessTexts texts;

	private final ShiftableClock clock;

	DemoSurveys(Processes processes, Surveys surveys, Accounts accounts, ProcessTexts texts, ShiftableClock clock) {
		this.texts = texts;
		this.processes = processes;
		this.surveys = surveys;
		this.accounts = accounts;
		this.clock = clock;
	}

	void load(long staff) {
		Process plan = processes.byCode("JEUNESSE-LSH").orElseThrow();
		LocalDate today = LocalDate.now(clock);
		clock.during(today.minusDays(9), () -> {
			surveys.ask(plan, "single", "ما الأولوية الأولى للمخطط الجهوي للشباب؟",
					"التشغيل\nالتكوين المهني\nالسكن\nالرياضة والثقافة", true, staff);
			surveys.ask(plan, "multiple", "أين تحصلون على المعلومات حول برامج الجهة؟",
					"فيسبوك وإنستغرام\nدار الشباب\nالجمعيات\nالإذاعة", false, staff);
			surveys.ask(plan, "scale", "هل تشعرون أن المجلس الجهوي يستمع إلى الشباب؟", "", false, staff);
			surveys.ask(plan, "text", "ما الذي يجب تغييره أولا في حيكم؟", "", false, staff);
			return 4;
		});
		// and in French, for the readers of the region who read it (the youth plan's
		// other
		// texts are already in French)
		clock.during(today.minusDays(9),
				() -> texts.write(processes.byCode("JEUNESSE-LSH").orElseThrow(), "fr",
						Map.of("q1", "Quelle est la première priorité du plan ?", "q1o",
								"L’emploi\nLa formation professionnelle\nLe logement\nLe sport et la culture", "q2",
								"Où vous informez-vous sur les programmes de la Région ?", "q2o",
								"Facebook et Instagram\nLa maison des jeunes\nLes associations\nLa radio", "q3",
								"Avez-vous le sentiment que le conseil régional écoute les jeunes ?", "q4",
								"Que faut-il changer d’abord dans votre quartier ?"),
						staff));
		// each young person's answers: first priority, sources, the scale, a text or none
		List<Object[]> answers = List.of(new Object[] { 1, List.of(1, 2), 2, "فرص عمل للشابات في الصيد البحري" },
				new Object[] { 2, List.of(1), 3, "" }, new Object[] { 1, List.of(1, 3), 1, "مواصلات ليلية آمنة" },
				new Object[] { 3, List.of(2), 2, "" }, new Object[] { 1, List.of(1), 2, "" },
				new Object[] { 2, List.of(3, 4), 4, "مراكز تكوين قريبة" }, new Object[] { 1, List.of(1, 2), 3, "" },
				new Object[] { 4, List.of(2), 2, "ملاعب للفتيات" }, new Object[] { 1, List.of(1), 1, "" },
				new Object[] { 2, List.of(1, 4), 3, "" });
		for (int i = 0; i < answers.size(); i++) {
			Object[] a = answers.get(i);
			long person = accounts.idByEmail("youth%02d@sawa.demo".formatted(i + 1)).orElseThrow();
			@SuppressWarnings("unchecked")
			List<Integer> sources = (List<Integer>) a[1];
			Map<Integer, Surveys.Answer> answer = Map.of(1, new Surveys.Answer(List.of((Integer) a[0]), null, ""), 2,
					new Surveys.Answer(sources, null, ""), 3, new Surveys.Answer(List.of(), (Integer) a[2], ""), 4,
					new Surveys.Answer(List.of(), null, (String) a[3]));
			clock.during(today.minusDays(8 - i % 8), () -> surveys.answer(plan, person, answer));
		}
	}

}
