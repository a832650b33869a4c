package org.sawa.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sawa.account.DemographicSnapshot;
import org.sawa.disclosure.Cell;
import org.sawa.disclosure.PublishedCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A survey's results, question by question: how many chose each option (or each point of
 * the scale), overall and in each group of one dimension (sex, age band, area or
 * disability) as respondents declared themselves when they first answered. Every count is
 * a cell of the disclosure rule (nothing from 1 to 4 shown to the public; staff of the
 * territory see exact counts); free texts are counted, and read by staff only.
 */
@Service
public class SurveyResults {

	/** The dimensions results are read by, and their groups, in the order shown. */
	public static final Map<String, List<String>> GROUPS = DemographicSnapshot.OPTIONS;

	/**
	 * One line of a question's results: its label and the counts, overall then by group.
	 */
	public record Line(String label, Long all, List<Long> groups) {
	}

	/** A question's results: the lines, the respondents by group, and the free texts. */
	public record Result(Question question, List<Line> lines, Line respondents, List<String> texts) {
	}

	private record Row(String[] who, List<Integer> choices, Integer scale, String text) {
	}

	private final JdbcClient jdbc;

	private final PublishedCounts published;

	SurveyResults(JdbcClient jdbc, PublishedCounts published) {
		this.jdbc = jdbc;
		this.published = published;
	}

	/**
	 * The results of every question by one dimension; texts only when {@code exact} (the
	 * territory's staff).
	 */
	public List<Result> of(Process process, List<Question> questions, String territoryCode, String dimension,
			boolean exact) {
		int column = List.copyOf(GROUPS.keySet()).indexOf(dimension);
		List<String> groups = GROUPS.get(dimension);
		List<Result> results = new ArrayList<>();
		for (Question q : questions) {
			List<Row> rows = jdbc.sql("""
					SELECT r.sex, r.age_band, r.area, r.disability, a.choices, a.scale, a.text
					FROM consultation_answer a JOIN consultation_response r ON r.id = a.response_id
					WHERE a.question_id = :q""")
				.param("q", q.id())
				.query((rs, n) -> new Row(
						new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) },
						Surveys.integers(rs.getArray(5)), (Integer) rs.getObject(6), rs.getString(7)))
				.list();
			Cell cell = Cell.of("consultation.survey", territoryCode, process.code()).with("q", "" + q.position());
			List<Line> lines = new ArrayList<>();
			int points = q.choice() ? q.options().size() : "scale".equals(q.kind()) ? 5 : 0;
			for (int i = 1; i <= points; i++) {
				int option = i;
				String label = q.choice() ? q.options().get(i - 1) : String.valueOf(i);
				lines.add(line(label, cell.with("option", "" + option), rows, column, dimension, groups,
						r -> r.choices().contains(option) || Integer.valueOf(option).equals(r.scale()), exact));
			}
			Line respondents = line("", cell, rows, column, dimension, groups,
					r -> !r.choices().isEmpty() || r.scale() != null || !r.text().isEmpty(), exact);
			List<String> texts = exact && "text".equals(q.kind())
					? rows.stream().map(Row::text).filter(t -> !t.isEmpty()).toList() : List.of();
			results.add(new Result(q, lines, respondents, texts));
		}
		return results;
	}

	private Line line(String label, Cell cell, List<Row> rows, int column, String dimension, List<String> groups,
			java.util.function.Predicate<Row> counted, boolean exact) {
		List<Row> in = rows.stream().filter(counted).toList();
		List<Long> byGroup = new ArrayList<>();
		for (String group : groups) {
			long n = in.stream().filter(r -> group.equals(r.who()[column])).count();
			byGroup.add(published.shown(cell.with(dimension, group), n, exact));
		}
		return new Line(label, published.shown(cell, in.size(), exact), byGroup);
	}

}
