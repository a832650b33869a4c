package org.sawa.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sawa.budget.BudgetLine.Beneficiaries;
import org.sawa.imports.Csv;
import org.sawa.imports.ImportTally;

/**
 * A budget file read and checked whole: each row is a chapter (no article: its declared
 * totals) or an article of a chapter; codes must be known, amounts written as numbers of
 * dirhams, not negative; each chapter's articles must add up to the totals it declares.
 * Every problem is kept with its line and column; the file is one, in one form, that the
 * export writes back ({@link #write}).
 */
final class BudgetSheet {

	/**
	 * The columns of a budget file, in the order the template and the export write them.
	 */
	static final List<String> COLUMNS = List.of("direction", "section", "chapter", "article", "programme", "function",
			"nature", "label_ar", "label_fr", "label_en", "label_zgh", "voted", "amended", "executed", "gender_marker",
			"beneficiaries_female", "beneficiaries_male", "beneficiaries_0_14", "beneficiaries_15_34",
			"beneficiaries_35_plus");

	static final List<String> REQUIRED = List.of("direction", "section", "chapter", "article", "function", "nature",
			"voted", "gender_marker");

	static final List<String> DIRECTIONS = List.of("revenue", "expenditure");

	static final List<String> SECTIONS = List.of("operating", "investment");

	static final List<String> LANGUAGES = List.of("ar", "fr", "en", "zgh");

	/** The most rows a budget file may have. */
	static final int MOST_ROWS = 5000;

	/** The largest amount a line may hold: ten thousand billion dirhams. */
	static final BigDecimal MOST = new BigDecimal("10000000000000");

	private static final Pattern CODE = Pattern.compile("^[0-9A-Za-z][0-9A-Za-z.\\-/]{0,19}$");

	private static final Pattern AMOUNT = Pattern.compile("^-?[0-9]+([.,][0-9]{1,2})?$");

	private static final Pattern COUNT = Pattern.compile("^[0-9]{1,9}$");

	/** A chapter row, with the line it came from. */
	record Chapter(long line, BudgetChapter chapter) {

		String key() {
			return chapter.direction() + "|" + chapter.section() + "|" + chapter.code();
		}

	}

	/** An article row, with the line it came from. */
	record Article(long line, BudgetLine budgetLine) {

		String chapterKey() {
			return budgetLine.direction() + "|" + budgetLine.section() + "|" + budgetLine.chapter();
		}

	}

	final List<Chapter> chapters = new ArrayList<>();

	final List<Article> articles = new ArrayList<>();

	private final ImportTally tally;

	private final String language;

	private final Map<String, BudgetCodes.Code> functions;

	private final Map<String, BudgetCodes.Code> natures;

	private final Set<String> seen = new HashSet<>();

	BudgetSheet(ImportTally tally, String language, Map<String, BudgetCodes.Code> functions,
			Map<String, BudgetCodes.Code> natures) {
		this.tally = tally;
		this.language = language;
		this.functions = functions;
		this.natures = natures;
	}

