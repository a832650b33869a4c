package org.sawa.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sawa.account.DemographicSnapshot;
import org.sawa.calendar.ShiftableClock;
import org.sawa.feedback.Categories;
import org.sawa.feedback.FeedbackFiling;
import org.sawa.feedback.FeedbackFiling.Filed;
import org.sawa.feedback.FeedbackFiling.NewReport;
import org.sawa.feedback.FeedbackSteps;
import org.sawa.feedback.FeedbackSteps.Reporter;
import org.sawa.feedback.Report;
import org.sawa.feedback.Reports;
import org.sawa.inforequest.InfoBodies;
import org.sawa.inforequest.InfoBody;
import org.sawa.territory.AgeBand;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Eighteen months of citizen feedback in Béni Mellal-Khénifra and Laâyoune-Sakia El
 * Hamra, entered through the application's services on the days it happened: the water
 * utility, the health and education delegations added as bodies beside the councils,
 * routes for their categories, and about three hundred reports (online, by phone, on
 * paper, at the counter) that bodies acknowledge and answer at their own speed (Azilal's
 * health delegation is late), some asked for details, transferred, reopened, rated. Those
 * who report are mostly urban men, as in life: the lens shows rural women reporting less
 * than their share. Invented figures, labelled as such in the README.
 */
@Component
class DemoFeedback {

	/** The communes reports come from, urban ones more often. */
	private static final List<String> COMMUNES = List.of("MA-BEM-01", "MA-BEM-01", "MA-BEM-01", "MA-BEM-02",
			"MA-BEM-02", "MA-BEM-04", "MA-BEM-07", "MA-BEM-05", "MA-BEM-09", "MA-AZI-01", "MA-AZI-01", "MA-AZI-02",
			"MA-AZI-03", "MA-AZI-05", "MA-AZI-09", "MA-LAA-01", "MA-LAA-01", "MA-LAA-01", "MA-LAA-02", "MA-LAA-04");

	private static final List<String> CATEGORIES = List.of("water_point", "water_point", "water_point", "road", "road",
			"lighting", "lighting", "waste", "waste", "school", "health_centre", "health_centre", "market", "transport",
			"civil_status", "project", "suggestion");

	private static final int REPORTS = 300;

	private final InfoBodies bodies;

	private final Categories categories;

	private final FeedbackFiling filing;

	private final FeedbackSteps steps;

	private final Reports reports;

	private final Territories territories;

	private final ShiftableClock clock;

	private final DemoFeedbackStories stories;

	private final Map<String, List<String[]>> texts = new HashMap<>();

	private final Map<String, String> firsts = new HashMap<>();

	DemoFeedback(InfoBodies bodies, Categories categories, FeedbackFiling filing, FeedbackSteps steps, Reports reports,
			Territories territories, ShiftableClock clock, DemoFeedbackStories stories) {
		this.bodies = bodies;
		this.categories = categories;
		this.filing = filing;
		this.steps = steps;
		this.reports = reports;
		this.territories = territories;
		this.clock = clock;
		this.stories = stories;
	}

