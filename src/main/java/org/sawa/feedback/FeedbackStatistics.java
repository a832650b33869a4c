package org.sawa.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How bodies answer reports in a territory: received, acknowledged and answered within
 * their targets, the median working-free days to answer (calendar days from the day the
 * body received it), closed, resolved, rated and satisfied, late today; grouped by body,
 * category, commune, channel or month. Counts of reports, each of which has its public
 * page: no person is in them (who reports is the inclusion lens's, protected).
 */
@Service
public class FeedbackStatistics {

	/** How figures are grouped. */
	public enum By {

		BODY("body_id::text"), CATEGORY("category_id::text"), COMMUNE("territory_id::text"), CHANNEL("channel"),
		MONTH("to_char(received_on, 'YYYY-MM')");

		private final String expression;

		By(String expression) {
			this.expression = expression;
		}

	}

	/**
	 * One group's figures; the shares are null when nothing was there to count. A report
	 * still not acknowledged (or answered) after its target counts as not in time: a body
	 * that does not answer does not escape its figures.
	 */
	public record Figures(String key, long received, long acknowledged, long acknowledgedInTime, long answered,
			long answeredInTime, Double medianDays, long closed, long resolved, long rated, long satisfied,
			long lateNow, long reopened, long acknowledgeOverdue, long answerOverdue) {

		public Double acknowledgedInTimeShare() {
			return share(acknowledgedInTime, acknowledged + acknowledgeOverdue);
		}

		public Double answeredInTimeShare() {
			return share(answeredInTime, answered + answerOverdue);
		}

		/** Of the reports closed (duplicates left out), those resolved. */
		public Double resolutionShare() {
			return share(resolved, closed);
		}

		/** Of the answers rated, those that satisfied. */
		public Double satisfactionShare() {
			return share(satisfied, rated);
		}

		private static Double share(long part, long whole) {
			return whole == 0 ? null : (double) part / whole;
		}
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	FeedbackStatistics(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The figures of the reports received in the territories between two days
	 * (inclusive), grouped; in the group's order (months in time order, others most
	 * received first). Reports still waiting in triage count under no body.
	 */
	public List<Figures> of(Collection<Long> territoryIds, LocalDate from, LocalDate to, By by) {
		String group = by.expression;
		return jdbc.sql("SELECT " + group + " AS key, " + FIGURES + """
				FROM feedback_report
				WHERE territory_id IN (:territories) AND received_on BETWEEN :from AND :to
				  AND (:grouped <> 'body' OR body_id IS NOT NULL)
				GROUP BY 1 ORDER BY """ + " " + (by == By.MONTH ? "1" : "count(*) DESC, 1"))
			.param("territories", territoryIds.isEmpty() ? List.of(-1L) : territoryIds)
			.param("from", from)
			.param("to", to)
			.param("today", LocalDate.now(clock))
			.param("grouped", by == By.BODY ? "body" : "other")
			.query((rs, n) -> figures(rs.getString("key"), rs))
			.list();
	}

	/** The figures of all the reports received in the territories between two days. */
	public Figures total(Collection<Long> territoryIds, LocalDate from, LocalDate to) {
		return jdbc.sql("SELECT 'all' AS key, " + FIGURES + """
				FROM feedback_report WHERE territory_id IN (:territories) AND received_on BETWEEN :from AND :to""")
			.param("territories", territoryIds.isEmpty() ? List.of(-1L) : territoryIds)
			.param("from", from)
			.param("to", to)
			.param("today", LocalDate.now(clock))
			.query((rs, n) -> figures("all", rs))
			.single();
	}

	/** The reports waiting for a body in the territories (the triage queue's length). */
	public long inTriage(Collection<Long> territoryIds) {
		return jdbc.sql("SELECT count(*) FROM feedback_report WHERE body_id IS NULL AND territory_id IN (:t)")
			.param("t", territoryIds.isEmpty() ? List.of(-1L) : territoryIds)
			.query(Long.class)
			.single();
	}

	private static final String FIGURES = """
			count(*) AS received,
			count(acknowledged_on) AS acknowledged,
			count(*) FILTER (WHERE acknowledged_on <= acknowledge_due_on) AS ack_in_time,
			count(answered_on) AS answered,
			count(*) FILTER (WHERE answered_on <= answer_due_on) AS answered_in_time,
			percentile_cont(0.5) WITHIN GROUP (ORDER BY answered_on - routed_on)
			  FILTER (WHERE answered_on IS NOT NULL) AS median_days,
			count(*) FILTER (WHERE status = 'closed' AND outcome <> 'duplicate') AS closed,
			count(*) FILTER (WHERE status = 'closed' AND outcome = 'resolved') AS resolved,
			count(satisfied) AS rated,
			count(*) FILTER (WHERE satisfied) AS satisfied,
			count(*) FILTER (WHERE """ + Reports.LATE + """
			) AS late_now,
			count(reopened_on) AS reopened,
			count(*) FILTER (WHERE acknowledged_on IS NULL AND acknowledge_due_on < :today) AS ack_overdue,
			count(*) FILTER (WHERE answered_on IS NULL AND answer_due_on < :today) AS answer_overdue
			""";

	private static Figures figures(String key, java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Figures(key, rs.getLong("received"), rs.getLong("acknowledged"), rs.getLong("ack_in_time"),
				rs.getLong("answered"), rs.getLong("answered_in_time"), (Double) rs.getObject("median_days"),
				rs.getLong("closed"), rs.getLong("resolved"), rs.getLong("rated"), rs.getLong("satisfied"),
				rs.getLong("late_now"), rs.getLong("reopened"), rs.getLong("ack_overdue"),
				rs.getLong("answer_overdue"));
	}

	/** Figures by key, for pages that look one up. */
	public static Map<String, Figures> byKey(List<Figures> figures) {
		Map<String, Figures> byKey = new java.util.LinkedHashMap<>();
		figures.forEach(f -> byKey.put(f.key(), f));
		return byKey;
	}

}