	/** Reads one row of the file. */
	void read(Csv.Row row) {
		tally.rowRead();
		long line = row.line();
		if (chapters.size() + articles.size() >= MOST_ROWS) {
			if (chapters.size() + articles.size() == MOST_ROWS) {
				tally.problem(line, "", "budget.import.tooMany", MOST_ROWS);
			}
			return;
		}
		int before = tally.problemCount();
		String direction = option(row, "direction", DIRECTIONS);
		String section = option(row, "section", SECTIONS);
		String chapter = code(row, "chapter", true);
		String article = code(row, "article", false);
		Map<String, String> labels = new LinkedHashMap<>();
		for (String l : LANGUAGES) {
			String label = Csv.undefuse(row.get("label_" + l));
			if (label.codePointCount(0, label.length()) > 300) {
				tally.problem(line, "label_" + l, "import.error.tooLong", 300);
			}
			labels.put(l, label);
		}
		if (labels.get(language).isBlank()) {
			tally.problem(line, "label_" + language, "budget.import.label");
		}
		BigDecimal voted = amount(row, "voted", true);
		BigDecimal amended = amount(row, "amended", false);
		BigDecimal executed = amount(row, "executed", false);
		String key = direction + "|" + section + "|" + chapter + "|" + article;
		if (tally.problemCount() == before && !seen.add(key)) {
			tally.problem(line, "article", "budget.import.repeated", article.isEmpty() ? chapter : article);
		}
		if (article.isEmpty()) {
			if (tally.problemCount() == before) {
				chapters.add(new Chapter(line,
						new BudgetChapter(direction, section, chapter, labels, voted, amended, executed)));
			}
			return;
		}
		boolean spending = "expenditure".equals(direction);
		String function = null;
		Integer marker = null;
		if (spending) {
			function = known(row, "function", functions, direction);
			marker = marker(row);
		}
		else {
			revenueLeavesEmpty(row, "function");
			revenueLeavesEmpty(row, "gender_marker");
		}
		String nature = known(row, "nature", natures, direction);
		Beneficiaries beneficiaries = new Beneficiaries(count(row, "beneficiaries_female"),
				count(row, "beneficiaries_male"), count(row, "beneficiaries_0_14"), count(row, "beneficiaries_15_34"),
				count(row, "beneficiaries_35_plus"));
		if (tally.problemCount() == before) {
			articles.add(new Article(line,
					new BudgetLine(0, direction, section, chapter, article, Csv.undefuse(row.get("programme")),
							function, nature, labels, voted, amended, executed, marker, beneficiaries)));
		}
	}

	/**
	 * Checks what needs the whole file: every article under a chapter the file declares;
	 * with {@code sums} (every row read well), every chapter with articles, and each
	 * chapter's articles adding up to its totals.
	 */
	void checkTotals(boolean sums) {
		Map<String, List<BudgetLine>> byChapter = new LinkedHashMap<>();
		Set<String> declared = new HashSet<>();
		chapters.forEach(c -> declared.add(c.key()));
		for (Article a : articles) {
			if (!declared.contains(a.chapterKey())) {
				tally.problem(a.line(), "chapter", "budget.import.noChapter", a.budgetLine().chapter());
			}
			byChapter.computeIfAbsent(a.chapterKey(), k -> new ArrayList<>()).add(a.budgetLine());
		}
		for (Chapter c : chapters) {
			List<BudgetLine> lines = byChapter.getOrDefault(c.key(), List.of());
			if (!sums) {
				continue;
			}
			if (lines.isEmpty()) {
				tally.problem(c.line(), "chapter", "budget.import.emptyChapter", c.chapter().code());
				continue;
			}
			compare(c, "voted", c.chapter().voted(), sum(lines, BudgetLine::voted));
			if (c.chapter().amended() != null) {
				compare(c, "amended", c.chapter().amended(), sum(lines, BudgetLine::current));
			}
			if (c.chapter().executed() != null) {
				compare(c, "executed", c.chapter().executed(), sum(lines, BudgetLine::executed));
			}
		}
	}

	private void compare(Chapter c, String column, BigDecimal declared, BigDecimal summed) {
		if (declared.compareTo(summed) != 0) {
			tally.problem(c.line(), column, "budget.import.total", c.chapter().code(), declared.toPlainString(),
					summed.toPlainString());
		}
	}