	void load(long admin, long staff, long laayouneStaff, long moderator, long citizen) {
		try (InputStream input = new ClassPathResource("demo/feedback-bodies.csv").getInputStream()) {
			if (!bodies.importCsv(input, "demo").applied()) {
				throw new IllegalStateException("demo feedback bodies refused");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (String code : List.of("ONEE-BEM", "SANTE-BEM", "SANTE-AZI", "EDUC-BEM", "EDUC-AZI")) {
			bodies.designate(bodies.byCode(code).orElseThrow().id(), staff, admin);
		}
		for (String code : List.of("ONEE-LAA", "SANTE-LAA", "EDUC-LAA")) {
			bodies.designate(bodies.byCode(code).orElseThrow().id(), laayouneStaff, admin);
		}
		categories.route("water_point", "MA-BEM-01", "ONEE-BEM", admin);
		categories.route("water_point", "MA-LAA-01", "ONEE-LAA", admin);
		categories.route("health_centre", "MA-BEM", "SANTE-BEM", admin);
		categories.route("health_centre", "MA-AZI", "SANTE-AZI", admin);
		categories.route("health_centre", "MA-LAA", "SANTE-LAA", admin);
		categories.route("school", "MA-BEM", "EDUC-BEM", admin);
		categories.setTarget("ONEE-BEM", "water_point", 1, 7, admin);
		readTexts();
		Random random = new Random(2026);
		LocalDate today = LocalDate.now(clock);
		LocalDate start = today.minusMonths(18);
		long days = today.toEpochDay() - start.toEpochDay();
		for (int i = 0; i < REPORTS; i++) {
			LocalDate on = start.plusDays(i * days / REPORTS + random.nextInt(3));
			one(i, on.isAfter(today) ? today : on, random, admin, staff, laayouneStaff);
		}
		stories.load(citizen, moderator, staff);
	}

	private void readTexts() {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				new ClassPathResource("demo/feedback-texts.tsv").getInputStream(), StandardCharsets.UTF_8))) {
			in.readLine();
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String[] cells = line.split("\t", -1);
				texts.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One report and its life, each step on its day; steps that would be after today
	 * wait.
	 */
	private void one(int i, LocalDate on, Random random, long admin, long staff, long laayouneStaff) {
		String commune = COMMUNES.get(random.nextInt(COMMUNES.size()));
		String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
		List<String[]> pool = texts.get(category);
		String[] text = pool.get(random.nextInt(pool.size()));
		Territory place = territories.byCode(commune).orElseThrow();
		boolean rural = "rural".equals(place.kind());
		DemographicSnapshot who = person(random, rural);
		int channel = random.nextInt(100);
		String kind = channel < 55 ? "online" : channel < 80 ? "phone" : channel < 92 ? "paper" : "counter";
		long clerk = commune.startsWith("MA-LAA") ? laayouneStaff : staff;
		NewReport report = new NewReport(category, commune, "", text[3], text[2], text[1], false,
				"habitant%03d@example.ma".formatted(i), kind.equals("online") ? "" : "06%08d".formatted(i * 7919),
				List.of(), who);
		Filed filed = clock.during(on, () -> kind.equals("online") ? filing.file(report, null, null)
				: filing.fileForCaller(report, kind, LocalDate.now(clock), clerk));
		Report made = reports.byNumber(filed.number()).orElseThrow();
		Life life = new Life(on, Reporter.withKey(filed.key()), clerk, random);
		if (made.triage()) {
			if (!life.at(2 + random.nextInt(5), () -> steps.route(made.id(), admin,
					commune.startsWith("MA-LAA") ? "EDUC-LAA" : "EDUC-AZI", null))) {
				return;
			}
		}
		String body = bodies.byId(reports.byId(made.id()).orElseThrow().bodyId()).map(InfoBody::code).orElse("");
		int[] speed = speed(body, random);
		if (!life.at(speed[0], () -> steps.acknowledge(made.id(), clerk, "", null))) {
			return;
		}
		if (random.nextInt(100) < 8) {
			life.at(1, () -> steps.askDetails(made.id(), clerk,
					"Pouvez-vous préciser l'endroit exact et depuis quand le problème dure ?", null));
			life.at(2, () -> steps.addDetails(made.id(), life.reporter(),
					"C'est à côté de la maison du moqaddem, depuis le début du mois.", null));
		}
		if (category.equals("water_point") && rural && commune.startsWith("MA-BEM") && random.nextInt(100) < 30) {
			life.at(2, () -> steps.transfer(made.id(), clerk, "ONEE-BEM",
					"Ce réseau d'eau potable est géré par l'ONEE, qui intervient désormais.", null));
			life.at(1, () -> steps.acknowledge(made.id(), clerk, "", null));
		}
		finish(made, category, commune, life, speed[1]);
	}

	/** Answered, closed, perhaps rated and reopened. */
	private void finish(Report made, String category, String commune, Life life, int answerDays) {
		Random random = life.random();
		String first = firsts.putIfAbsent(commune + "/" + category, made.number());
		if (first != null && random.nextInt(100) < 10) {
			life.at(answerDays / 2, () -> steps.close(made.id(), life.clerk(), "duplicate",
					"Le même problème est déjà signalé ; suivez le premier signalement.", first, null));
			return;
		}
		if (!life.at(answerDays, () -> steps.answer(made.id(), life.clerk(),
				"Une équipe est passée sur place ; l'intervention est programmée dans les prochains jours.", null))) {
			return;
		}
		boolean resolved = random.nextInt(100) < 72;
		if (!life.at(2 + random.nextInt(8),
				() -> steps.close(made.id(), life.clerk(), resolved ? "resolved" : "not_resolved",
						resolved ? "Réparation faite." : "Les travaux demandent un budget qui n'est pas encore voté.",
						null, null))) {
			return;
		}
		if (random.nextInt(100) < 58) {
			boolean satisfied = resolved ? random.nextInt(100) < 80 : random.nextInt(100) < 15;
			life.at(1 + random.nextInt(6), () -> steps.rate(made.id(), life.reporter(), satisfied,
					satisfied ? "" : "La réponse est venue trop tard.", null));
			if (!satisfied && random.nextInt(100) < 35 && life.at(2, () -> steps.reopen(made.id(), life.reporter(),
					"Le problème est revenu : rien n'a vraiment été réparé.", null))) {
				life.at(answerDays, () -> steps.answer(made.id(), life.clerk(),
						"Une nouvelle intervention a été faite et vérifiée sur place.", null));
				life.at(3,
						() -> steps.close(made.id(), life.clerk(), "resolved", "Vérifié avec l'habitant.", null, null));
			}
		}
	}

	/** Days to acknowledge and to answer, by the body's habits. */
	private static int[] speed(String body, Random random) {
		if (body.equals("SANTE-AZI")) {
			return new int[] { 7 + random.nextInt(10), 25 + random.nextInt(30) };
		}
		if (body.startsWith("ONEE")) {
			return new int[] { 1, 2 + random.nextInt(6) };
		}
		if (body.startsWith("MA-LAA")) {
			return new int[] { 1 + random.nextInt(2), 3 + random.nextInt(10) };
		}
		if (body.startsWith("MA-AZI")) {
			return new int[] { 2 + random.nextInt(5), 10 + random.nextInt(25) };
		}
		return new int[] { 1 + random.nextInt(4), 5 + random.nextInt(22) };
	}

	/**
	 * Who reports: a third women, fewer still from rural communes; all ages from 18, most
	 * between 25 and 54; a few with a disability; some say nothing of themselves.
	 */
	private static DemographicSnapshot person(Random random, boolean rural) {
		if (random.nextInt(100) < 8) {
			return DemographicSnapshot.notStated();
		}
		String sex = random.nextInt(100) < (rural ? 22 : 38) ? "female" : "male";
		List<String> bands = AgeBand.from15();
		String band = bands.get(Math.min(bands.size() - 1, 1 + random.nextInt(Math.min(6, bands.size() - 1))));
		return new DemographicSnapshot(sex, band, random.nextInt(100) < 4 ? "yes" : "no", rural ? "rural" : "urban");
	}

	/** A report's steps in time: each some days after the last, none after today. */
	private final class Life {

		private LocalDate day;

		private final Reporter reporter;

		private final long clerk;

		private final Random random;

		Life(LocalDate day, Reporter reporter, long clerk, Random random) {
			this.day = day;
			this.reporter = reporter;
			this.clerk = clerk;
			this.random = random;
		}

		/**
		 * Takes the step {@code days} later, if that is not after today; says whether.
		 */
		boolean at(int days, Runnable step) {
			LocalDate next = day.plusDays(days);
			if (next.isAfter(LocalDate.now(clock))) {
				return false;
			}
			day = next;
			clock.during(next, step);
			return true;
		}

		Reporter reporter() {
			return reporter;
		}

		long clerk() {
			return clerk;
		}

		Random random() {
			return random;
		}

	}

}
