package org.sawa.demo;

import java.util.Map;
import org.sawa.report.AnnualReports;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The 2025 annual reports of both demo regions, generated from everything loaded before
 * them and published with their officers' recommendations, as a region would after the
 * year closed.
 */
@Component
class DemoReports {

	private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

	private final AnnualReports reports;

	private final Territories territories;

	private final JdbcClient jdbc;

	DemoReports(AnnualReports reports, Territories territories, JdbcClient jdbc) {
		this.reports = reports;
		this.territories = territories;
		this.jdbc = jdbc;
	}

	void load(long bmkOfficer, long laayouneStaff) {
		// participation is counted by listeners after each commit: let them finish first
		// (mail the demo could not send stays incomplete until an SMTP server takes it:
		// not waited for)
		if (!waitFor(() -> jdbc
			.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND event_type = :type")
			.param("type", org.sawa.account.ParticipationRecorded.class.getName())
			.query(Long.class)
			.single() == 0)) {
			log.warn("Some events were still being handled: the demo reports may miss some participation");
		}
		publish("MA-05", bmkOfficer, Map.of("ar",
				"""
						1. توسيع المواكبة الفردية إلى المنتخبات في الجماعات التي لم يشملها البرنامج بعد، مع تتبع مداخلاتهن في دورات المجالس.
						2. رفع حصة النساء من المداخلات في دورات المجلس الجهوي عبر تكوين مخصص وجدولة نقط يقترحنها.
						3. تسريع الالتزام BMK-04 المتعثر وتعيين مسؤول عن كل مرحلة متأخرة.
						4. نشر تقرير السنة المقبلة في أجل لا يتعدى مارس، بعد استشارة هيئة المساواة وتكافؤ الفرص ومقاربة النوع.""",
				"fr",
				"""
						1. Étendre le mentorat individuel aux élues des communes que le programme n'a pas encore atteintes, et suivre leurs interventions en session.
						2. Relever la part des interventions des femmes aux sessions du conseil régional : formation dédiée et inscription à l'ordre du jour des points qu'elles proposent.
						3. Débloquer l'engagement BMK-04 et nommer un responsable pour chaque jalon en retard.
						4. Publier le rapport de l'année suivante avant fin mars, après avis de l'instance de l'équité, de l'égalité des chances et de l'approche genre."""));
		publish("MA-11", laayouneStaff, Map.of("ar",
				"""
						1. إطلاق نادي الإدماج الاجتماعي (الالتزام MALAA0003) في الأجل، مع إشراك الجمعيات النسائية في تحديد الفئات المستهدفة.
						2. تكوين أطر الجهة والجماعات على مقاربة النوع وتجميع المعطيات المصنفة حسب الجنس والسن والإعاقة.
						3. نشر تقرير سنوي عن أثر المبادرات وتوصياته، كما تنص عليه المرحلة السادسة من الالتزام.""",
				"fr",
				"""
						1. Ouvrir le club d'inclusion sociale (engagement MALAA0003) dans les délais, en associant les associations de femmes au choix des publics.
						2. Former les cadres de la région et des communes à l'approche genre et à la collecte de données ventilées par sexe, âge et handicap.
						3. Publier chaque année un rapport sur l'impact des initiatives et ses recommandations, comme le prévoit le sixième jalon de l'engagement."""));
	}

	private void publish(String code, long actor, Map<String, String> recommendations) {
		Territory region = territories.byCode(code).orElseThrow();
		long id = reports.generate(region, 2025, recommendations, actor);
		if (!waitFor(() -> reports.version(id).orElseThrow().finished())
				|| !"ready".equals(reports.version(id).orElseThrow().state())) {
			throw new IllegalStateException("the demo report of " + code + " failed to generate");
		}
		reports.publish(id, actor);
		log.info("Demo annual report 2025 of {} published", code);
	}

	/** Whether it came to pass within two minutes. */
	private static boolean waitFor(java.util.function.BooleanSupplier done) {
		long until = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
		while (!done.getAsBoolean()) {
			if (System.nanoTime() > until) {
				return false;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return true;
	}

}