	private static BigDecimal sum(List<BudgetLine> lines, java.util.function.Function<BudgetLine, BigDecimal> amount) {
		return lines.stream().map(amount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private String option(Csv.Row row, String column, List<String> options) {
		String value = row.get(column);
		if (!options.contains(value)) {
			tally.problem(row.line(), column, "import.error.option", value, String.join(", ", options));
		}
		return value;
	}

	private String code(Csv.Row row, String column, boolean required) {
		String value = row.get(column);
		if (value.isEmpty() && !required) {
			return value;
		}
		if (!CODE.matcher(value).matches()) {
			tally.problem(row.line(), column, value.isEmpty() ? "import.error.required" : "budget.import.code", value);
		}
		return value;
	}

	private String known(Csv.Row row, String column, Map<String, BudgetCodes.Code> codes, String direction) {
		String value = row.get(column);
		BudgetCodes.Code code = codes.get(value);
		if (value.isEmpty()) {
			tally.problem(row.line(), column, "import.error.required");
		}
		else if (code == null || !code.direction().equals(direction)) {
			tally.problem(row.line(), column, "budget.import.unknownCode", value,
					String.join(", ",
							codes.values()
								.stream()
								.filter(c -> c.direction().equals(direction))
								.map(BudgetCodes.Code::code)
								.toList()));
		}
		return value;
	}

	private void revenueLeavesEmpty(Csv.Row row, String column) {
		if (!row.get(column).isEmpty()) {
			tally.problem(row.line(), column, "budget.import.spendingOnly");
		}
	}

	private Integer marker(Csv.Row row) {
		String value = row.get("gender_marker");
		if (!List.of("0", "1", "2").contains(value)) {
			tally.problem(row.line(), "gender_marker", "budget.import.marker", value);
			return null;
		}
		return Integer.valueOf(value);
	}

	private BigDecimal amount(Csv.Row row, String column, boolean required) {
		String value = row.get(column).replaceAll("[\\s\u00A0\u202F]", "");
		if (value.isEmpty()) {
			if (required) {
				tally.problem(row.line(), column, "import.error.required");
			}
			return null;
		}
		if (!AMOUNT.matcher(value).matches()) {
			tally.problem(row.line(), column, "budget.import.amount", row.get(column));
			return null;
		}
		BigDecimal amount = new BigDecimal(value.replace(',', '.'));
		if (amount.signum() < 0) {
			tally.problem(row.line(), column, "budget.import.negative", row.get(column));
			return null;
		}
		if (amount.compareTo(MOST) > 0) {
			tally.problem(row.line(), column, "budget.import.amount", row.get(column));
			return null;
		}
		return amount.setScale(2);
	}

	private Integer count(Csv.Row row, String column) {
		String value = row.get(column);
		if (value.isEmpty()) {
			return null;
		}
		if (!COUNT.matcher(value).matches()) {
			tally.problem(row.line(), column, "budget.import.count", value);
			return null;
		}
		return Integer.valueOf(value);
	}

	/**
	 * The budget in the file's one form: each chapter's row, then its articles; amounts
	 * with two decimals. The export writes it, and an import compares it with what is
	 * stored to know whether anything changed.
	 */
	static String write(List<BudgetChapter> chapters, List<BudgetLine> lines) {
		StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
		for (BudgetChapter c : chapters) {
			row(out, c.direction(), c.section(), c.code(), "", "", "", "", c.labels(), c.voted(), c.amended(),
					c.executed(), null, null);
			lines.stream()
				.filter(l -> l.direction().equals(c.direction()) && l.section().equals(c.section())
						&& l.chapter().equals(c.code()))
				.forEach(l -> row(out, l.direction(), l.section(), l.chapter(), l.article(), l.programme(),
						l.function(), l.nature(), l.labels(), l.voted(), l.amended(), l.executed(), l.genderMarker(),
						l.beneficiaries()));
		}
		return out.toString();
	}

	private static void row(StringBuilder out, String direction, String section, String chapter, String article,
			String programme, String function, String nature, Map<String, String> labels, BigDecimal voted,
			BigDecimal amended, BigDecimal executed, Integer marker, Beneficiaries b) {
		List<String> cells = new ArrayList<>(List.of(direction, section, chapter, article, programme,
				function == null ? "" : function, nature == null ? "" : nature));
		LANGUAGES.forEach(l -> cells.add(labels.getOrDefault(l, "")));
		cells.addAll(List.of(plain(voted), plain(amended), plain(executed), marker == null ? "" : marker.toString()));
		for (Integer n : b == null ? new Integer[5]
				: new Integer[] { b.female(), b.male(), b.young(), b.youth(), b.adults() }) {
			cells.add(n == null ? "" : n.toString());
		}
		out.append(String.join(",", cells.stream().map(Csv::cell).toList())).append("\r\n");
	}

	static String plain(BigDecimal amount) {
		return amount == null ? "" : amount.setScale(2).toPlainString();
	}

}
