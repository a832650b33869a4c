package org.sawa.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sawa.budget.BudgetFiles;
import org.sawa.budget.Budgets;
import org.sawa.calendar.ShiftableClock;
import org.sawa.imports.ImportReport;
import org.sawa.territory.Territories;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The 2025 and 2026 budgets of Béni Mellal-Khénifra and of the commune of Naour (invented
 * figures with the real structure, labelled as such): each imported as voted early in its
 * year and published, then imported again with what was executed; 2026 is executed up to
 * November.
 */
@Component
class DemoBudgets {

	static final String SOURCE_FR = "Budget voté par le conseil régional ; chiffres inventés pour la démonstration, "
			+ "structure réelle.";

	static final String SOURCE_AR = "الميزانية التي صوت عليها المجلس الجماعي؛ أرقام مختلقة للعرض، بهيكلة حقيقية.";

	/** The column of the executed amounts in a budget file (0-based). */
	private static final int EXECUTED = 13;

	private final BudgetFiles files;

	private final Budgets budgets;

	private final Territories territories;

	private final ShiftableClock clock;

	DemoBudgets(BudgetFiles files, Budgets budgets, Territories territories, ShiftableClock clock) {
		this.files = files;
		this.budgets = budgets;
		this.territories = territories;
		this.clock = clock;
	}

	void load(long regionStaff) {
		for (int year : new int[] { 2025, 2026 }) {
			load("MA-05", year, "fr", SOURCE_FR, regionStaff);
			load("MA-BEM-07", year, "ar", SOURCE_AR, regionStaff);
		}
	}

	private void load(String code, int year, String language, String source, long staff) {
		byte[] executed = read("demo/budgets/" + code + "-" + year + ".csv");
		LocalDate voted = LocalDate.of(year, 1, 12);
		LocalDate closed = year == 2025 ? LocalDate.of(2026, 2, 16) : LocalDate.of(2026, 11, 16);
		clock.during(voted, () -> {
			check(files.importFile(new BudgetFiles.About(code, year, language, source), asVoted(executed), staff));
			budgets.publish(budgets.find(territories.byCode(code).orElseThrow().id(), year).orElseThrow().id(), true,
					staff);
		});
		clock.during(closed,
				() -> check(files.importFile(new BudgetFiles.About(code, year, language, source), executed, staff)));
	}

	/** The file as voted: the same lines, nothing executed yet. */
	private static byte[] asVoted(byte[] file) {
		List<String> lines = new ArrayList<>();
		for (String line : new String(file, StandardCharsets.UTF_8).split("\r\n")) {
			String[] cells = line.split(",", -1);
			if (!cells[0].equals("direction")) {
				cells[EXECUTED] = "";
			}
			lines.add(String.join(",", cells));
		}
		return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] read(String resource) {
		try (InputStream input = new ClassPathResource(resource).getInputStream()) {
			return input.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void check(ImportReport report) {
		if (!report.applied()) {
			throw new IllegalStateException("demo budget refused: " + report.problems());
		}
	}

}
