package org.sawa.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.sawa.calendar.ShiftableClock;
import org.sawa.project.PbWinners;
import org.sawa.project.Project;
import org.sawa.project.ProjectData;
import org.sawa.project.ProjectFiles;
import org.sawa.project.ProjectWriting;
import org.sawa.project.Projects;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Forty projects (thirty in Béni Mellal-Khénifra, ten in Laâyoune-Sakia El Hamra) from
 * {@code demo/projects.tsv}: invented figures for real kinds of projects, labelled as
 * such. Each is created on its start day as planned, then brought up to date today as a
 * correction: milestones done as far as its progress, money received and spent, jobs
 * created by sex and age band, beneficiaries reached; some get a placeholder photo. The
 * winners of the region's participatory budget join the registry in the pipeline.
 */
@Component
class DemoProjects {

	static final String SOURCE = "Rapport d'avancement du porteur (chiffres inventés pour la démonstration)";

	private static final List<String> MILESTONES = List.of("Études et conception", "Appel d'offres et marchés",
			"Démarrage des travaux", "Travaux à mi-parcours", "Réception et mise en service");

	private static final int[] WEIGHTS = { 15, 10, 15, 30, 30 };

	private static final String[] AGES = { "18-24", "25-34", "35-44", "45-54" };

	private static final double[] AGE_SHARES = { 0.27, 0.38, 0.22, 0.13 };

	private final ProjectWriting writing;

	private final Projects projects;

	private final ProjectFiles files;

	private final PbWinners winners;

	private final Territories territories;

	private final ShiftableClock clock;

	DemoProjects(ProjectWriting writing, Projects projects, ProjectFiles files, PbWinners winners,
			Territories territories, ShiftableClock clock) {
		this.writing = writing;
		this.projects = projects;
		this.files = files;
		this.winners = winners;
		this.territories = territories;
		this.clock = clock;
	}

	/** A line of the file. */
	record Row(String region, String code, String titleFr, String titleAr, String sector, String programme,
			String programmeName, List<String> communes, String place, List<String[]> funders, String[] implementer,
			double millions, YearMonth start, int months, int status, Integer marker, int permanent, int temporary,
			int womenPercent, int beneficiaries, String description) {
	}

	void load(long bmkStaff, long laayouneStaff) {
		List<Row> rows = rows();
		LocalDate today = LocalDate.now(clock);
		writing.inOne(() -> {
			int photos = 0;
			for (Row row : rows) {
				long staff = row.region().equals("MA-05") ? bmkStaff : laayouneStaff;
				Territory region = territories.byCode(row.region()).orElseThrow();
				Random random = new Random(row.code().hashCode());
				LocalDate start = row.start().atDay(1 + random.nextInt(20));
				ProjectData planned = planned(row, region, start);
				clock.during(start, () -> {
					writing.create(planned, staff);
				});
				ProjectData now = DemoProjectProgress.now(planned, row, today, random);
				if (!now.equals(planned)) {
					clock.during(today, () -> {
						writing.update(planned.identifier(), now, "Point d'avancement trimestriel", staff);
					});
				}
				if (row.region().equals("MA-05") && photos++ < 8) {
					Project project = projects.byIdentifier(planned.identifier()).orElseThrow();
					files.add(project, "photo", "Illustration : " + row.titleFr(), "A09", row.code() + ".png",
							placeholder(row), staff);
				}
			}
		}, bmkStaff);
		winners.offers(bmkStaff).forEach(o -> winners.create(o.budget().code(), bmkStaff));
	}

