package org.sawa.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import org.sawa.calendar.ShiftableClock;
import org.sawa.consultation.Alternatives;
import org.sawa.consultation.Document;
import org.sawa.consultation.Documents;
import org.sawa.consultation.Process;
import org.sawa.consultation.Processes;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The regional plan's territorial diagnosis, published in its information phase (seed
 * 002: "simplifying documents in dialectical Arabic, producing videos in sign language,
 * and printing Braille versions"): in French with its Arabic version (so both Braille
 * files are made), a Darija summary (read aloud by espeak-ng when it is installed), an
 * easy-read version, and a sign-language video (a placeholder file) with its transcript.
 */
@Component
class DemoDocuments {

	private final Processes processes;

	private final Documents documents;

	private final Alternatives alternatives;

	private final ShiftableClock clock;

	DemoDocuments(Processes processes, Documents documents, Alternatives alternatives, ShiftableClock clock) {
		this.processes = processes;
		this.documents = documents;
		this.alternatives = alternatives;
		this.clock = clock;
	}

	void load(long staff) {
		clock.during(LocalDate.of(2021, 9, 1), () -> diagnosis(staff));
	}

	private void diagnosis(long staff) {
		Process plan = processes.byCode("PDR-BMK-2022").orElseThrow();
		int number = documents.add(plan, "Diagnostic territorial de la Région", """
				La Région Béni Mellal-Khénifra compte cinq provinces et plus de deux millions et demi d’habitants, \
				dont près de la moitié vivent en milieu rural.

				Ses forces sont l’agriculture irriguée du Tadla, les phosphates de Khouribga, l’eau de l’Atlas et \
				le tourisme de montagne autour d’Azilal.

				Ses difficultés sont le chômage des jeunes diplômés, le faible emploi des femmes, l’enclavement des \
				douars de montagne, l’accès à l’eau potable et aux soins, et le départ des jeunes vers les villes.

				Le programme de développement régional 2022-2027 répondra à ces difficultés avec les habitants : \
				dites-nous ce qui compte pour vous.""", "fr", staff);
		Document diagnosis = documents.byNumber(plan.id(), number).orElseThrow();
		documents.write(plan, diagnosis, "ar", Map.of("title", "التشخيص الترابي للجهة", "body", """
				تضم جهة بني ملال خنيفرة خمسة أقاليم وأكثر من مليونين ونصف مليون نسمة، يعيش نصفهم تقريبا في \
				الوسط القروي.

				من نقط قوتها الفلاحة المسقية بتادلة، وفوسفاط خريبكة، وماء الأطلس، والسياحة الجبلية حول أزيلال.

				ومن صعوباتها بطالة الشباب حاملي الشهادات، وضعف تشغيل النساء، وعزلة الدواوير الجبلية، والولوج إلى \
				الماء الصالح للشرب والعلاج، وهجرة الشباب نحو المدن.

				سيجيب برنامج التنمية الجهوية 2022-2027 عن هذه الصعوبات مع الساكنة: قولوا لنا ما يهمكم."""), staff);
		alternatives.write(plan, diagnosis, "darija",
				new Alternatives.Sent("الجهة ديالنا فيها خمسة د الأقاليم. بزاف د الناس ساكنين فالعروبية. "
						+ "كاين الخدمة فالفلاحة والفوسفاط، ولكن الشباب ما لقاوش الخدمة، والعيالات قليل اللي خدامين. "
						+ "الدواوير فالجبل بعاد، والما والسبيطار صعاب. قولو لينا شنو مهم عندكم.", "", "", null, null),
				staff);
		alternatives.write(plan, diagnosis, "easy_read", new Alternatives.Sent("""
				Notre Région a 5 provinces.
				Beaucoup de personnes vivent à la campagne.

				Il y a du travail dans l’agriculture et les mines.
				Mais beaucoup de jeunes n’ont pas de travail.
				Peu de femmes ont un travail payé.

				Dans la montagne, les villages sont loin des routes.
				L’eau et les soins sont difficiles à avoir.

				La Région veut savoir ce qui compte pour vous.""", "fr", "", null, null), staff);
		alternatives.write(plan, diagnosis, "sign_language",
				new Alternatives.Sent("فيديو بلغة الإشارة المغربية يقدم التشخيص الترابي: الأقاليم الخمسة، الفلاحة "
						+ "والفوسفاط، بطالة الشباب، عمل النساء، عزلة الدواوير، الماء والعلاج، ودعوة الساكنة إلى "
						+ "المشاركة.", "ar", "", "langue-des-signes.webm", placeholderVideo()),
				staff);
	}

	private static byte[] placeholderVideo() {
		try {
			return new ClassPathResource("demo/sign-language-placeholder.webm").getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
