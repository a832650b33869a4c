package org.sawa.budget;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sawa.audit.AuditLog;
import org.sawa.imports.AllOrNothing;
import org.sawa.imports.Csv;
import org.sawa.imports.ImportReport;
import org.sawa.imports.ImportTally;
import org.sawa.input.Texts;
import org.sawa.refusal.Refusals;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Budget files in and out. An import replaces a collectivity's budget for a year whole,
 * or changes nothing and lists every problem with its line and column; the same budget
 * imported again (even written differently) changes nothing. The export writes the file
 * back in the import's form.
 */
@Service
public class BudgetFiles {

	/** The largest budget file read. */
	static final int MOST_BYTES = 5 * 1024 * 1024;

	/** What the import form says of the budget besides its file. */
	public record About(String territoryCode, Integer year, String language, String source) {
	}

	private final JdbcClient jdbc;

	private final Budgets budgets;

	private final BudgetCodes codes;

	private final Territories territories;

	private final AuditLog audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	BudgetFiles(JdbcClient jdbc, Budgets budgets, BudgetCodes codes, Territories territories, AuditLog audit,
			TransactionTemplate tx, Clock clock) {
		this.jdbc = jdbc;
		this.budgets = budgets;
		this.codes = codes;
		this.territories = territories;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
	}

	/**
	 * Imports a budget file for the collectivity and year the form names. The form's
	 * mistakes are refused at their fields ({@link Refusals}); the file's come back in
	 * the report, with nothing written.
	 */
	public ImportReport importFile(About about, byte[] file, long actorId) {
		Refusals refusals = new Refusals();
		Optional<Territory> territory = territories.byCode(about.territoryCode() == null ? "" : about.territoryCode())
			.filter(t -> t.level() != Level.COUNTRY);
		if (territory.isEmpty()) {
			refusals.add("territory", "budget.error.territory");
		}
		else if (!budgets.manages(actorId, territory.get().id())) {
			refusals.add("territory", "budget.error.notYours");
		}
		if (about.year() == null || about.year() < 2000 || about.year() > 2100) {
			refusals.add("year", "budget.error.year");
		}
		if (!Texts.oneOf(about.language(), List.of("ar", "fr"))) {
			refusals.add("language", "budget.error.language");
		}
		String source = Texts.cleanOrEmpty(about.source());
		if (Texts.length(source) < 3 || Texts.length(source) > 300) {
			refusals.add("source", "budget.error.source", 300);
		}
		if (file == null || file.length == 0) {
			refusals.add("file", "import.error.noFile");
		}
		else if (file.length > MOST_BYTES) {
			refusals.add("file", "budget.error.fileTooLarge", MOST_BYTES / 1024 / 1024);
		}
		refusals.throwIfAny();
		return AllOrNothing.run(tx,
				() -> replace(territory.get(), about.year(), about.language(), source, file, actorId));
	}

	private ImportReport replace(Territory territory, int year, String language, String source, byte[] file,
			long actorId) {
		ImportTally tally = new ImportTally();
		BudgetSheet sheet = new BudgetSheet(tally, language, codes.byCode("function"), codes.byCode("nature"));
		List<String> required = new java.util.ArrayList<>(BudgetSheet.REQUIRED);
		required.add("label_" + language);
		Csv.read(new ByteArrayInputStream(file), required, sheet::read);
		sheet.checkTotals(!tally.hasProblems());
		if (tally.hasProblems() || sheet.articles.isEmpty()) {
			if (!tally.hasProblems()) {
				tally.problem(1, "", "budget.import.noLines");
			}
			return tally.finish();
		}
		return store(territory, year, language, source, sheet, tally, actorId);
	}