	private ProjectData planned(Row row, Territory region, LocalDate start) {
		ProjectData.Org reporting = projects.reporting(region);
		List<Long> places = row.communes()
			.stream()
			.map(c -> territories.byCode(c).orElseThrow().id())
			.sorted()
			.toList();
		List<ProjectData.Org> orgs = new ArrayList<>();
		for (String[] f : row.funders()) {
			orgs.add(new ProjectData.Org(1, f.length > 2 ? f[2] : "", f[1], f[0]));
		}
		orgs.add(new ProjectData.Org(4, "", row.implementer()[1], row.implementer()[0]));
		LocalDate end = start.plusMonths(row.months());
		List<ProjectData.Milestone> milestones = new ArrayList<>();
		for (int i = 0; i < MILESTONES.size(); i++) {
			long days = ChronoUnit.DAYS.between(start, end) * (i + 1) / MILESTONES.size();
			milestones.add(new ProjectData.Milestone(MILESTONES.get(i), WEIGHTS[i], start.plusDays(days), null));
		}
		List<ProjectData.Figure> figures = new ArrayList<>();
		int year = end.getYear();
		LocalDate known = start;
		figure(figures, "jobs_permanent", year, row.permanent(), row.womenPercent(), known);
		figure(figures, "jobs_temporary", year, row.temporary(), row.womenPercent(), known);
		if (row.beneficiaries() > 0) {
			figures.add(new ProjectData.Figure("beneficiaries", "planned", year, "", "", "", "", row.beneficiaries(),
					known, SOURCE));
		}
		List<ProjectData.Result> results = row.beneficiaries() == 0 ? List.of()
				: List.of(new ProjectData.Result(2, "Population desservie", "Personnes desservies", 1, start.getYear(),
						BigDecimal.ZERO, year, BigDecimal.valueOf(row.beneficiaries()), null));
		return new ProjectData(reporting.ref() + "-" + row.code(), region.id(), "fr", row.titleFr(), row.description(),
				1, row.sector(), row.programme(), row.programmeName(), row.marker(), start, end, null, null,
				row.place(), reporting, places, orgs, DemoProjectProgress.budgets(row, start, end), List.of(),
				milestones, figures, results,
				row.code().startsWith("INC") || row.code().startsWith("AGRO") || row.code().startsWith("NUM")
						? List.of("BMK-03") : List.of(),
				"", "", Map.of("title", Map.of("ar", row.titleAr())));
	}

	private static void figure(List<ProjectData.Figure> figures, String measure, int year, int total, int womenPercent,
			LocalDate known) {
		if (total == 0) {
			return;
		}
		int women = Math.round(total * womenPercent / 100f);
		figures.add(new ProjectData.Figure(measure, "planned", year, "female", "", "", "", women, known, SOURCE));
		figures.add(new ProjectData.Figure(measure, "planned", year, "male", "", "", "", total - women, known, SOURCE));
	}

	static String[] ages() {
		return AGES.clone();
	}

	static double[] ageShares() {
		return AGE_SHARES.clone();
	}

	private static List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		try (var input = new ClassPathResource("demo/projects.tsv").getInputStream()) {
			for (String line : new String(input.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] c = line.split("\t", -1);
				List<String[]> funders = new ArrayList<>();
				for (String f : c[9].split(";")) {
					funders.add(f.split("\\|", -1));
				}
				rows.add(new Row(c[0], c[1], c[2], c[3], c[4], c[5], c[6], List.of(c[7].split(" ")), c[8], funders,
						c[10].split("\\|"), Double.parseDouble(c[11]), YearMonth.parse(c[12]), Integer.parseInt(c[13]),
						Integer.parseInt(c[14]), Integer.valueOf(c[15]), Integer.parseInt(c[16]),
						Integer.parseInt(c[17]), Integer.parseInt(c[18]), Integer.parseInt(c[19]), c[20].strip()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	/**
	 * A drawn placeholder, said to be one: the project's title on its sector's colour.
	 */
	private static byte[] placeholder(Row row) {
		BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		Color base = Color.getHSBColor((Math.abs(row.sector().hashCode()) % 360) / 360f, 0.45f, 0.55f);
		g.setPaint(new GradientPaint(0, 0, base, 640, 400, base.darker()));
		g.fillRect(0, 0, 640, 400);
		g.setColor(Color.WHITE);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
		g.drawString(row.titleFr().length() > 44 ? row.titleFr().substring(0, 43) + "…" : row.titleFr(), 28, 190);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
		g.drawString("Illustration (démonstration Sawa)", 28, 235);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
