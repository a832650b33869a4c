package org.sawa.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.sawa.account.DemographicSnapshot;
import org.sawa.calendar.ShiftableClock;
import org.sawa.feedback.FeedbackFiling;
import org.sawa.feedback.FeedbackFiling.NewReport;
import org.sawa.feedback.FeedbackModeration;
import org.sawa.feedback.FeedbackSteps;
import org.sawa.feedback.FeedbackSteps.Reporter;
import org.sawa.feedback.Reports;
import org.springframework.stereotype.Component;

/**
 * The demo's feedback a visitor meets first: Fatima Zahra's reports in Naour (a broken
 * water point with its photo, answered and rated; a road she reopened; a street light
 * waiting), and a report whose phone number a moderator took out of the public text.
 * Photos are drawn placeholders, labelled as such.
 */
@Component
class DemoFeedbackStories {

	private final FeedbackFiling filing;

	private final FeedbackSteps steps;

	private final FeedbackModeration moderation;

	private final Reports reports;

	private final ShiftableClock clock;

	DemoFeedbackStories(FeedbackFiling filing, FeedbackSteps steps, FeedbackModeration moderation, Reports reports,
			ShiftableClock clock) {
		this.filing = filing;
		this.steps = steps;
		this.moderation = moderation;
		this.reports = reports;
		this.clock = clock;
	}

	void load(long citizen, long moderator, long staff) {
		LocalDate today = LocalDate.now(clock);
		Reporter her = Reporter.person(citizen);
		long water = file(today.minusDays(40), citizen, "water_point",
				"السقاية العمومية في دوار آيت عمي معطلة: الصنبور مكسور والماء يتسرب منذ أسبوع.",
				"دوار آيت عمي، قرب المدرسة", "ar", true);
		on(today.minusDays(39), () -> steps.acknowledge(water, staff, "شكرا، سيمر التقني هذا الأسبوع.", null));
		on(today.minusDays(35), () -> steps.answer(water, staff,
				"La borne-fontaine a été réparée : robinet changé, fuite colmatée.", null));
		on(today.minusDays(34), () -> steps.close(water, staff, "resolved", "Réparation vérifiée.", null, null));
		on(today.minusDays(33), () -> steps.rate(water, her, true, "أصلحوها بسرعة، شكرا.", null));

		long road = file(today.minusDays(120), citizen, "road",
				"الطريق نحو المركز الصحي مليئة بالحفر ولا يمكن لسيارة الإسعاف المرور.",
				"الطريق الرابطة بين ناوور والمركز الصحي", "ar", false);
		on(today.minusDays(117), () -> steps.acknowledge(road, staff, "", null));
		on(today.minusDays(100),
				() -> steps.answer(road, staff, "Les nids-de-poule ont été rebouchés avec du tout-venant.", null));
		on(today.minusDays(98), () -> steps.close(road, staff, "resolved", "", null, null));
		on(today.minusDays(80), () -> steps.rate(road, her, false, "عادت الحفر بعد أول مطر.", null));
		on(today.minusDays(80), () -> steps.reopen(road, her, "عادت الحفر بعد أول مطر، الطريق مقطوعة من جديد.", null));
		on(today.minusDays(70), () -> steps.answer(road, staff,
				"Le tronçon sera goudronné : les travaux sont inscrits au budget de la commune.", null));

		file(today.minusDays(5), citizen, "lighting", "المصباح أمام دار الأمومة منطفئ والنساء يخرجن ليلا في الظلام.",
				"أمام دار الأمومة", "ar", false);
		long exposed = file(today.minusDays(12), null, "waste",
				"Les ordures s'accumulent devant l'école depuis dix jours. Appelez-moi au 0661234567, je suis Hassan.",
				"Devant l'école Al Amal", "fr", false);
		on(today.minusDays(11),
				() -> moderation.redact(exposed, moderator, "Les ordures s'accumulent devant l'école depuis dix jours.",
						"Devant l'école Al Amal", "Numéro de téléphone et prénom retirés du texte public."));
	}

	private long file(LocalDate day, Long reporter, String category, String description, String place, String language,
			boolean photo) {
		NewReport report = new NewReport(category, "MA-BEM-07", "", place, description, language, false,
				reporter == null ? "voisin.naour@example.ma" : "", "",
				photo ? List.of(new FeedbackFiling.Upload("borne-fontaine.png", placeholder())) : List.of(),
				DemographicSnapshot.notStated());
		String number = clock.during(day, () -> filing.file(report, reporter, null).number());
		return reports.byNumber(number).orElseThrow().id();
	}

	private void on(LocalDate day, Runnable step) {
		clock.during(day, step);
	}

	/** A drawn placeholder of a standpipe, labelled "illustration". */
	static byte[] placeholder() {
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(new Color(0xe8, 0xf1, 0xf4));
		g.fillRect(0, 0, 640, 480);
		g.setColor(new Color(0xc9, 0xa2, 0x6b));
		g.fillRect(0, 360, 640, 120);
		g.setColor(new Color(0x5b, 0x6b, 0x73));
		g.fillRect(280, 150, 60, 210);
		g.setStroke(new BasicStroke(14));
		g.drawLine(340, 180, 410, 180);
		g.drawLine(410, 180, 410, 215);
		g.setColor(new Color(0x2f, 0x7f, 0xb5));
		g.fillOval(400, 300, 90, 30);
		g.setColor(Color.DARK_GRAY);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
		g.drawString("Sawa demo - illustration", 20, 40);
		g.dispose();
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