	/**
	 * Writes a budget read well in place of the one stored, unless it is the same: its
	 * chapters and lines, in one form, compared by digest.
	 */
	private ImportReport store(Territory territory, int year, String language, String source, BudgetSheet sheet,
			ImportTally tally, long actorId) {
		List<BudgetChapter> chapters = sheet.chapters.stream().map(BudgetSheet.Chapter::chapter).toList();
		List<BudgetLine> lines = sheet.articles.stream().map(BudgetSheet.Article::budgetLine).toList();
		String canonical = BudgetSheet.write(chapters, lines);
		String digest = sha256(canonical);
		Optional<Map<String, Object>> stored = jdbc
			.sql("SELECT language, source, file_sha256 FROM budget WHERE territory_id = :t AND year = :y FOR UPDATE")
			.param("t", territory.id())
			.param("y", year)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
		boolean same = stored
			.map(r -> language.equals(r.get("language")) && source.equals(r.get("source"))
					&& digest.equals(r.get("file_sha256")))
			.orElse(false);
		if (same) {
			lines.forEach(l -> tally.updatedOrUnchanged(false));
			return tally.finish();
		}
		long budgetId = jdbc.sql("""
				INSERT INTO budget (territory_id, year, language, source, file_sha256, imported_by, imported_at)
				VALUES (:t, :y, :l, :s, :d, :by, :at)
				ON CONFLICT (territory_id, year) DO UPDATE SET language = EXCLUDED.language, source = EXCLUDED.source,
				  file_sha256 = EXCLUDED.file_sha256, imported_by = EXCLUDED.imported_by,
				  imported_at = EXCLUDED.imported_at
				RETURNING id""")
			.param("t", territory.id())
			.param("y", year)
			.param("l", language)
			.param("s", source)
			.param("d", digest)
			.param("by", actorId)
			.param("at", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		jdbc.sql("DELETE FROM budget_chapter WHERE budget_id = :b").param("b", budgetId).update();
		int position = 0;
		for (BudgetChapter c : chapters) {
			insertChapter(budgetId, c, ++position);
		}
		position = 0;
		for (BudgetLine l : lines) {
			insertLine(budgetId, l, ++position);
			if (stored.isPresent()) {
				tally.updatedOrUnchanged(true);
			}
			else {
				tally.inserted();
			}
		}
		return tally.finishAudited(audit, "person:" + actorId, "budget.import",
				"budget:" + territory.code() + "/" + year);
	}

	private void insertChapter(long budgetId, BudgetChapter c, int position) {
		jdbc.sql(
				"""
						INSERT INTO budget_chapter (budget_id, direction, section, code, label_ar, label_fr, label_en, label_zgh,
						  voted, amended, executed, position)
						VALUES (:b, :d, :s, :c, :ar, :fr, :en, :zgh, :v, :a, :e, :p)""")
			.param("b", budgetId)
			.param("d", c.direction())
			.param("s", c.section())
			.param("c", c.code())
			.param("ar", c.labels().get("ar"))
			.param("fr", c.labels().get("fr"))
			.param("en", c.labels().get("en"))
			.param("zgh", c.labels().get("zgh"))
			.param("v", c.voted())
			.param("a", c.amended())
			.param("e", c.executed())
			.param("p", position)
			.update();
	}

	private void insertLine(long budgetId, BudgetLine l, int position) {
		BudgetLine.Beneficiaries b = l.beneficiaries();
		jdbc.sql("""
				INSERT INTO budget_line (budget_id, position, direction, section, chapter, article, programme,
				  function_code, nature_code, label_ar, label_fr, label_en, label_zgh, voted, amended, executed,
				  gender_marker, beneficiaries_female, beneficiaries_male, beneficiaries_0_14, beneficiaries_15_34,
				  beneficiaries_35_plus)
				VALUES (:b, :p, :d, :s, :c, :a, :prog, :f, :n, :ar, :fr, :en, :zgh, :v, :am, :e, :m, :bf, :bm, :b0,
				  :b15, :b35)""")
			.param("b", budgetId)
			.param("p", position)
			.param("d", l.direction())
			.param("s", l.section())
			.param("c", l.chapter())
			.param("a", l.article())
			.param("prog", l.programme())
			.param("f", l.function())
			.param("n", l.nature())
			.param("ar", l.labels().get("ar"))
			.param("fr", l.labels().get("fr"))
			.param("en", l.labels().get("en"))
			.param("zgh", l.labels().get("zgh"))
			.param("v", l.voted())
			.param("am", l.amended())
			.param("e", l.executed())
			.param("m", l.genderMarker())
			.param("bf", b.female())
			.param("bm", b.male())
			.param("b0", b.young())
			.param("b15", b.youth())
			.param("b35", b.adults())
			.update();
	}

	/**
	 * The budget as a file in the import's form (chapters, then their articles), with the
	 * lines given (exact for its managers, {@link CitizenBudgets#publicLines} for the
	 * public).
	 */
	public String export(Budget budget, List<BudgetLine> lines) {
		return BudgetSheet.write(budgets.chapters(budget.id()), lines);
	}

	/** The file to start from: the columns, a chapter of revenue and one of spending. */
	public static String template() {
		return String.join(",", BudgetSheet.COLUMNS) + "\r\n"
				+ "revenue,operating,10,,,,,مداخيل جبائية,Recettes fiscales,Tax revenue,,1500000.00,,,,,,,,\r\n"
				+ "revenue,operating,10,10.1,,,own_tax,رسوم خاصة,Taxes propres,Own taxes,,1500000.00,,,,,,,,\r\n"
				+ "expenditure,investment,50,,,,,تجهيزات,Équipements,Equipment,,1500000.00,,,,,,,,\r\n"
				+ "expenditure,investment,50,50.1,P3,06,works,آبار القرى,Puits des douars,Village wells,,1500000.00,,,1,"
				+ "800,750,,,\r\n";
	}

	static String sha256(String text) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
